// RUN: %expect-exit 1 %pii-tidy %s -- -std=c++17 | FileCheck %s --implicit-check-not="{{error|warning}}:"

// NOLINTBEGIN/NOLINTEND that do not pair up are errors and suppress nothing,
// as in clang-tidy; an END must name the same checks as its BEGIN.

#include <httplib.h>

#include <string>

struct Beneficiary {
  std::string aadhaar;
};

Beneficiary findBeneficiary(const std::string& id);

int main() {
  httplib::Server svr;
  // NOLINTEND(pii-*)
  // CHECK: :[[@LINE-1]]:6: error: unmatched 'NO{{LINT}}END' comment without a previous 'NO{{LINT}}BEGIN' comment [clang-tidy-nolint]
  // NOLINTBEGIN(pii-unguarded-endpoint)
  // CHECK: :[[@LINE-1]]:6: error: unmatched 'NO{{LINT}}BEGIN' comment without a subsequent 'NO{{LINT}}END' comment [clang-tidy-nolint]
  svr.Get("/open", [](const httplib::Request& req, httplib::Response& res) {
    res.set_content(findBeneficiary(req.body).aadhaar, "text/plain");
    // CHECK: :[[@LINE-1]]:5: error: endpoint 'GET /open' returns personal data (aadhaar)
  });
  svr.listen("0.0.0.0", 8080);
}
