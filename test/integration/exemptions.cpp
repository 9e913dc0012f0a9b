// An exemption in force suppresses its endpoint's finding; an expired one
// stops suppressing and says so; one for another check changes nothing.
// RUN: %expect-exit 1 %pii-tidy --policy=%S/Inputs/exemptions.json --today=2026-06-01 %s -- -std=c++17 \
// RUN:   | FileCheck %s --check-prefix=CHECK --implicit-check-not="{{error|warning|note}}:"
// The last day of an exemption still counts.
// RUN: %expect-exit 1 %pii-tidy --policy=%S/Inputs/exemptions.json --today=2026-12-31 %s -- -std=c++17 \
// RUN:   | FileCheck %s --check-prefix=CHECK --implicit-check-not="{{error|warning|note}}:"
// RUN: %expect-exit 1 %pii-tidy --policy=%S/Inputs/exemptions.json --today=2027-01-01 %s -- -std=c++17 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,NEXT-YEAR --implicit-check-not="{{error|warning|note}}:"

#include <httplib.h>

#include <string>

struct Beneficiary {
  std::string aadhaar;
};

Beneficiary findBeneficiary(const std::string& id);

void exportRecord(const httplib::Request& req, httplib::Response& res) {
  res.set_content(findBeneficiary(req.body).aadhaar, "text/plain");
  // CHECK: :[[@LINE-1]]:3: error: endpoint 'GET /export' returns personal data (aadhaar)
  // CHECK: note: endpoint registered here
  // CHECK: note: 'aadhaar' (national_id) enters the response here
  // CHECK: exemptions.json:10:5: note: exemption at {{.*}}exemptions.json:10:5 expired on 2026-01-31
}

int main() {
  httplib::Server svr;
  svr.Get("/beneficiary", [](const httplib::Request& req, httplib::Response& res) {
    res.set_content(findBeneficiary(req.body).aadhaar, "text/plain");
    // NEXT-YEAR: :[[@LINE-1]]:5: error: endpoint 'GET /beneficiary' returns personal data (aadhaar)
    // NEXT-YEAR: note: endpoint registered here
    // NEXT-YEAR: note: 'aadhaar' (national_id) enters the response here
    // NEXT-YEAR: exemptions.json:9:5: note: exemption at {{.*}}exemptions.json:9:5 expired on 2026-12-31
  });
  svr.Get("/export", exportRecord);
  svr.Get("/lookup", [](const httplib::Request& req, httplib::Response& res) {
    res.set_content(findBeneficiary(req.body).aadhaar, "text/plain");
    // CHECK: :[[@LINE-1]]:5: error: endpoint 'GET /lookup' returns personal data (aadhaar)
    // CHECK: note: endpoint registered here
    // CHECK: note: 'aadhaar' (national_id) enters the response here
  });
  svr.listen("0.0.0.0", 8080);
}
