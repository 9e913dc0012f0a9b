// RUN: %expect-exit 1 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out

// Local middleware (crow::ILocalMiddleware) runs only for the routes that
// name it with CROW_MIDDLEWARES; another route of the same app is unguarded.

#include "crow.h"

#include <string>

bool verify_otp(const std::string& mobile, const std::string& otp);

struct Beneficiary {
  std::string full_name;
  std::string mobile;
};

Beneficiary findBeneficiary(const std::string& id);

struct OtpRequired : crow::ILocalMiddleware {
  struct context {};
  void before_handle(crow::request& req, crow::response& res, context&) {
    if (verify_otp(req.get_header_value("X-Mobile"), req.get_header_value("X-OTP")))
      return;
    res.code = 401;
    res.end("OTP required");
  }
  void after_handle(crow::request&, crow::response&, context&) {}
};

int main() {
  crow::App<OtpRequired> app;

  CROW_ROUTE(app, "/beneficiary/<string>").CROW_MIDDLEWARES(app, OtpRequired)
  ([](const std::string& id) {
    crow::json::wvalue out;
    out["mobile"] = findBeneficiary(id).mobile;
    return out;
  });

  CROW_ROUTE(app, "/beneficiary/<string>/name")
  ([](const std::string& id) {
    crow::json::wvalue out;
    out["full_name"] = findBeneficiary(id).full_name;
    return out;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'GET /beneficiary/<string>/name' returns personal data (full_name) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
  });

  app.port(18080).run();
}
