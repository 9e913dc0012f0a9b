// RUN: %expect-exit 0 %pii-tidy %s -- -std=c++17 > %t.out
// RUN: FileCheck %s --allow-empty --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning|note}}:" < %t.out

// A token check before the dispatch protects every branch after it.

#include <boost/beast/http.hpp>

#include <string>

namespace http = boost::beast::http;

struct Beneficiary {
  std::string full_name;
  std::string mobile;
};

Beneficiary findBeneficiary(const std::string& id);
bool verify_token(const std::string& token);

http::response<http::string_body> handle(const http::request<http::string_body>& req) {
  http::response<http::string_body> res{http::status::ok, req.version()};
  if (!verify_token(std::string(req[http::field::authorization]))) {
    res.result(http::status::unauthorized);
    return res;
  }
  if (req.target() == "/beneficiary")
    res.body() = findBeneficiary(req.body()).mobile;
  else if (req.target() == "/beneficiary/name")
    res.body() = findBeneficiary(req.body()).full_name;
  res.prepare_payload();
  return res;
}

// CHECK-MESSAGES-NOT: [pii-unguarded-endpoint]
