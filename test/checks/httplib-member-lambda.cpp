// RUN: %expect-exit 1 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out

// A controller class registers a lambda that forwards to a member function;
// the member function writes the updated record into the response.

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <map>
#include <string>

struct Beneficiary {
  std::string full_name;
  std::string mobile;
  std::string email;
};

class BeneficiaryController {
public:
  explicit BeneficiaryController(httplib::Server& server) {
    server.Patch("/api/v2/beneficiary/email", [this](const httplib::Request& req, httplib::Response& res) {
      updateEmail(req, res);
      // CHECK-MESSAGES: :[[@LINE-1]]:7: error: endpoint 'PATCH /api/v2/beneficiary/email' returns personal data (email, mobile) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
    });
  }

private:
  void updateEmail(const httplib::Request& req, httplib::Response& res) {
    auto it = records_.find(req.get_param_value("beneficiary_id"));
    if (it == records_.end()) {
      res.status = 404;
      return;
    }
    it->second.email = req.body;
    nlohmann::json updated;
    updated["mobile"] = it->second.mobile;
    updated["email"] = it->second.email;
    res.set_content(updated.dump(), "application/json");
  }

  std::map<std::string, Beneficiary> records_;
};

// CHECK-NOTES: :[[@LINE-22]]:7: error: endpoint 'PATCH /api/v2/beneficiary/email' returns personal data (email, mobile) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
// CHECK-NOTES: :[[@LINE-24]]:5: note: endpoint registered here
// CHECK-NOTES: :[[@LINE-10]]:13: note: 'mobile' (contact) enters the response here
// CHECK-NOTES: :[[@LINE-10]]:13: note: 'email' (contact) enters the response here
