// RUN: %expect-exit 1 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out

// A helper of the same file renders the record as an HTML card; the handler
// returns the helper's std::string.

#include "crow.h"

#include <string>

struct Beneficiary {
  std::string full_name;
  std::string mobile;
};

const Beneficiary& beneficiaryAt(long index);

static std::string renderCard(const Beneficiary& b) {
  return "<div class=\"card\"><h2>" + b.full_name + "</h2><p>" + b.mobile + "</p></div>";
}

int main() {
  crow::SimpleApp app;

  CROW_ROUTE(app, "/api/v2/beneficiary/card/<int>")
  ([](const crow::request& req, int index) {
    return renderCard(beneficiaryAt(index));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'GET /api/v2/beneficiary/card/<int>' returns personal data (full_name, mobile) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
  });

  app.port(18080).run();
}

// CHECK-NOTES: :[[@LINE-7]]:5: error: endpoint 'GET /api/v2/beneficiary/card/<int>' returns personal data (full_name, mobile) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
// CHECK-NOTES: :[[@LINE-10]]:3: note: endpoint registered here
// CHECK-NOTES: :[[@LINE-17]]:41: note: 'full_name' (identity) enters the response here
// CHECK-NOTES: :[[@LINE-18]]:68: note: 'mobile' (contact) enters the response here
