// RUN: %expect-exit 1 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out

// The OTP is verified, but nothing looks at the answer: a wrong OTP gets the
// certificate all the same.

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <optional>
#include <string>

bool verifyOtp(const std::string& mobile, const std::string& otp);

struct Beneficiary {
  std::string full_name;
  std::string mobile;
  std::string aadhaar;
};

std::optional<Beneficiary> findBeneficiary(const std::string& key);

void registerCertificate(httplib::Server& svr) {
  svr.Get("/api/v2/certificate", [](const httplib::Request& req, httplib::Response& res) {
    const auto lookup_key = req.get_param_value("mobile");
    const auto otp = req.get_header_value("X-OTP");
    verifyOtp(lookup_key, otp);
    const auto holder = findBeneficiary(lookup_key);
    if (!holder) {
      res.status = 404;
      return;
    }
    nlohmann::json certificate;
    certificate["full_name"] = holder->full_name;
    certificate["aadhaar"] = holder->aadhaar;
    res.set_content(certificate.dump(), "application/json");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'GET /api/v2/certificate' returns personal data (aadhaar, full_name) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
  });
}

// CHECK-NOTES: :[[@LINE-5]]:5: error: endpoint 'GET /api/v2/certificate' returns personal data (aadhaar, full_name) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
// CHECK-NOTES: :[[@LINE-18]]:3: note: endpoint registered here
// CHECK-NOTES: :[[@LINE-9]]:17: note: 'full_name' (identity) enters the response here
// CHECK-NOTES: :[[@LINE-9]]:17: note: 'aadhaar' (national_id) enters the response here
// CHECK-NOTES: :[[@LINE-18]]:5: note: guard 'verifyOtp' does not count: its result is ignored
