#include <httplib.h>
#include "dto.h"

Beneficiary findBeneficiary(const std::string &key);

void routes(httplib::Server &svr) {
  svr.Get("/beneficiary", [](const httplib::Request &req, httplib::Response &res) {
    res.set_content(findBeneficiary(req.get_param_value("key")).full_name, "text/plain");
  });
}
