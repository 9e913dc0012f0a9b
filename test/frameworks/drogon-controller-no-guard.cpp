// RUN: %expect-exit 1 %pii-tidy --checks=pii-unguarded-endpoint %s -- -std=c++17 -I%inputs/drogon > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out

// A Drogon controller method sends a beneficiary record to anyone who knows
// a mobile number; the path is prefixed with the controller's class name.

#include <drogon/drogon.h>

#include <string>

struct Beneficiary {
  std::string full_name;
  std::string aadhaar;
};

Beneficiary findByMobile(const std::string &mobile);

namespace api {
class Records : public drogon::HttpController<Records> {
public:
  METHOD_LIST_BEGIN
  METHOD_ADD(Records::byMobile, "/by-mobile", drogon::Get);
  METHOD_LIST_END

  void byMobile(const drogon::HttpRequestPtr &req,
                std::function<void(const drogon::HttpResponsePtr &)> &&callback) {
    Beneficiary b = findByMobile(req->getParameter("mobile"));
    Json::Value out;
    out["full_name"] = b.full_name;
    out["aadhaar"] = b.aadhaar;
    callback(drogon::HttpResponse::newHttpJsonResponse(out));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'GET /api/Records/by-mobile' returns personal data (aadhaar, full_name) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
  }
};
} // namespace api

// CHECK-NOTES: :[[@LINE-6]]:5: error: endpoint 'GET /api/Records/by-mobile'
// CHECK-NOTES: :[[@LINE-16]]:3: note: endpoint registered here
// CHECK-NOTES: :[[@LINE-10]]:9: note: 'full_name' (identity) enters the response here
// CHECK-NOTES: :[[@LINE-10]]:9: note: 'aadhaar' (national_id) enters the response here
