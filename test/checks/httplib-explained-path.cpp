// A finding walks the path: the helper calls the data passes through, and a
// declared-only check pii-tidy assumed is not a guard.
// RUN: %expect-exit 1 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out
// RUN: %expect-exit 1 %pii-tidy --format=json --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs | FileCheck %s --check-prefix=INVENTORY
#include <httplib.h>
#include <string>

struct Beneficiary {
  std::string full_name;
};

Beneficiary findBeneficiary(const std::string &id);
bool callerIsPartner(const httplib::Request &req);

std::string nameLine(const Beneficiary &b) { return "name=" + b.full_name; }
std::string buildCard(const Beneficiary &b) { return "[" + nameLine(b) + "]"; }

void routes(httplib::Server &svr) {
  svr.Get("/card", [](const httplib::Request &req, httplib::Response &res) {
    if (!callerIsPartner(req)) {
      res.status = 403;
      return;
    }
    res.set_content(buildCard(findBeneficiary(req.get_param_value("id"))), "text/plain");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'GET /card' returns personal data (full_name) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
  });
}
// CHECK-NOTES: :[[@LINE-4]]:21: note: personal data reaches the response through the call to 'buildCard' here
// CHECK-NOTES: :[[@LINE-13]]:60: note: personal data reaches the response through the call to 'nameLine' here
// CHECK-NOTES: :[[@LINE-15]]:65: note: 'full_name' (identity) enters the response here
// CHECK-NOTES: :[[@LINE-11]]:10: note: guard 'callerIsPartner' does not count: it is declared but not defined in this translation unit, so it is assumed not to be a guard (name it under the policy's guards if it is one)
// INVENTORY: "how": "unresolved call",
