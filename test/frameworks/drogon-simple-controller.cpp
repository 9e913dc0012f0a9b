// RUN: %expect-exit 0 %pii-tidy --checks=pii-unguarded-endpoint %s -- -std=c++17 -I%inputs/drogon > %t.out
// RUN: FileCheck %s --allow-empty --implicit-check-not="{{error|warning|note}}:" < %t.out
// RUN: %pii-tidy --checks=pii-unguarded-endpoint --format=json %s -- -std=c++17 -I%inputs/drogon | %python -m json.tool | FileCheck %s --check-prefix=CHECK-JSON

// HttpSimpleController: PATH_ADD routes to asyncHandleHttpRequest. The
// status endpoint sends no personal data; the profile endpoint checks the
// OTP before it answers.

#include <drogon/drogon.h>

#include <string>

bool verifyOtp(const std::string &mobile, const std::string &otp);
std::string fullNameOf(const std::string &mobile);

class Status : public drogon::HttpSimpleController<Status> {
public:
  PATH_LIST_BEGIN
  PATH_ADD("/status", drogon::Get);
  PATH_LIST_END

  void asyncHandleHttpRequest(const drogon::HttpRequestPtr &req,
                              std::function<void(const drogon::HttpResponsePtr &)> &&callback) override {
    Json::Value out;
    out["status"] = "ok";
    out["version"] = 3;
    callback(drogon::HttpResponse::newHttpJsonResponse(out));
  }
};

class Profile : public drogon::HttpSimpleController<Profile> {
public:
  PATH_LIST_BEGIN
  PATH_ADD("/profile", drogon::Get, drogon::Post);
  PATH_LIST_END

  void asyncHandleHttpRequest(const drogon::HttpRequestPtr &req,
                              std::function<void(const drogon::HttpResponsePtr &)> &&callback) override {
    const std::string &mobile = req->getParameter("mobile");
    if (!verifyOtp(mobile, req->getHeader("X-OTP"))) {
      callback(drogon::HttpResponse::newHttpResponse(drogon::k401Unauthorized, drogon::CT_TEXT_PLAIN));
      return;
    }
    auto resp = drogon::HttpResponse::newHttpResponse();
    resp->setBody(fullNameOf(mobile));
    callback(resp);
  }
};

// CHECK-JSON:      "method": "GET",
// CHECK-JSON:      "route": "/status",
// CHECK-JSON-NEXT: "verdict": "no-personal-data"
// CHECK-JSON:      "method": "GET",
// CHECK-JSON:      "route": "/profile",
// CHECK-JSON-NEXT: "verdict": "guarded"
// CHECK-JSON:      "method": "POST",
// CHECK-JSON:      "route": "/profile",
// CHECK-JSON-NEXT: "verdict": "guarded"
