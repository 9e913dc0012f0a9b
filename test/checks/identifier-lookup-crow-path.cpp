// A Crow route whose path parameter is the Aadhaar number, no guard.
// RUN: %expect-exit 0 %pii-tidy --checks=-*,pii-identifier-lookup %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
#include "crow.h"

#include <string>

struct Beneficiary {
  std::string full_name;
};

Beneficiary findByAadhaar(const std::string &aadhaar);

int main() {
  crow::SimpleApp app;
  CROW_ROUTE(app, "/beneficiary/<string>")
  ([](const std::string &aadhaar) {
    Beneficiary b = findByAadhaar(aadhaar);
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: endpoint 'GET /beneficiary/<string>' returns a record looked up by 'aadhaar' (national_id) from the request without an OTP check for that identifier [pii-identifier-lookup]
    crow::json::wvalue j;
    j["full_name"] = b.full_name;
    return j;
  });
  app.port(18080).run();
}
