// RUN: %expect-exit 1 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out

// verifyOtp is called but its answer is dropped; the certificate goes out
// whatever the OTP was.

#include "crow.h"

#include <optional>
#include <string>

bool verifyOtp(const std::string& mobile, const std::string& otp);

struct Beneficiary {
  std::string full_name;
  std::string date_of_birth;
};

std::optional<Beneficiary> findBeneficiary(const std::string& key);

int main() {
  crow::SimpleApp app;

  CROW_ROUTE(app, "/api/v2/certificate").methods("GET"_method)
  ([](const crow::request& req) {
    const char* key = req.url_params.get("mobile");
    const char* otp = req.url_params.get("otp");
    if (key == nullptr || otp == nullptr)
      return crow::response(crow::status::BAD_REQUEST);
    verifyOtp(key, otp);
    const auto b = findBeneficiary(key);
    if (!b)
      return crow::response(crow::status::NOT_FOUND);
    crow::json::wvalue certificate;
    certificate["full_name"] = b->full_name;
    certificate["date_of_birth"] = b->date_of_birth;
    return crow::response(certificate);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'GET /api/v2/certificate' returns personal data (date_of_birth, full_name) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
  });

  app.port(18080).run();
}

// CHECK-NOTES: :[[@LINE-7]]:5: error: endpoint 'GET /api/v2/certificate' returns personal data (date_of_birth, full_name) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
// CHECK-NOTES: :[[@LINE-21]]:3: note: endpoint registered here
// CHECK-NOTES: :[[@LINE-11]]:17: note: 'full_name' (identity) enters the response here
// CHECK-NOTES: :[[@LINE-11]]:17: note: 'date_of_birth' (demographic) enters the response here
// CHECK-NOTES: :[[@LINE-18]]:5: note: guard 'verifyOtp' does not count: its result is ignored
