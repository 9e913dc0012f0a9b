// RUN: %expect-exit 1 %pii-tidy %s -- -std=c++17 | FileCheck %s --implicit-check-not="{{error|warning}}:"

// NOLINT, bare or naming the check by a glob, on the finding's own line;
// NOLINT naming another check suppresses nothing.

#include <httplib.h>

#include <string>

struct Beneficiary {
  std::string aadhaar;
};

Beneficiary findBeneficiary(const std::string& id);

int main() {
  httplib::Server svr;
  svr.Get("/bare", [](const httplib::Request& req, httplib::Response& res) {
    res.set_content(findBeneficiary(req.body).aadhaar, "text/plain"); // NOLINT
  });
  svr.Get("/named", [](const httplib::Request& req, httplib::Response& res) {
    res.set_content(findBeneficiary(req.body).aadhaar, "text/plain"); // NOLINT(pii-unguarded-endpoint)
  });
  svr.Get("/glob", [](const httplib::Request& req, httplib::Response& res) {
    res.set_content(findBeneficiary(req.body).aadhaar, "text/plain"); // NOLINT(bugprone-*, pii-*)
  });
  svr.Get("/other-check", [](const httplib::Request& req, httplib::Response& res) {
    res.set_content(findBeneficiary(req.body).aadhaar, "text/plain"); // NOLINT(bugprone-*)
    // CHECK: :[[@LINE-1]]:5: error: endpoint 'GET /other-check' returns personal data (aadhaar)
  });
  svr.Get("/negative-glob", [](const httplib::Request& req, httplib::Response& res) {
    res.set_content(findBeneficiary(req.body).aadhaar, "text/plain"); // NOLINT(-pii-unguarded-endpoint)
    // CHECK: :[[@LINE-1]]:5: error: endpoint 'GET /negative-glob' returns personal data (aadhaar)
  });
  svr.listen("0.0.0.0", 8080);
}
