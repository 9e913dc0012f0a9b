// RUN: %expect-exit 1 %pii-tidy %s -- -std=c++17 > %t.out
// RUN: FileCheck %s --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: %expect-exit 1 %pii-tidy --inventory %s -- -std=c++17 | FileCheck %s --check-prefix=INVENTORY

// The Boost.Beast examples' shape: handle_request is a template over the body
// and allocator types, and answers through a `send` callable. Its
// instantiation in this file is analysed, each branch on req.target() an
// endpoint of its own.

#include <boost/beast/http.hpp>

#include <string>
#include <utility>

namespace beast = boost::beast;
namespace http = beast::http;

struct Beneficiary {
  std::string full_name;
  std::string aadhaar;
};

Beneficiary findBeneficiary(const std::string& id);
bool verifyOtp(const std::string& mobile, const std::string& otp);

template <class Body, class Allocator, class Send>
void handle_request(http::request<Body, http::basic_fields<Allocator>>&& req, Send&& send) {
  if (req.target() == "/beneficiary" && req.method() == http::verb::get) {
    http::response<http::string_body> res{http::status::ok, req.version()};
    res.body() = findBeneficiary(std::string(req["X-Id"])).aadhaar;
    // CHECK: :[[@LINE-1]]:5: error: endpoint 'GET /beneficiary' returns personal data (aadhaar) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
    res.prepare_payload();
    return send(std::move(res));
  }
  if (req.target() == "/beneficiary/verified") {
    const std::string mobile(req["X-Mobile"]);
    if (!verifyOtp(mobile, std::string(req["X-OTP"])))
      return send(http::response<http::string_body>{http::status::unauthorized, req.version()});
    http::response<http::string_body> res{http::status::ok, req.version()};
    res.body() = findBeneficiary(mobile).full_name;
    return send(std::move(res));
  }
}

struct Session {
  void onRead(http::request<http::string_body>&& req) {
    handle_request(std::move(req), [](auto&& response) { (void)response; });
  }
};

// INVENTORY: | GET | /beneficiary | boost-beast | {{.*}} | handle_request{{.*}} | aadhaar (national_id) | - | **unguarded** |
// INVENTORY: | ANY | /beneficiary/verified | boost-beast | {{.*}} | handle_request{{.*}} | full_name (identity) | verifyOtp (otp, dominating call) | guarded |
