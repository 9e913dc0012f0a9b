// RUN: %expect-exit 1 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out

// Middleware that checks the token but never ends the response lets every
// request through: it guards nothing.

#include "crow.h"

#include <string>

bool verify_token(const std::string& token);
void audit(const std::string& what);

struct Beneficiary {
  std::string mobile;
};

Beneficiary findBeneficiary(const std::string& id);

struct TokenAudit {
  struct context {};
  void before_handle(crow::request& req, crow::response& res, context&) {
    if (!verify_token(req.get_header_value("Authorization")))
      audit(req.url);
  }
  void after_handle(crow::request&, crow::response&, context&) {}
};

int main() {
  crow::App<TokenAudit> app;

  CROW_ROUTE(app, "/beneficiary/<string>")
  ([](const std::string& id) {
    crow::json::wvalue out;
    out["mobile"] = findBeneficiary(id).mobile;
    return out;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'GET /beneficiary/<string>' returns personal data (mobile) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
  });

  app.port(18080).run();
}

// CHECK-NOTES: note: guard 'TokenAudit' does not count: it never stops the request
