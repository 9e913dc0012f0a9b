// RUN: %expect-exit 1 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out

// A member function bound with std::bind serves a registration record to
// whoever knows its id.

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <string>

struct Beneficiary {
  std::string full_name;
  std::string aadhaar;
};

class RegistrationApi {
public:
  void install(httplib::Server& svr) {
    svr.Get("/api/v2/registration",
            std::bind(&RegistrationApi::get, this, std::placeholders::_1, std::placeholders::_2));
  }

private:
  void get(const httplib::Request& req, httplib::Response& res) {
    const auto id = req.get_param_value("beneficiary_id");
    auto it = store_.find(id);
    if (it == store_.end()) {
      res.status = 404;
      return;
    }
    nlohmann::json record;
    record["full_name"] = it->second.full_name;
    record["aadhaar"] = it->second.aadhaar;
    res.set_content(record.dump(), "application/json");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'GET /api/v2/registration' returns personal data (aadhaar, full_name) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
  }

  std::map<std::string, Beneficiary> store_;
};

// CHECK-NOTES: :[[@LINE-7]]:5: error: endpoint 'GET /api/v2/registration' returns personal data (aadhaar, full_name) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
// CHECK-NOTES: :[[@LINE-23]]:5: note: endpoint registered here
// CHECK-NOTES: :[[@LINE-11]]:12: note: 'full_name' (identity) enters the response here
// CHECK-NOTES: :[[@LINE-11]]:12: note: 'aadhaar' (national_id) enters the response here
