// RUN: %expect-exit 1 %pii-tidy --checks=pii-unguarded-endpoint %s -- -std=c++17 -I%inputs/drogon > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out

// Filters named in a registration are route guards when their doFilter lets
// the request continue (fccb) only after the guard succeeded. AuditFilter
// verifies the OTP but continues either way, so it does not count.

#include <drogon/drogon.h>

#include <string>

using namespace drogon;

bool verifyOtp(const std::string &mobile, const std::string &otp);
std::string lookupEmail(const std::string &mobile);

class OtpFilter : public HttpFilter<OtpFilter> {
public:
  void doFilter(const HttpRequestPtr &req, FilterCallback &&fcb,
                FilterChainCallback &&fccb) override {
    if (verifyOtp(req->getParameter("mobile"), req->getHeader("X-OTP"))) {
      fccb();
      return;
    }
    fcb(HttpResponse::newHttpResponse(k401Unauthorized, CT_TEXT_PLAIN));
  }
};

class AuditFilter : public HttpFilter<AuditFilter> {
public:
  void doFilter(const HttpRequestPtr &req, FilterCallback &&fcb,
                FilterChainCallback &&fccb) override {
    bool ok = verifyOtp(req->getParameter("mobile"), req->getHeader("X-OTP"));
    (void)ok;
    fccb();
  }
};

void handler(const HttpRequestPtr &req,
             std::function<void(const HttpResponsePtr &)> &&callback) {
  Json::Value out;
  out["email"] = lookupEmail(req->getParameter("mobile"));
  callback(HttpResponse::newHttpJsonResponse(out));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: endpoint 'GET /v1/audited/email' returns personal data (email, lookupEmail) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
}

int main() {
  app().registerHandler("/v1/email", &handler, {Get, "OtpFilter"});
  app().registerHandler("/v1/audited/email", &handler, {Get, "AuditFilter"});
  app().run();
}

// CHECK-NOTES: :[[@LINE-10]]:3: error: endpoint 'GET /v1/audited/email'
// CHECK-NOTES: :[[@LINE-5]]:3: note: endpoint registered here
// CHECK-NOTES: :[[@LINE-13]]:7: note: 'email' (contact) enters the response here
// CHECK-NOTES: :[[@LINE-14]]:18: note: 'lookupEmail' (contact) enters the response here
// CHECK-NOTES: :[[@LINE-8]]:62: note: guard 'AuditFilter' does not count: it lets the request continue without the guard's success (line 36)
