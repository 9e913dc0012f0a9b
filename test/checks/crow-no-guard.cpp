// RUN: %expect-exit 1 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out

// A Crow route returning a crow::json::wvalue with no check at all.

#include "crow.h"

#include <string>
#include <vector>

struct Beneficiary {
  std::string full_name;
  std::string mobile;
};

std::vector<Beneficiary> recentRegistrations();

int main() {
  crow::SimpleApp app;

  CROW_ROUTE(app, "/api/v2/beneficiaries/recent")
  ([] {
    crow::json::wvalue list;
    unsigned i = 0;
    for (const auto& b : recentRegistrations()) {
      list[i]["full_name"] = b.full_name;
      list[i]["mobile"] = b.mobile;
      ++i;
    }
    return list;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'GET /api/v2/beneficiaries/recent' returns personal data (full_name, mobile) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
  });

  app.port(18080).multithreaded().run();
}

// CHECK-NOTES: :[[@LINE-7]]:5: error: endpoint 'GET /api/v2/beneficiaries/recent' returns personal data (full_name, mobile) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
// CHECK-NOTES: :[[@LINE-17]]:3: note: endpoint registered here
// CHECK-NOTES: :[[@LINE-13]]:15: note: 'full_name' (identity) enters the response here
// CHECK-NOTES: :[[@LINE-13]]:15: note: 'mobile' (contact) enters the response here
