// RUN: %expect-exit 1 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out

// A lookup endpoint with no check at all: whoever knows a mobile number gets
// the person's record. The "not found" reply carries nothing personal, so the
// finding is at the emission of the record.

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <optional>
#include <string>

struct Beneficiary {
  std::string beneficiary_id;
  std::string full_name;
  std::string mobile;
  std::string aadhaar;
};

std::optional<Beneficiary> findBeneficiary(const std::string& key);

void registerRoutes(httplib::Server& svr) {
  svr.Get("/api/v2/beneficiary", [](const httplib::Request& req, httplib::Response& res) {
    const auto key = req.get_param_value("mobile");
    const auto record = findBeneficiary(key);
    if (!record) {
      res.status = 404;
      res.set_content(R"({"error":"no such beneficiary"})", "application/json");
      return;
    }
    nlohmann::json body;
    body["full_name"] = record->full_name;
    body["mobile"] = record->mobile;
    res.set_content(body.dump(), "application/json");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'GET /api/v2/beneficiary' returns personal data (full_name, mobile) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
  });
}

// CHECK-NOTES: :[[@LINE-5]]:5: error: endpoint 'GET /api/v2/beneficiary' returns personal data (full_name, mobile) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
// CHECK-NOTES: :[[@LINE-17]]:3: note: endpoint registered here
// CHECK-NOTES: :[[@LINE-9]]:10: note: 'full_name' (identity) enters the response here
// CHECK-NOTES: :[[@LINE-9]]:10: note: 'mobile' (contact) enters the response here
