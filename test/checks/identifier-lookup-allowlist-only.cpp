// The CoWIN pattern: a record looked up by the mobile number in the request,
// protected only by a caller allowlist. pii-unguarded-endpoint accepts the
// allowlist; pii-identifier-lookup does not (warning by default, error in strict).
// RUN: %expect-exit 0 %pii-tidy --checks=-*,pii-identifier-lookup %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out
// RUN: %expect-exit 1 %pii-tidy --policy=%src-root/policies/strict.json --checks=-*,pii-identifier-lookup %s -- -std=c++17 -I%inputs | FileCheck %s --check-prefix=STRICT
// RUN: %expect-exit 0 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs | count 0
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <string>

struct Beneficiary {
  std::string full_name;
  std::string mobile;
};

bool isWhitelisted(const std::string &ip);
Beneficiary findByMobile(const std::string &mobile);

void routes(httplib::Server &svr) {
  svr.Get("/v2/registration/beneficiary", [](const httplib::Request &req, httplib::Response &res) {
    if (!isWhitelisted(req.remote_addr)) {
      res.status = 403;
      return;
    }
    const std::string mobile = req.get_param_value("mobile");
    Beneficiary b = findByMobile(mobile);
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: endpoint 'GET /v2/registration/beneficiary' returns a record looked up by 'mobile' (contact) from the request without an OTP check for that identifier [pii-identifier-lookup]
    // STRICT: :[[@LINE-2]]:21: error: endpoint 'GET /v2/registration/beneficiary' returns a record looked up by 'mobile'
    nlohmann::json j;
    j["full_name"] = b.full_name;
    res.set_content(j.dump(), "application/json");
  });
}
// CHECK-NOTES: :[[@LINE-8]]:21: warning: endpoint
// CHECK-NOTES: :[[@LINE-15]]:3: note: endpoint registered here
// CHECK-NOTES: :[[@LINE-11]]:32: note: 'mobile' is taken from the request (query parameter) here
// CHECK-NOTES: :[[@LINE-7]]:7: note: 'full_name' (identity) enters the response here
// CHECK-NOTES: :[[@LINE-17]]:10: note: guard 'isWhitelisted' (allowlist) does not count: every caller it admits can look up anyone's record
