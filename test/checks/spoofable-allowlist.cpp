// An allowlist keyed on a header, a query parameter or (in a wrapper) the
// User-Agent is spoofable; one keyed on the socket peer address is not.
// RUN: %expect-exit 0 %pii-tidy --checks=-*,pii-spoofable-allowlist %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out
#include <httplib.h>
#include <string>

bool isWhitelisted(const std::string &ip);
std::string findNameByMobile(const std::string &mobile);

bool trustedCaller(const httplib::Request &req) {
  const std::string agent = req.get_header_value("User-Agent");
  return isWhitelisted(agent);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: allowlist check 'isWhitelisted' is keyed on the client-controlled header 'User-Agent'; key it on the connection's peer address or an authenticated identity [pii-spoofable-allowlist]
}

void routes(httplib::Server &svr) {
  svr.Get("/forwarded", [](const httplib::Request &req, httplib::Response &res) {
    const std::string client = req.get_header_value("X-Forwarded-For");
    if (!isWhitelisted(client)) {
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: allowlist check 'isWhitelisted' is keyed on the client-controlled header 'X-Forwarded-For'; key it on the connection's peer address or an authenticated identity [pii-spoofable-allowlist]
      res.status = 403;
      return;
    }
    res.set_content(findNameByMobile(req.get_param_value("mobile")), "text/plain");
  });
  svr.Get("/query", [](const httplib::Request &req, httplib::Response &res) {
    if (!isWhitelisted(req.get_param_value("caller_ip"))) {
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: allowlist check 'isWhitelisted' is keyed on the client-controlled query parameter 'caller_ip'; key it on the connection's peer address or an authenticated identity [pii-spoofable-allowlist]
      res.status = 403;
      return;
    }
    res.set_content(findNameByMobile(req.get_param_value("mobile")), "text/plain");
  });
  svr.Get("/wrapped", [](const httplib::Request &req, httplib::Response &res) {
    if (!trustedCaller(req)) {
      res.status = 403;
      return;
    }
    res.set_content(findNameByMobile(req.get_param_value("mobile")), "text/plain");
  });
  svr.Get("/peer", [](const httplib::Request &req, httplib::Response &res) {
    if (!isWhitelisted(req.remote_addr)) {
      res.status = 403;
      return;
    }
    res.set_content(findNameByMobile(req.get_param_value("mobile")), "text/plain");
  });
}
// CHECK-NOTES: :[[@LINE-37]]:10: warning: allowlist check 'isWhitelisted' is keyed on the client-controlled header 'User-Agent'
// CHECK-NOTES: :[[@LINE-39]]:29: note: the header 'User-Agent' is read from the request here
// CHECK-NOTES: :[[@LINE-17]]:3: note: used by endpoint 'GET /wrapped' registered here
