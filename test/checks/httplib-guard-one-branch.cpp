// RUN: %expect-exit 1 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out

// The caller allowlist is consulted only for CSV exports; asking for JSON
// skips it and still gets every name and email.

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

bool isWhitelisted(const std::string& ip);

struct Beneficiary {
  std::string full_name;
  std::string email;
};

std::vector<Beneficiary> allBeneficiaries();

void registerExport(httplib::Server& svr) {
  svr.Get("/api/v2/admin/export", [](const httplib::Request& req, httplib::Response& res) {
    const auto format = req.has_param("format") ? req.get_param_value("format") : "json";
    if (format == "csv") {
      if (!isWhitelisted(req.remote_addr)) {
        res.status = 403;
        return;
      }
    }
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& b : allBeneficiaries()) {
      nlohmann::json row;
      row["full_name"] = b.full_name;
      row["email"] = b.email;
      rows.push_back(row);
    }
    res.set_content(rows.dump(), format == "csv" ? "text/csv" : "application/json");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'GET /api/v2/admin/export' returns personal data (email, full_name) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
  });
}

// CHECK-NOTES: :[[@LINE-5]]:5: error: endpoint 'GET /api/v2/admin/export' returns personal data (email, full_name) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
// CHECK-NOTES: :[[@LINE-21]]:3: note: endpoint registered here
// CHECK-NOTES: :[[@LINE-11]]:11: note: 'full_name' (identity) enters the response here
// CHECK-NOTES: :[[@LINE-11]]:11: note: 'email' (contact) enters the response here
// CHECK-NOTES: :[[@LINE-21]]:12: note: guard 'isWhitelisted' does not count: it is skipped on the path through line 26
