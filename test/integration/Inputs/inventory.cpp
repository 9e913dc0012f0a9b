// Every kind of endpoint for the inventory: unguarded, guarded (and a guard
// that does not count), no personal data, and a handler that cannot be seen.

#include <httplib.h>

#include <string>

struct Beneficiary {
  std::string full_name;
  std::string aadhaar;
};

Beneficiary findBeneficiary(const std::string& id);
bool verifyOtp(const std::string& mobile, const std::string& otp);
httplib::Server::Handler makeExportHandler();

int main() {
  httplib::Server svr;
  svr.Get("/beneficiary", [](const httplib::Request& req, httplib::Response& res) {
    verifyOtp(req.get_param_value("mobile"), req.get_header_value("X-OTP"));
    res.set_content(findBeneficiary(req.body).aadhaar, "text/plain");
  });
  svr.Get("/certificate", [](const httplib::Request& req, httplib::Response& res) {
    if (!verifyOtp(req.get_param_value("mobile"), req.get_header_value("X-OTP"))) {
      res.status = 401;
      return;
    }
    res.set_content(findBeneficiary(req.body).full_name, "text/plain");
  });
  svr.Get("/health", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("ok", "text/plain");
  });
  svr.Get("/export", makeExportHandler());
  svr.listen("0.0.0.0", 8080);
}
