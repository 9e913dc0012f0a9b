// RUN: %expect-exit 1 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out

// The CoWIN shape: the Aadhaar number from the request is the only thing
// needed to get the full record back.

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <iostream>
#include <optional>
#include <string>

namespace registry {

struct Beneficiary {
  std::string beneficiary_id;
  std::string full_name;
  std::string mobile;
  std::string aadhaar;
  std::string date_of_birth;
};

class BeneficiaryRepository {
public:
  std::optional<Beneficiary> lookup(const std::string& key) const;
};

} // namespace registry

void registerSearch(httplib::Server& svr, const registry::BeneficiaryRepository& repo) {
  svr.Post("/api/v2/beneficiary/search", [&repo](const httplib::Request& req, httplib::Response& res) {
    if (!req.has_param("aadhaar")) {
      res.status = 400;
      return;
    }
    const auto found = repo.lookup(req.get_param_value("aadhaar"));
    if (!found) {
      res.status = 404;
      return;
    }
    std::clog << "search hit for beneficiary " << found->beneficiary_id << '\n';
    nlohmann::json out;
    out["aadhaar"] = found->aadhaar;
    out["full_name"] = found->full_name;
    out["date_of_birth"] = found->date_of_birth;
    res.set_content(out.dump(), "application/json");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'POST /api/v2/beneficiary/search' returns personal data (aadhaar, date_of_birth, full_name) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
  });
}

// CHECK-NOTES: :[[@LINE-5]]:5: error: endpoint 'POST /api/v2/beneficiary/search' returns personal data (aadhaar, date_of_birth, full_name) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
// CHECK-NOTES: :[[@LINE-21]]:3: note: endpoint registered here
// CHECK-NOTES: :[[@LINE-10]]:9: note: 'aadhaar' (national_id) enters the response here
// CHECK-NOTES: :[[@LINE-10]]:9: note: 'full_name' (identity) enters the response here
// CHECK-NOTES: :[[@LINE-10]]:9: note: 'date_of_birth' (demographic) enters the response here
