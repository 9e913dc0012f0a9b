// RUN: %expect-exit 0 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --allow-empty --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning|note}}:" < %t.out

// Only callers on the allowlist, decided on the socket's peer address, get the
// record. pii-unguarded-endpoint accepts an allowlist as a guard.

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <optional>
#include <string>

bool isWhitelisted(const std::string& ip);

struct Beneficiary {
  std::string full_name;
  std::string mobile;
};

std::optional<Beneficiary> findBeneficiary(const std::string& key);

void registerPartnerLookup(httplib::Server& svr) {
  svr.Get("/api/v2/registration/beneficiary", [](const httplib::Request& req, httplib::Response& res) {
    if (!isWhitelisted(req.remote_addr)) {
      res.status = 403;
      return;
    }
    const auto b = findBeneficiary(req.get_param_value("mobile"));
    if (!b) {
      res.status = 404;
      return;
    }
    nlohmann::json out;
    out["full_name"] = b->full_name;
    out["mobile"] = b->mobile;
    res.set_content(out.dump(), "application/json");
  });
}

// CHECK-MESSAGES-NOT: [pii-unguarded-endpoint]
