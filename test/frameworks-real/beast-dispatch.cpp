// RUN: %expect-exit 1 %pii-tidy %s -- -std=c++17 > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out

// Boost.Beast has no router: the handler dispatches on req.target() and
// req.method(), and each branch is an endpoint. A guard inside one branch
// protects that branch only.

#include <boost/beast/http.hpp>

#include <string>

namespace http = boost::beast::http;

struct Beneficiary {
  std::string full_name;
  std::string mobile;
};

Beneficiary findBeneficiary(const std::string& id);
bool verify_otp(const std::string& mobile, const std::string& otp);
std::string vaccineStock();

http::response<http::string_body> handle(const http::request<http::string_body>& req) {
  http::response<http::string_body> res{http::status::ok, req.version()};
  if (req.target() == "/beneficiary" && req.method() == http::verb::get) {
    Beneficiary b = findBeneficiary(std::string(req["X-Beneficiary"]));
    res.body() = b.mobile;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'GET /beneficiary' returns personal data (mobile) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
  } else if (req.target() == "/beneficiary/verified" && req.method() == http::verb::post) {
    Beneficiary b = findBeneficiary(req.body());
    if (!verify_otp(b.mobile, std::string(req["X-OTP"])))
      return http::response<http::string_body>{http::status::unauthorized, req.version()};
    res.body() = b.full_name;
  } else if (req.target().starts_with("/records/")) {
    Beneficiary b = findBeneficiary(std::string(req.target().substr(9)));
    return http::response<http::string_body>{http::status::ok, req.version(), b.full_name};
    // CHECK-MESSAGES: :[[@LINE-1]]:12: error: endpoint 'ANY /records/*' returns personal data (full_name) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
  } else if (req.target() == "/stock") {
    res.body() = vaccineStock();
  }
  res.prepare_payload();
  return res;
}
