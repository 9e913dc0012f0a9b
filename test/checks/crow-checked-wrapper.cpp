// RUN: %expect-exit 0 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --allow-empty --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning|note}}:" < %t.out

// The OTP check lives in a wrapper of the same file that ends the response
// with 401 itself; the handler returns when the wrapper says no.

#include "crow.h"

#include <optional>
#include <string>

bool verifyOtp(const std::string& mobile, const std::string& otp);

struct Beneficiary {
  std::string full_name;
  std::string email;
};

std::optional<Beneficiary> findBeneficiary(const std::string& key);

static bool checkAccess(const crow::request& req, crow::response& res) {
  if (!verifyOtp(req.get_header_value("X-Mobile"), req.get_header_value("X-OTP"))) {
    res.code = crow::status::UNAUTHORIZED;
    res.end("OTP required");
    return false;
  }
  return true;
}

int main() {
  crow::SimpleApp app;

  CROW_ROUTE(app, "/api/v2/beneficiary/profile")
  ([](const crow::request& req, crow::response& res) {
    if (!checkAccess(req, res))
      return;
    const auto b = findBeneficiary(req.get_header_value("X-Mobile"));
    if (!b) {
      res.code = crow::status::NOT_FOUND;
      res.end();
      return;
    }
    crow::json::wvalue out;
    out["full_name"] = b->full_name;
    out["email"] = b->email;
    res.write(out.dump());
    res.end();
  });

  app.port(18080).run();
}

// CHECK-MESSAGES-NOT: [pii-unguarded-endpoint]
