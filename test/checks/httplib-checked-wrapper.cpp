// RUN: %expect-exit 0 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --allow-empty --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning|note}}:" < %t.out

// The OTP check lives in a wrapper of the same file that sends the 401 itself
// and reports whether the handler may go on; the handler returns on false.

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <optional>
#include <string>

bool verifyOtp(const std::string& mobile, const std::string& otp);

struct Beneficiary {
  std::string full_name;
  std::string email;
};

std::optional<Beneficiary> findBeneficiary(const std::string& key);
std::optional<Beneficiary> removeBeneficiary(const std::string& key);

static bool checkAccess(const httplib::Request& req, httplib::Response& res) {
  if (!verifyOtp(req.get_param_value("mobile"), req.get_header_value("X-OTP"))) {
    res.status = 401;
    res.set_content(R"({"error":"OTP required"})", "application/json");
    return false;
  }
  return true;
}

void registerProfile(httplib::Server& svr) {
  svr.Get("/api/v2/beneficiary/profile", [](const httplib::Request& req, httplib::Response& res) {
    if (!checkAccess(req, res))
      return;
    const auto b = findBeneficiary(req.get_param_value("mobile"));
    if (!b) {
      res.status = 404;
      return;
    }
    nlohmann::json out;
    out["full_name"] = b->full_name;
    out["email"] = b->email;
    res.set_content(out.dump(), "application/json");
  });

  svr.Delete("/api/v2/beneficiary", [](const httplib::Request& req, httplib::Response& res) {
    if (!checkAccess(req, res))
      return;
    const auto b = removeBeneficiary(req.get_param_value("mobile"));
    if (!b) {
      res.status = 404;
      return;
    }
    nlohmann::json removed;
    removed["full_name"] = b->full_name;
    res.set_content(removed.dump(), "application/json");
  });
}

// CHECK-MESSAGES-NOT: [pii-unguarded-endpoint]
