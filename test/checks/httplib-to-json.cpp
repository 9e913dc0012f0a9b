// RUN: %expect-exit 1 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out

// The whole DTO is serialized through nlohmann's ADL hook: the personal
// fields are named only inside to_json, which the handler never calls by name.

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace registry {

struct Beneficiary {
  std::string beneficiary_id;
  std::string full_name;
  std::string mobile;
  std::string aadhaar;
};

void to_json(nlohmann::json& j, const Beneficiary& b) {
  j["full_name"] = b.full_name;
  j["mobile"] = b.mobile;
  j["aadhaar"] = b.aadhaar;
}

std::optional<Beneficiary> findBeneficiary(const std::string& key);

} // namespace registry

void registerLookup(httplib::Server& svr) {
  svr.Get("/api/v2/appointment/beneficiaries", [](const httplib::Request& req, httplib::Response& res) {
    const auto found = registry::findBeneficiary(req.get_param_value("mobile"));
    if (!found) {
      res.status = 404;
      return;
    }
    const nlohmann::json body = *found;
    res.set_content(body.dump(2), "application/json");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'GET /api/v2/appointment/beneficiaries' returns personal data (aadhaar, full_name, mobile) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
  });
}

// CHECK-NOTES: :[[@LINE-5]]:5: error: endpoint 'GET /api/v2/appointment/beneficiaries' returns personal data (aadhaar, full_name, mobile) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
// CHECK-NOTES: :[[@LINE-13]]:3: note: endpoint registered here
// CHECK-NOTES: :[[@LINE-24]]:5: note: 'full_name' (identity) enters the response here
// CHECK-NOTES: :[[@LINE-24]]:5: note: 'mobile' (contact) enters the response here
// CHECK-NOTES: :[[@LINE-24]]:5: note: 'aadhaar' (national_id) enters the response here
