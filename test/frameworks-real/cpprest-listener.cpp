// RUN: %expect-exit 1 %pii-tidy %s -- -std=c++17 > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out

// cpprestsdk: routes are the listener's URI plus, inside a handler, branches
// on request.relative_uri().path(); request.reply(status, body) sends.

#include <cpprest/http_listener.h>
#include <cpprest/json.h>

#include <string>

using namespace web;
using namespace web::http;
using namespace web::http::experimental::listener;

struct Beneficiary {
  std::string full_name;
  std::string mobile;
};

Beneficiary findBeneficiary(const std::string& id);
bool verify_otp(const std::string& mobile, const std::string& otp);
int dosesAvailable();

void handleGet(http_request request) {
  const auto path = request.relative_uri().path();
  if (path == U("/beneficiary")) {
    Beneficiary b = findBeneficiary(request.extract_string().get());
    request.reply(status_codes::OK, b.mobile);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'GET /api/beneficiary' returns personal data (mobile) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
  } else if (path == U("/beneficiary/verified")) {
    Beneficiary b = findBeneficiary(request.extract_string().get());
    if (!verify_otp(b.mobile, request.headers()[U("X-OTP")])) {
      request.reply(status_codes::Unauthorized);
      return;
    }
    json::value out;
    out[U("full_name")] = json::value::string(b.full_name);
    request.reply(status_codes::OK, out);
  } else if (path == U("/stock")) {
    json::value out;
    out[U("doses")] = json::value::number(dosesAvailable());
    request.reply(status_codes::OK, out);
  }
}

int main() {
  http_listener listener(U("http://0.0.0.0:8080/api"));
  listener.support(methods::GET, handleGet);
  listener.support(methods::POST, [](http_request request) {
    Beneficiary b = findBeneficiary(request.extract_string().get());
    request.reply(status_codes::OK, b.full_name);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'POST /api' returns personal data (full_name) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
  });
  listener.open().wait();
}
