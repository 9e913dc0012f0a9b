// RUN: %expect-exit 1 %pii-tidy --checks=pii-unguarded-endpoint --policy=%S/Inputs/home-grown-router.json %s -- -std=c++17 > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out

// A home-grown router declared in the policy: Router::route and addGetRoute
// register routes; requireSession attaches an authentication guard to every
// route of the router it is called on. The handler's return value is the
// response.

#include <functional>
#include <string>

namespace acme {
struct Request {
  std::string param(const std::string &name) const;
};
using Handler = std::function<std::string(const Request &)>;
class Router {
public:
  void route(const std::string &method, const std::string &path, Handler h);
  void requireSession();
};
void addGetRoute(Router &router, const std::string &path, Handler h);
} // namespace acme

bool verifyOtp(const std::string &mobile, const std::string &otp);
std::string aadhaarOf(const std::string &mobile);
std::string emailOf(const std::string &user);

std::string kyc(const acme::Request &req) {
  if (!verifyOtp(req.param("mobile"), req.param("otp")))
    return "denied";
  return aadhaarOf(req.param("mobile"));
}

void install(acme::Router &admin, acme::Router &open) {
  admin.requireSession();
  admin.route("GET", "/admin/email", [](const acme::Request &req) { return emailOf(req.param("user")); });
  acme::addGetRoute(admin, "/admin/kyc", kyc);

  open.route("GET", "/kyc", kyc);
  open.route("GET", "/email", [](const acme::Request &req) {
    return emailOf(req.param("user"));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'GET /email' returns personal data (emailOf) without an OTP or authentication check [pii-unguarded-endpoint]
  });
  open.route("GET", "/health", [](const acme::Request &) { return std::string("ok"); });
}

// CHECK-NOTES: :[[@LINE-6]]:5: error: endpoint 'GET /email'
// CHECK-NOTES: :[[@LINE-8]]:3: note: endpoint registered here
// CHECK-NOTES: :[[@LINE-8]]:12: note: 'emailOf' (contact) enters the response here
