// RUN: %expect-exit 1 %pii-tidy --checks=pii-unguarded-endpoint %s -- -std=c++17 -I%inputs/drogon > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out

// Drogon middleware named in a registration: invoke() passes the request on
// by calling nextCb. The token check is ignored by LaxAuth, which passes the
// request on whatever the result; a filter class that is not defined in
// this file cannot be checked.

#include <drogon/drogon.h>

#include <string>

using namespace drogon;

bool verifyToken(const std::string &token);
std::string phoneOf(const std::string &user);

class TokenAuth : public HttpMiddleware<TokenAuth> {
public:
  void invoke(const HttpRequestPtr &req, MiddlewareNextCallback &&nextCb,
              MiddlewareCallback &&mcb) override {
    if (!verifyToken(req->getHeader("Authorization"))) {
      mcb(HttpResponse::newHttpResponse(k401Unauthorized, CT_TEXT_PLAIN));
      return;
    }
    nextCb([mcb = std::move(mcb)](const HttpResponsePtr &resp) { mcb(resp); });
  }
};

class LaxAuth : public HttpMiddleware<LaxAuth> {
public:
  void invoke(const HttpRequestPtr &req, MiddlewareNextCallback &&nextCb,
              MiddlewareCallback &&mcb) override {
    verifyToken(req->getHeader("Authorization"));
    nextCb([mcb = std::move(mcb)](const HttpResponsePtr &resp) { mcb(resp); });
  }
};

int main() {
  auto phone = [](const HttpRequestPtr &req,
                  std::function<void(const HttpResponsePtr &)> &&callback) {
    auto resp = HttpResponse::newHttpResponse();
    resp->setBody(phoneOf(req->getParameter("user")));
    callback(resp);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'GET /lax/phone' returns personal data (phoneOf) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
    // CHECK-MESSAGES: :[[@LINE-2]]:5: error: endpoint 'GET /remote/phone' returns personal data (phoneOf) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
  };
  app().registerHandler("/phone", phone, {Get, "TokenAuth"});
  app().registerHandler("/lax/phone", phone, {Get, "LaxAuth"});
  app().registerHandler("/remote/phone", phone, {Get, "auth::RemoteFilter"});
  app().run();
}

// CHECK-NOTES: :[[@LINE-10]]:5: error: endpoint 'GET /lax/phone'
// CHECK-NOTES: :[[@LINE-6]]:3: note: endpoint registered here
// CHECK-NOTES: :[[@LINE-13]]:19: note: 'phoneOf' (contact) enters the response here
// CHECK-NOTES: :[[@LINE-8]]:52: note: guard 'LaxAuth' does not count: it lets the request continue without the guard's success (line 36)
// CHECK-NOTES: :[[@LINE-14]]:5: error: endpoint 'GET /remote/phone'
// CHECK-NOTES: :[[@LINE-9]]:3: note: endpoint registered here
// CHECK-NOTES: :[[@LINE-17]]:19: note: 'phoneOf' (contact) enters the response here
// CHECK-NOTES: :[[@LINE-11]]:55: note: guard 'auth::RemoteFilter' does not count: its definition is not in this translation unit
