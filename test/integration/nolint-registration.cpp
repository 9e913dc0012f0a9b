// RUN: %expect-exit 0 %pii-tidy %s -- -std=c++17 | FileCheck %s --allow-empty --implicit-check-not="{{error|warning}}:"

// A NOLINT on the registration line, or on the line where a named handler is
// defined, suppresses the endpoint's finding wherever the response is sent.

#include <httplib.h>

#include <string>

struct Beneficiary {
  std::string aadhaar;
};

Beneficiary findBeneficiary(const std::string& id);

void exportRecord(const httplib::Request& req, httplib::Response& res) { // NOLINT(pii-unguarded-endpoint)
  res.set_content(findBeneficiary(req.body).aadhaar, "text/plain");
}

void lookupRecord(const httplib::Request& req, httplib::Response& res) {
  res.set_content(findBeneficiary(req.body).aadhaar, "text/plain");
}

int main() {
  httplib::Server svr;
  svr.Get("/export", exportRecord);
  svr.Get("/lookup", lookupRecord); // NOLINT
  // NOLINTNEXTLINE(pii-unguarded-endpoint)
  svr.Get("/inline", [](const httplib::Request& req, httplib::Response& res) {
    res.set_content(findBeneficiary(req.body).aadhaar, "text/plain");
  });
  svr.listen("0.0.0.0", 8080);
}
