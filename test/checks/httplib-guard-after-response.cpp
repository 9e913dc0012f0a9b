// RUN: %expect-exit 1 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out

// The OTP check comes after the body is set: a failed check only changes the
// status code of a response that already carries the record.

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <optional>
#include <string>

bool verifyOtp(const std::string& mobile, const std::string& otp);

struct Beneficiary {
  std::string full_name;
  std::string mobile;
  std::string vaccination_status;
};

std::optional<Beneficiary> findBeneficiary(const std::string& key);

void registerStatus(httplib::Server& svr) {
  svr.Get("/api/v2/beneficiary/status", [](const httplib::Request& req, httplib::Response& res) {
    const auto key = req.get_param_value("mobile");
    const auto record = findBeneficiary(key);
    if (!record) {
      res.status = 404;
      return;
    }
    nlohmann::json status;
    status["full_name"] = record->full_name;
    status["mobile"] = record->mobile;
    res.set_content(status.dump(), "application/json");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'GET /api/v2/beneficiary/status' returns personal data (full_name, mobile) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
    if (!verifyOtp(key, req.get_param_value("otp"))) {
      res.status = 401;
    }
  });
}

// CHECK-NOTES: :[[@LINE-8]]:5: error: endpoint 'GET /api/v2/beneficiary/status' returns personal data (full_name, mobile) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
// CHECK-NOTES: :[[@LINE-19]]:3: note: endpoint registered here
// CHECK-NOTES: :[[@LINE-12]]:12: note: 'full_name' (identity) enters the response here
// CHECK-NOTES: :[[@LINE-12]]:12: note: 'mobile' (contact) enters the response here
// CHECK-NOTES: :[[@LINE-10]]:10: note: guard 'verifyOtp' does not count: it is checked only after the response is sent
