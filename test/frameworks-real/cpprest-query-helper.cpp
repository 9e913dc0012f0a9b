// RUN: %expect-exit 0 %pii-tidy --checks=-*,pii-identifier-lookup %s -- -std=c++17 > %t.out
// RUN: FileCheck %s --implicit-check-not="{{error|warning}}:" < %t.out

// cpprestsdk handlers often read the query through a small lambda over
// uri::split_query(request.relative_uri().query()): param("aadhaar") is then
// an identifier the client sends, and a record looked up by it without an OTP
// for it is the CoWIN pattern. The same lambda feeding an OTP check for the
// identifier it looks up by is clean.

#include <cpprest/http_listener.h>
#include <cpprest/json.h>

#include <map>
#include <string>

using namespace web;
using namespace web::http;
using namespace web::http::experimental::listener;

struct Beneficiary {
  std::string full_name;
  std::string mobile;
};

Beneficiary byAadhaar(const std::string& aadhaar);
Beneficiary byMobile(const std::string& mobile);
bool verifyOtp(const std::string& mobile, const std::string& otp);

void handleGet(http_request request) {
  const auto path = request.relative_uri().path();
  const auto query = uri::split_query(request.relative_uri().query());
  auto param = [&query](const std::string& key) {
    auto it = query.find(key);
    return it == query.end() ? std::string() : it->second;
  };
  if (path == U("/by-aadhaar")) {
    Beneficiary b = byAadhaar(param("aadhaar"));
    // CHECK: :[[@LINE-1]]:21: warning: endpoint 'GET /registry/by-aadhaar' returns a record looked up by 'aadhaar' (national_id) from the request without an OTP check for that identifier [pii-identifier-lookup]
    // CHECK: note: endpoint registered here
    // CHECK: :[[@LINE-3]]:31: note: 'aadhaar' is taken from the request (query parameter) here
    request.reply(status_codes::OK, b.full_name);
  } else if (path == U("/by-mobile")) {
    const std::string mobile = param("mobile");
    if (!verifyOtp(mobile, param("otp"))) {
      request.reply(status_codes::Unauthorized);
      return;
    }
    request.reply(status_codes::OK, byMobile(mobile).full_name);
  }
}

int main() {
  http_listener listener(U("http://0.0.0.0:8080/registry"));
  listener.support(methods::GET, handleGet);
}
