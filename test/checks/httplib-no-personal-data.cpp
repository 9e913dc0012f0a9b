// RUN: %expect-exit 0 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --allow-empty --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning|note}}:" < %t.out

// Endpoints that return nothing about a person: the public list of centres and
// the OTP request (which must not echo the number back) need no guard.

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

struct Slot {
  std::string date;
  int available_capacity = 0;
};

std::vector<Slot> openSlots(const std::string& district_id);
std::string sendOtp(const std::string& mobile);

void registerPublic(httplib::Server& svr) {
  svr.Get("/api/v2/appointment/slots", [](const httplib::Request& req, httplib::Response& res) {
    nlohmann::json slots = nlohmann::json::array();
    for (const auto& s : openSlots(req.get_param_value("district_id")))
      slots.push_back({{"date", s.date}, {"available_capacity", s.available_capacity}});
    res.set_content(slots.dump(), "application/json");
  });

  svr.Post("/api/v2/auth/generateOTP", [](const httplib::Request& req, httplib::Response& res) {
    const auto txn = sendOtp(req.get_param_value("mobile"));
    nlohmann::json out;
    out["txnId"] = txn;
    res.set_content(out.dump(), "application/json");
  });
}

// CHECK-MESSAGES-NOT: [pii-unguarded-endpoint]
