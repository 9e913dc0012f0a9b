// RUN: %expect-exit 0 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --allow-empty --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning|note}}:" < %t.out

// The OTP sent to the mobile number is verified before anything is looked up;
// a wrong OTP ends the request with 401.

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

void registerBeneficiaries(httplib::Server& svr) {
  svr.Get("/api/v2/appointment/beneficiaries", [](const httplib::Request& req, httplib::Response& res) {
    const auto key = req.get_param_value("mobile");
    if (!verifyOtp(key, req.get_header_value("X-OTP"))) {
      res.status = 401;
      res.set_content(R"({"error":"invalid or expired OTP"})", "application/json");
      return;
    }
    const auto b = findBeneficiary(key);
    if (!b) {
      res.status = 404;
      return;
    }
    nlohmann::json out;
    out["full_name"] = b->full_name;
    out["aadhaar"] = b->aadhaar;
    res.set_content(out.dump(), "application/json");
  });
}

// CHECK-MESSAGES-NOT: [pii-unguarded-endpoint]
