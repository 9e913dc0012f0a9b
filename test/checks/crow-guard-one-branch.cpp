// RUN: %expect-exit 1 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out

// The allowlist is consulted only when CSV is asked for; the JSON export
// skips it.

#include "crow.h"

#include <string>
#include <vector>

bool isWhitelisted(const std::string& ip);

struct Beneficiary {
  std::string full_name;
  std::string email;
};

std::vector<Beneficiary> allBeneficiaries();

int main() {
  crow::SimpleApp app;

  CROW_ROUTE(app, "/api/v2/admin/export")
  ([](const crow::request& req) {
    const char* format = req.url_params.get("format");
    const bool csv = format != nullptr && std::string(format) == "csv";
    if (csv) {
      if (!isWhitelisted(req.remote_ip_address))
        return crow::response(crow::status::FORBIDDEN);
    }
    std::vector<crow::json::wvalue> rows;
    for (const auto& b : allBeneficiaries()) {
      crow::json::wvalue row;
      row["full_name"] = b.full_name;
      row["email"] = b.email;
      rows.push_back(std::move(row));
    }
    crow::json::wvalue body(rows);
    return crow::response(body);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'GET /api/v2/admin/export' returns personal data (email, full_name) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
  });

  app.port(18080).run();
}

// CHECK-NOTES: :[[@LINE-7]]:5: error: endpoint 'GET /api/v2/admin/export' returns personal data (email, full_name) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
// CHECK-NOTES: :[[@LINE-24]]:3: note: endpoint registered here
// CHECK-NOTES: :[[@LINE-14]]:11: note: 'full_name' (identity) enters the response here
// CHECK-NOTES: :[[@LINE-14]]:11: note: 'email' (contact) enters the response here
// CHECK-NOTES: :[[@LINE-22]]:12: note: guard 'isWhitelisted' does not count: it is skipped on the path through line 29
