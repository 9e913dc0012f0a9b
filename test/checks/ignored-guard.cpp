// A guard whose result decides nothing: discarded, stored and never checked,
// checked only after the response. A checked guard is not reported.
// RUN: %expect-exit 0 %pii-tidy --checks=-*,pii-ignored-guard %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
#include <httplib.h>
#include <string>

bool verifyOtp(const std::string &mobile, const std::string &otp);
bool isWhitelisted(const std::string &ip);
std::string findNameByMobile(const std::string &mobile);

void routes(httplib::Server &svr) {
  svr.Get("/discarded", [](const httplib::Request &req, httplib::Response &res) {
    verifyOtp(req.get_param_value("mobile"), req.get_param_value("otp"));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: guard 'verifyOtp' in endpoint 'GET /discarded' decides nothing: its result is ignored [pii-ignored-guard]
    std::string full_name = findNameByMobile(req.get_param_value("mobile"));
    res.set_content(full_name, "text/plain");
  });
  svr.Get("/stored", [](const httplib::Request &req, httplib::Response &res) {
    bool ok = isWhitelisted(req.remote_addr);
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: guard 'isWhitelisted' in endpoint 'GET /stored' decides nothing: its result is ignored [pii-ignored-guard]
    std::string full_name = findNameByMobile(req.get_param_value("mobile"));
    res.set_content(full_name, "text/plain");
  });
  svr.Get("/late", [](const httplib::Request &req, httplib::Response &res) {
    std::string full_name = findNameByMobile(req.get_param_value("mobile"));
    res.set_content(full_name, "text/plain");
    if (!verifyOtp(req.get_param_value("mobile"), req.get_param_value("otp")))
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: guard 'verifyOtp' in endpoint 'GET /late' decides nothing: it is checked only after the response is sent [pii-ignored-guard]
      res.status = 401;
  });
  svr.Get("/checked", [](const httplib::Request &req, httplib::Response &res) {
    if (!verifyOtp(req.get_param_value("mobile"), req.get_param_value("otp"))) {
      res.status = 401;
      return;
    }
    std::string full_name = findNameByMobile(req.get_param_value("mobile"));
    res.set_content(full_name, "text/plain");
  });
}
