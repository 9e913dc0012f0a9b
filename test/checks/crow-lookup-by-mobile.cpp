// RUN: %expect-exit 1 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out

// The mobile number is a typed URL parameter and the matching record comes
// back as a crow::response; the 404 reply carries nothing personal.

#include "crow.h"

#include <optional>
#include <string>

struct Beneficiary {
  std::string full_name;
  std::string mobile;
  std::string aadhaar;
};

std::optional<Beneficiary> findBeneficiary(const std::string& key);

int main() {
  crow::SimpleApp app;

  CROW_ROUTE(app, "/api/v2/beneficiary/<string>")
  ([](const crow::request& req, std::string key) {
    const auto b = findBeneficiary(key);
    if (!b)
      return crow::response(crow::status::NOT_FOUND);
    crow::json::wvalue out;
    out["full_name"] = b->full_name;
    out["aadhaar"] = b->aadhaar;
    return crow::response(out);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'GET /api/v2/beneficiary/<string>' returns personal data (aadhaar, full_name) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
  });

  app.port(18080).run();
}

// CHECK-NOTES: :[[@LINE-7]]:5: error: endpoint 'GET /api/v2/beneficiary/<string>' returns personal data (aadhaar, full_name) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
// CHECK-NOTES: :[[@LINE-16]]:3: note: endpoint registered here
// CHECK-NOTES: :[[@LINE-11]]:9: note: 'full_name' (identity) enters the response here
// CHECK-NOTES: :[[@LINE-11]]:9: note: 'aadhaar' (national_id) enters the response here
