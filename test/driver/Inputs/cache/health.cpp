#include <httplib.h>

void routes(httplib::Server &svr) {
  svr.Get("/health", [](const httplib::Request &, httplib::Response &res) {
    res.set_content("ok", "text/plain");
  });
}
