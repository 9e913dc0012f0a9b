#include <httplib.h>
#include <string>

struct Beneficiary {
  std::string full_name;
  std::string aadhaar;
};

Beneficiary findBeneficiary(const std::string &key);

void routes(httplib::Server &svr) {
  svr.Get("/beneficiary", [](const httplib::Request &req, httplib::Response &res) {
    Beneficiary b = findBeneficiary(req.get_param_value("key"));
    res.set_content(b.aadhaar, "text/plain");
  });
}
