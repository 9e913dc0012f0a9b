// RUN: %expect-exit 0 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --allow-empty --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning|note}}:" < %t.out

// Global middleware of crow::App<...> runs before every route of the app:
// its before_handle ends the response unless the token verifies.

#include "crow.h"

#include <string>

bool verify_token(const std::string& token);

struct Beneficiary {
  std::string full_name;
  std::string mobile;
};

Beneficiary findBeneficiary(const std::string& id);

struct TokenAuth {
  struct context {};
  void before_handle(crow::request& req, crow::response& res, context&) {
    if (!verify_token(req.get_header_value("Authorization"))) {
      res.code = 401;
      res.end();
    }
  }
  void after_handle(crow::request&, crow::response&, context&) {}
};

int main() {
  crow::App<TokenAuth> app;

  CROW_ROUTE(app, "/beneficiary/<string>")
  ([](const std::string& id) {
    crow::json::wvalue out;
    out["mobile"] = findBeneficiary(id).mobile;
    return out;
  });

  app.port(18080).run();
}

// CHECK-MESSAGES-NOT: [pii-unguarded-endpoint]
