// RUN: %expect-exit 1 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out

// A pre-routing handler that answers itself (Handled) unless the token
// verifies guards the routes whose path it checks, and only those.

#include <httplib.h>

#include <string>

struct Beneficiary {
  std::string full_name;
  std::string mobile;
};

Beneficiary findBeneficiary(const std::string& id);
bool verify_token(const std::string& token);

int main() {
  httplib::Server svr;
  svr.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
    if (req.path.rfind("/api/", 0) == 0 && !verify_token(req.get_header_value("Authorization"))) {
      res.status = 401;
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });

  svr.Get("/api/beneficiary", [](const httplib::Request& req, httplib::Response& res) {
    res.set_content(findBeneficiary(req.get_param_value("id")).mobile, "text/plain");
  });

  svr.Get("/public/beneficiary", [](const httplib::Request& req, httplib::Response& res) {
    res.set_content(findBeneficiary(req.get_param_value("id")).full_name, "text/plain");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'GET /public/beneficiary' returns personal data (full_name) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
  });

  svr.listen("0.0.0.0", 8080);
}
