// RUN: %expect-exit 0 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --allow-empty --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning|note}}:" < %t.out

// Endpoints that return nothing about a person need no guard: open slots,
// the OTP request (which does not echo the number) and a health probe.

#include "crow.h"

#include <string>
#include <vector>

struct Slot {
  std::string date;
  int available_capacity = 0;
};

std::vector<Slot> openSlots(const std::string& district_id);
std::string sendOtp(const std::string& mobile);

int main() {
  crow::SimpleApp app;

  CROW_ROUTE(app, "/api/v2/appointment/slots/<string>")
  ([](const std::string& district_id) {
    std::vector<crow::json::wvalue> slots;
    for (const auto& s : openSlots(district_id))
      slots.push_back(crow::json::wvalue{{"date", s.date}, {"available_capacity", s.available_capacity}});
    return crow::json::wvalue(slots);
  });

  CROW_ROUTE(app, "/api/v2/auth/generateOTP").methods(crow::HTTPMethod::Post)
  ([](const crow::request& req) {
    const auto body = crow::json::load(req.body);
    if (!body)
      return crow::response(crow::status::BAD_REQUEST);
    crow::json::wvalue out;
    out["txnId"] = sendOtp(body["mobile"].s());
    return crow::response(out);
  });

  CROW_ROUTE(app, "/healthz")([] { return "ok"; });

  app.port(18080).multithreaded().run();
}

// CHECK-MESSAGES-NOT: [pii-unguarded-endpoint]
