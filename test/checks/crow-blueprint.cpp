// RUN: %expect-exit 1 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out

// A route of a blueprint (CROW_BP_ROUTE) with no check. The reported route
// may or may not carry the blueprint's prefix.

#include "crow.h"

#include <optional>
#include <string>

struct Beneficiary {
  std::string full_name;
  std::string aadhaar;
};

std::optional<Beneficiary> findBeneficiary(const std::string& key);

int main() {
  crow::SimpleApp app;
  crow::Blueprint registration("api/v2/registration");

  CROW_BP_ROUTE(registration, "/beneficiary")
  ([](const crow::request& req) {
    const char* key = req.url_params.get("mobile");
    const auto b = findBeneficiary(key ? key : "");
    if (!b)
      return crow::response(crow::status::NOT_FOUND);
    crow::json::wvalue out;
    out["full_name"] = b->full_name;
    out["aadhaar"] = b->aadhaar;
    return crow::response(out);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'GET {{(/api/v2/registration)?}}/beneficiary' returns personal data (aadhaar, full_name) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
  });

  app.register_blueprint(registration);
  app.port(18080).run();
}

// CHECK-NOTES: :[[@LINE-8]]:5: error: endpoint 'GET {{(/api/v2/registration)?}}/beneficiary' returns personal data (aadhaar, full_name) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
// CHECK-NOTES: :[[@LINE-18]]:3: note: endpoint registered here
// CHECK-NOTES: :[[@LINE-12]]:9: note: 'full_name' (identity) enters the response here
// CHECK-NOTES: :[[@LINE-12]]:9: note: 'aadhaar' (national_id) enters the response here
