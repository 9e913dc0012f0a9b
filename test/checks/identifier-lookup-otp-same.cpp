// An OTP verified for the same identifier the record is looked up by: clean.
// RUN: %expect-exit 0 %pii-tidy --checks=-*,pii-identifier-lookup %s -- -std=c++17 -I%inputs | count 0
#include <httplib.h>
#include <string>

struct Beneficiary {
  std::string full_name;
};

bool verifyOtp(const std::string &mobile, const std::string &otp);
Beneficiary findByMobile(const std::string &mobile);

void routes(httplib::Server &svr) {
  svr.Get("/v2/beneficiary", [](const httplib::Request &req, httplib::Response &res) {
    const std::string mobile = req.get_param_value("mobile");
    if (!verifyOtp(mobile, req.get_param_value("otp"))) {
      res.status = 401;
      return;
    }
    Beneficiary b = findByMobile(mobile);
    res.set_content(b.full_name, "text/plain");
  });
}
