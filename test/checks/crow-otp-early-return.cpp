// RUN: %expect-exit 0 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --allow-empty --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning|note}}:" < %t.out

// The OTP is verified first; a wrong OTP ends the request with 401.

#include "crow.h"

#include <optional>
#include <string>

bool verifyOtp(const std::string& mobile, const std::string& otp);

struct Beneficiary {
  std::string full_name;
  std::string mobile;
  std::string aadhaar;
};

std::optional<Beneficiary> findBeneficiary(const std::string& key);

int main() {
  crow::SimpleApp app;

  CROW_ROUTE(app, "/api/v2/appointment/beneficiaries")
  ([](const crow::request& req) {
    const std::string key = req.get_header_value("X-Mobile");
    if (!verifyOtp(key, req.get_header_value("X-OTP")))
      return crow::response(crow::status::UNAUTHORIZED, "invalid or expired OTP");
    const auto b = findBeneficiary(key);
    if (!b)
      return crow::response(crow::status::NOT_FOUND);
    crow::json::wvalue out;
    out["full_name"] = b->full_name;
    out["aadhaar"] = b->aadhaar;
    return crow::response(out);
  });

  app.port(18080).run();
}

// CHECK-MESSAGES-NOT: [pii-unguarded-endpoint]
