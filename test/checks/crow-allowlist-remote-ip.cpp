// RUN: %expect-exit 0 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --allow-empty --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning|note}}:" < %t.out

// Only allowlisted callers, decided on the socket's peer address, get the
// record. pii-unguarded-endpoint accepts an allowlist as a guard.

#include "crow.h"

#include <optional>
#include <string>

bool isWhitelisted(const std::string& ip);

struct Beneficiary {
  std::string full_name;
  std::string mobile;
};

std::optional<Beneficiary> findBeneficiary(const std::string& key);

int main() {
  crow::SimpleApp app;

  CROW_ROUTE(app, "/api/v2/registration/beneficiary/<string>")
  ([](const crow::request& req, const std::string& key) {
    if (!isWhitelisted(req.remote_ip_address))
      return crow::response(crow::status::FORBIDDEN);
    const auto b = findBeneficiary(key);
    if (!b)
      return crow::response(crow::status::NOT_FOUND);
    crow::json::wvalue out;
    out["full_name"] = b->full_name;
    out["mobile"] = b->mobile;
    return crow::response(out);
  });

  app.port(18080).run();
}

// CHECK-MESSAGES-NOT: [pii-unguarded-endpoint]
