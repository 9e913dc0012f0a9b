// RUN: %expect-exit 1 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out

// The handler writes the record and ends the response, then checks the OTP
// only to log the failure: the data has already left.

#include "crow.h"

#include <iostream>
#include <optional>
#include <string>

bool verifyOtp(const std::string& mobile, const std::string& otp);

struct Beneficiary {
  std::string full_name;
  std::string mobile;
};

std::optional<Beneficiary> findBeneficiary(const std::string& key);

int main() {
  crow::SimpleApp app;

  CROW_ROUTE(app, "/api/v2/beneficiary/status")
  ([](const crow::request& req, crow::response& res) {
    const std::string key = req.get_header_value("X-Mobile");
    const auto b = findBeneficiary(key);
    if (!b) {
      res.code = crow::status::NOT_FOUND;
      res.end();
      return;
    }
    crow::json::wvalue status;
    status["full_name"] = b->full_name;
    status["mobile"] = b->mobile;
    res.write(status.dump());
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'GET /api/v2/beneficiary/status' returns personal data (full_name, mobile) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
    res.end();
    if (!verifyOtp(key, req.get_header_value("X-OTP")))
      std::clog << "status served without a valid OTP\n";
  });

  app.port(18080).run();
}

// CHECK-NOTES: :[[@LINE-10]]:5: error: endpoint 'GET /api/v2/beneficiary/status' returns personal data (full_name, mobile) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
// CHECK-NOTES: :[[@LINE-23]]:3: note: endpoint registered here
// CHECK-NOTES: :[[@LINE-14]]:12: note: 'full_name' (identity) enters the response here
// CHECK-NOTES: :[[@LINE-14]]:12: note: 'mobile' (contact) enters the response here
// CHECK-NOTES: :[[@LINE-11]]:10: note: guard 'verifyOtp' does not count: it is checked only after the response is sent
