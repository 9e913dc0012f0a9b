// A small vaccination registry: one endpoint leaks a beneficiary's Aadhaar
// number, one checks an OTP first, one returns no personal data.

#include <httplib.h>

#include <string>

struct Beneficiary {
  std::string full_name;
  std::string aadhaar;
};

Beneficiary findBeneficiary(const std::string& id);
bool verifyOtp(const std::string& mobile, const std::string& otp);

int main() {
  httplib::Server svr;
  svr.Get("/beneficiary", [](const httplib::Request& req, httplib::Response& res) {
    const Beneficiary b = findBeneficiary(req.get_param_value("id"));
    res.set_content(b.aadhaar, "text/plain");
  });
  svr.Get("/certificate", [](const httplib::Request& req, httplib::Response& res) {
    if (!verifyOtp(req.get_param_value("mobile"), req.get_header_value("X-OTP"))) {
      res.status = 401;
      return;
    }
    const Beneficiary b = findBeneficiary(req.get_param_value("id"));
    res.set_content(b.full_name, "text/plain");
  });
  svr.Get("/health", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("ok", "text/plain");
  });
  // More endpoints go here.
  svr.listen("0.0.0.0", 8080);
}
