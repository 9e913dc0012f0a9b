// RUN: %expect-exit 1 %pii-tidy %s -- -std=c++17 | FileCheck %s --implicit-check-not="{{error|warning}}:"

// NOLINTBEGIN/NOLINTEND cover the lines between them; blocks nest.

#include <httplib.h>

#include <string>

struct Beneficiary {
  std::string aadhaar;
};

Beneficiary findBeneficiary(const std::string& id);

int main() {
  httplib::Server svr;
  // NOLINTBEGIN(pii-*)
  svr.Get("/legacy-a", [](const httplib::Request& req, httplib::Response& res) {
    res.set_content(findBeneficiary(req.body).aadhaar, "text/plain");
  });
  // NOLINTBEGIN
  svr.Get("/legacy-b", [](const httplib::Request& req, httplib::Response& res) {
    res.set_content(findBeneficiary(req.body).aadhaar, "text/plain");
  });
  // NOLINTEND
  // NOLINTEND(pii-*)
  svr.Get("/after", [](const httplib::Request& req, httplib::Response& res) {
    res.set_content(findBeneficiary(req.body).aadhaar, "text/plain");
    // CHECK: :[[@LINE-1]]:5: error: endpoint 'GET /after' returns personal data (aadhaar)
  });
  svr.listen("0.0.0.0", 8080);
}
