// RUN: %expect-exit 1 %pii-tidy %s -- -std=c++17 | FileCheck %s --implicit-check-not="{{error|warning}}:"

// NOLINTNEXTLINE covers the line after it, and only that line.

#include <httplib.h>

#include <string>

struct Beneficiary {
  std::string aadhaar;
};

Beneficiary findBeneficiary(const std::string& id);

int main() {
  httplib::Server svr;
  svr.Get("/next", [](const httplib::Request& req, httplib::Response& res) {
    // NOLINTNEXTLINE(pii-unguarded-endpoint)
    res.set_content(findBeneficiary(req.body).aadhaar, "text/plain");
  });
  svr.Get("/two-below", [](const httplib::Request& req, httplib::Response& res) {
    // NOLINTNEXTLINE
    const std::string id = req.body;
    res.set_content(findBeneficiary(id).aadhaar, "text/plain");
    // CHECK: :[[@LINE-1]]:5: error: endpoint 'GET /two-below' returns personal data (aadhaar)
  });
  svr.listen("0.0.0.0", 8080);
}
