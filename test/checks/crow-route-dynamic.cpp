// RUN: %expect-exit 1 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out

// A route added at run time with route_dynamic, for POST only; the handler
// writes the body and ends the response.

#include "crow.h"

#include <optional>
#include <string>

struct Beneficiary {
  std::string full_name;
  std::string mobile;
  std::string aadhaar;
};

std::optional<Beneficiary> findBeneficiary(const std::string& key);

void registerSearch(crow::SimpleApp& app) {
  app.route_dynamic("/api/v2/beneficiary/search")
      .methods("POST"_method)([](const crow::request& req, crow::response& res) {
        const auto query = crow::json::load(req.body);
        if (!query || !query.has("key")) {
          res.code = crow::status::BAD_REQUEST;
          res.end();
          return;
        }
        const auto b = findBeneficiary(query["key"].s());
        if (!b) {
          res.code = crow::status::NOT_FOUND;
          res.end();
          return;
        }
        crow::json::wvalue out;
        out["full_name"] = b->full_name;
        out["mobile"] = b->mobile;
        res.set_header("Content-Type", "application/json");
        res.body = out.dump();
        // CHECK-MESSAGES: :[[@LINE-1]]:9: error: endpoint 'POST /api/v2/beneficiary/search' returns personal data (full_name, mobile) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
        res.end();
      });
}

// CHECK-NOTES: :[[@LINE-6]]:9: error: endpoint 'POST /api/v2/beneficiary/search' returns personal data (full_name, mobile) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
// CHECK-NOTES: :[[@LINE-25]]:3: note: endpoint registered here
// CHECK-NOTES: :[[@LINE-11]]:13: note: 'full_name' (identity) enters the response here
// CHECK-NOTES: :[[@LINE-11]]:13: note: 'mobile' (contact) enters the response here
