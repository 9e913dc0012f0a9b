// An OTP verified for the email while the record is looked up by the mobile
// number in the request does not count.
// RUN: %expect-exit 0 %pii-tidy --checks=-*,pii-identifier-lookup %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out
#include <httplib.h>
#include <string>

struct Beneficiary {
  std::string full_name;
};

bool verifyOtp(const std::string &who, const std::string &otp);
Beneficiary findByMobile(const std::string &mobile);

void routes(httplib::Server &svr) {
  svr.Get("/v2/beneficiary", [](const httplib::Request &req, httplib::Response &res) {
    if (!verifyOtp(req.get_param_value("email"), req.get_param_value("otp"))) {
      res.status = 401;
      return;
    }
    Beneficiary b = findByMobile(req.get_param_value("mobile"));
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: endpoint 'GET /v2/beneficiary' returns a record looked up by 'mobile' (contact) from the request without an OTP check for that identifier [pii-identifier-lookup]
    res.set_content(b.full_name, "text/plain");
  });
}
// CHECK-NOTES: :[[@LINE-9]]:10: note: guard 'verifyOtp' does not count: it does not verify 'mobile'
