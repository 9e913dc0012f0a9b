#include "service.h"

void routes(httplib::Server &svr) {
  svr.Get("/card", [](const httplib::Request &req, httplib::Response &res) {
    if (!checkAccess(req, res))
      return;
    res.set_content(cardFor(findRecord(req.get_param_value("id"))), "text/plain");
  });
  svr.Get("/open-card", [](const httplib::Request &req, httplib::Response &res) {
    res.set_content(cardFor(findRecord(req.get_param_value("id"))), "text/plain");
  });
}
