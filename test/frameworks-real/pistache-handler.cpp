// RUN: %expect-exit 1 %pii-tidy %s -- -std=c++17 > %t.out
// RUN: FileCheck %s --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: %expect-exit 1 %pii-tidy --inventory %s -- -std=c++17 | FileCheck %s --check-prefix=INVENTORY

// Pistache's low-level Http::Handler (Debian's 0.0.5 headers): the server
// sends every request to onRequest(), which dispatches on req.resource() and
// req.method(); each branch is an endpoint of its own.

#include <pistache/endpoint.h>
#include <pistache/http.h>

#include <string>

using namespace Pistache;

struct Beneficiary {
  std::string full_name;
  std::string mobile;
};

Beneficiary findBeneficiary(const std::string& id);
bool verifyOtp(const std::string& mobile, const std::string& otp);

class RegistryHandler : public Http::Handler {
public:
  HTTP_PROTOTYPE(RegistryHandler)

  void onRequest(const Http::Request& req, Http::ResponseWriter response) override {
    if (req.resource() == "/beneficiary" && req.method() == Http::Method::Get) {
      const Beneficiary b = findBeneficiary(req.query().get("id").value_or(""));
      response.send(Http::Code::Ok, b.mobile);
      // CHECK: :[[@LINE-1]]:7: error: endpoint 'GET /beneficiary' returns personal data (mobile) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
    } else if (req.resource() == "/beneficiary/verified") {
      const std::string mobile = req.query().get("mobile").value_or("");
      if (!verifyOtp(mobile, req.query().get("otp").value_or(""))) {
        response.send(Http::Code::Unauthorized);
        return;
      }
      response.send(Http::Code::Ok, findBeneficiary(mobile).full_name);
    } else {
      response.send(Http::Code::Not_Found);
    }
  }
};

// A handler with no dispatch answers every path.
class EchoHandler : public Http::Handler {
public:
  HTTP_PROTOTYPE(EchoHandler)
  void onRequest(const Http::Request& req, Http::ResponseWriter response) override {
    response.send(Http::Code::Ok, req.body());
  }
};

// Each branch lists only its own guards: verifyOtp guards the second branch
// and is not mentioned for the first.
// INVENTORY: | GET | /beneficiary | pistache | {{.*}}pistache-handler.cpp:29 | RegistryHandler::onRequest | mobile (contact) | - | **unguarded** |
// INVENTORY: | ANY | /beneficiary/verified | pistache | {{.*}}pistache-handler.cpp:33 | RegistryHandler::onRequest | full_name (identity) | verifyOtp (otp, dominating call) | guarded |
// INVENTORY: | ANY | /* | pistache | {{.*}}pistache-handler.cpp:50 | EchoHandler::onRequest | - | - | no-personal-data |
