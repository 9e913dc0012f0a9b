// RUN: %expect-exit 1 %pii-tidy %s -- -std=c++17 > %t.out 2>/dev/null
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out

// Router middleware (Routes::middleware, router.addMiddleware) runs before
// every route of its router: one that stops the request unless the token
// verifies guards them; one that checks the token but always lets the
// request through does not.

#include <pistache/endpoint.h>
#include <pistache/router.h>

#include <string>

using namespace Pistache;

struct Beneficiary {
  std::string full_name;
  std::string mobile;
};

Beneficiary findBeneficiary(const std::string& id);
bool verify_token(const std::string& token);
void logRequest(const Http::Request& req);

class TokenCheck {
public:
  bool check(Http::Request& req, Http::ResponseWriter& response) {
    auto auth = req.headers().getRaw("Authorization");
    if (!verify_token(auth.value())) {
      response.send(Http::Code::Unauthorized);
      return false;
    }
    return true;
  }
};

// Audits unauthenticated calls but lets them through.
class AccessLog {
public:
  bool record(Http::Request& req, Http::ResponseWriter& response) {
    if (!verify_token(req.headers().getRaw("Authorization").value()))
      logRequest(req);
    return true;
  }
};

void beneficiary(const Rest::Request& req, Http::ResponseWriter response) {
  Beneficiary b = findBeneficiary(req.param(":id").as<std::string>());
  response.send(Http::Code::Ok, b.mobile);
}

void publicBeneficiary(const Rest::Request& req, Http::ResponseWriter response) {
  Beneficiary b = findBeneficiary(req.param(":id").as<std::string>());
  response.send(Http::Code::Ok, b.full_name);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: error: endpoint 'GET /public/beneficiary/:id' returns personal data (full_name) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
}

int main() {
  TokenCheck tokens;
  AccessLog log;

  Rest::Router api;
  api.addMiddleware(Rest::Routes::middleware(&TokenCheck::check, &tokens));
  Rest::Routes::Get(api, "/beneficiary/:id", Rest::Routes::bind(&beneficiary));

  Rest::Router open;
  open.addMiddleware(Rest::Routes::middleware(&AccessLog::record, &log));
  Rest::Routes::Get(open, "/public/beneficiary/:id", Rest::Routes::bind(&publicBeneficiary));
}
