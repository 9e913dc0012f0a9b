// RUN: %expect-exit 1 %pii-tidy --checks=pii-unguarded-endpoint %s -- -std=c++17 -I%inputs/oatpp > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out

// ENDPOINT_INTERCEPTOR bodies guard their endpoint when they call the
// endpoint (intercepted) only after the guard succeeded. The interceptor of
// `mobileOf` checks the allowlist but calls through either way.

#include "oatpp/macro/codegen.hpp"
#include "oatpp/web/server/api/ApiController.hpp"

bool verifyOtp(const std::string &mobile, const std::string &otp);
bool isWhitelisted(const std::string &caller);
std::string addressOf(const std::string &mobile);
std::string mobileNumberOf(const std::string &user);

#include OATPP_CODEGEN_BEGIN(ApiController)

class AddressController : public oatpp::web::server::api::ApiController {
public:
  explicit AddressController(const std::shared_ptr<void> &mapper) : ApiController(mapper) {}

  ENDPOINT("GET", "/address", address, QUERY(String, mobile)) {
    return createResponse(Status::CODE_200, addressOf(*mobile));
  }

  ENDPOINT_INTERCEPTOR(address, otp) {
    auto mobile = request->getQueryParameter("mobile");
    if (!verifyOtp(*mobile, *request->getHeader("X-OTP")))
      return createResponse(Status::CODE_401, "OTP required");
    return (this->*intercepted)(request);
  }

  ENDPOINT("GET", "/mobile", mobileOf, QUERY(String, user)) {
    return createResponse(Status::CODE_200, mobileNumberOf(*user));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'GET /mobile' returns personal data (mobileNumberOf) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
  }

  ENDPOINT_INTERCEPTOR(mobileOf, audit) {
    bool trusted = isWhitelisted(*request->getHeader("X-Caller"));
    (void)trusted;
    return (this->*intercepted)(request);
  }
};

#include OATPP_CODEGEN_END(ApiController)

// CHECK-NOTES: :[[@LINE-13]]:5: error: endpoint 'GET /mobile'
// CHECK-NOTES: :[[@LINE-15]]:3: note: endpoint registered here
// CHECK-NOTES: :[[@LINE-15]]:45: note: 'mobileNumberOf' (contact) enters the response here
// CHECK-NOTES: :[[@LINE-12]]:3: note: guard 'ENDPOINT_INTERCEPTOR(mobileOf, audit)' does not count: it lets the request continue without the guard's success (line 42)
