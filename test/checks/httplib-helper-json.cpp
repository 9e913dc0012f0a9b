// RUN: %expect-exit 1 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out

// The personal fields are put together in a helper that returns the JSON
// text; the handler only sends what the helper returns.

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <optional>
#include <string>

struct Beneficiary {
  std::string beneficiary_id;
  std::string full_name;
  std::string aadhaar;
  std::string date_of_birth;
};

std::optional<Beneficiary> findBeneficiaryById(const std::string& id);

static std::string renderBeneficiary(const Beneficiary& b) {
  nlohmann::json j;
  j["full_name"] = b.full_name;
  j["aadhaar"] = b.aadhaar;
  j["date_of_birth"] = b.date_of_birth;
  return j.dump();
}

void registerProfile(httplib::Server& svr) {
  svr.Get("/api/v2/beneficiary/profile", [](const httplib::Request& req, httplib::Response& res) {
    const auto b = findBeneficiaryById(req.get_param_value("beneficiary_id"));
    if (!b) {
      res.status = 404;
      return;
    }
    res.set_content(renderBeneficiary(*b), "application/json");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'GET /api/v2/beneficiary/profile' returns personal data (aadhaar, date_of_birth, full_name) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
  });
}

// CHECK-NOTES: :[[@LINE-5]]:5: error: endpoint 'GET /api/v2/beneficiary/profile' returns personal data (aadhaar, date_of_birth, full_name) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
// CHECK-NOTES: :[[@LINE-12]]:3: note: endpoint registered here
// CHECK-NOTES: :[[@LINE-20]]:5: note: 'full_name' (identity) enters the response here
// CHECK-NOTES: :[[@LINE-20]]:5: note: 'aadhaar' (national_id) enters the response here
// CHECK-NOTES: :[[@LINE-20]]:5: note: 'date_of_birth' (demographic) enters the response here
