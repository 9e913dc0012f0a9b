// RUN: %expect-exit 1 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out

// The DTO is turned into JSON by a hand-written toJson; the handler only
// returns what toJson builds.

#include "crow.h"

#include <optional>
#include <string>

struct Beneficiary {
  std::string full_name;
  std::string mobile;
  std::string aadhaar;
};

std::optional<Beneficiary> findBeneficiary(const std::string& key);

crow::json::wvalue toJson(const Beneficiary& b) {
  crow::json::wvalue j;
  j["full_name"] = b.full_name;
  j["mobile"] = b.mobile;
  j["aadhaar"] = b.aadhaar;
  return j;
}

int main() {
  crow::SimpleApp app;

  CROW_ROUTE(app, "/api/v2/appointment/beneficiaries")
  ([](const crow::request& req) {
    const char* key = req.url_params.get("mobile");
    if (key == nullptr)
      return crow::response(crow::status::BAD_REQUEST);
    const auto b = findBeneficiary(key);
    if (!b)
      return crow::response(crow::status::NOT_FOUND);
    return crow::response(toJson(*b));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'GET /api/v2/appointment/beneficiaries' returns personal data (aadhaar, full_name, mobile) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
  });

  app.port(18080).run();
}

// CHECK-NOTES: :[[@LINE-7]]:5: error: endpoint 'GET /api/v2/appointment/beneficiaries' returns personal data (aadhaar, full_name, mobile) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
// CHECK-NOTES: :[[@LINE-16]]:3: note: endpoint registered here
// CHECK-NOTES: :[[@LINE-26]]:5: note: 'full_name' (identity) enters the response here
// CHECK-NOTES: :[[@LINE-26]]:5: note: 'mobile' (contact) enters the response here
// CHECK-NOTES: :[[@LINE-26]]:5: note: 'aadhaar' (national_id) enters the response here
