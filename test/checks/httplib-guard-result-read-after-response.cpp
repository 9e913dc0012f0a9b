// RUN: %expect-exit 1 %pii-tidy --checks=-*,pii-unguarded-endpoint,pii-ignored-guard %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --implicit-check-not="{{error|warning}}:" < %t.out

// The OTP is verified before the response, but its result is kept in a
// variable and read only afterwards, to log: it decides nothing. Also when
// the response is sent by a helper of the service.

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <iostream>
#include <string>

bool verifyOtp(const std::string& mobile, const std::string& otp);

struct Beneficiary {
  std::string full_name;
  std::string mobile;
  std::string email;
};

Beneficiary findBeneficiary(const std::string& ref);

void sendJson(httplib::Response& res, const nlohmann::json& body) {
  res.set_content(body.dump(), "application/json");
}

void registerEmail(httplib::Server& svr) {
  svr.Get("/certificate/email", [](const httplib::Request& req, httplib::Response& res) {
    const auto b = findBeneficiary(req.get_param_value("ref"));
    const bool verified = verifyOtp(b.mobile, req.get_param_value("otp"));
    // CHECK: :[[@LINE-1]]:27: warning: guard 'verifyOtp' in endpoint 'GET /certificate/email' decides nothing: it is checked only after the response is sent [pii-ignored-guard]
    nlohmann::json out{{"sent_to", b.email}, {"name", b.full_name}};
    sendJson(res, out);
    // CHECK: :[[@LINE-1]]:5: error: endpoint 'GET /certificate/email' returns personal data
    // CHECK: note: guard 'verifyOtp' does not count: it is checked only after the response is sent
    if (!verified)
      std::clog << "e-mailed without a valid OTP\n";
  });

  // The same guard read before the response protects it.
  svr.Get("/certificate/email-checked", [](const httplib::Request& req, httplib::Response& res) {
    const auto b = findBeneficiary(req.get_param_value("ref"));
    const bool verified = verifyOtp(b.mobile, req.get_param_value("otp"));
    if (!verified) {
      res.status = 401;
      return;
    }
    sendJson(res, {{"sent_to", b.email}});
  });
}
