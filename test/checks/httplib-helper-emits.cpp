// RUN: %expect-exit 1 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out

// The handler hands the response object to a helper that writes the record
// into it; the finding points at the call in the handler.

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <optional>
#include <string>

struct Beneficiary {
  std::string full_name;
  std::string mobile;
  std::string email;
};

std::optional<Beneficiary> findBeneficiary(const std::string& key);

static void sendBeneficiary(httplib::Response& res, const Beneficiary& b) {
  nlohmann::json j;
  j["full_name"] = b.full_name;
  j["email"] = b.email;
  res.set_content(j.dump(), "application/json");
}

void registerContact(httplib::Server& svr) {
  svr.Get("/api/v2/beneficiary/contact", [](const httplib::Request& req, httplib::Response& res) {
    const auto b = findBeneficiary(req.get_param_value("mobile"));
    if (!b) {
      res.status = 404;
      return;
    }
    sendBeneficiary(res, *b);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'GET /api/v2/beneficiary/contact' returns personal data (email, full_name) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
  });
}

// CHECK-NOTES: :[[@LINE-5]]:5: error: endpoint 'GET /api/v2/beneficiary/contact' returns personal data (email, full_name) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
// CHECK-NOTES: :[[@LINE-12]]:3: note: endpoint registered here
// CHECK-NOTES: :[[@LINE-19]]:5: note: 'full_name' (identity) enters the response here
// CHECK-NOTES: :[[@LINE-19]]:5: note: 'email' (contact) enters the response here
