// RUN: %expect-exit 1 %pii-tidy --checks=pii-unguarded-endpoint %s -- -std=c++17 -I%inputs/oatpp > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out

// AUTHORIZATION parameters run the controller's authorization handler
// before the endpoint: a route guard when the handler's authorize() is the
// application's own. oatpp's stock BearerAuthorizationHandler accepts any
// token, so the second controller's endpoint is not protected.

#include "oatpp/macro/codegen.hpp"
#include "oatpp/web/server/api/ApiController.hpp"

#include <memory>

using oatpp::web::server::handler::AuthorizationObject;
using oatpp::web::server::handler::BearerAuthorizationHandler;
using oatpp::web::server::handler::DefaultBearerAuthorizationObject;

bool isKnownToken(const std::string &token);
std::string emailOf(const std::string &user);

class TokenHandler : public BearerAuthorizationHandler {
public:
  std::shared_ptr<AuthorizationObject> authorize(const oatpp::String &token) override {
    if (!isKnownToken(*token))
      return nullptr;
    auto object = std::make_shared<DefaultBearerAuthorizationObject>();
    object->token = token;
    return object;
  }
};

#include OATPP_CODEGEN_BEGIN(ApiController)

class ProfileController : public oatpp::web::server::api::ApiController {
public:
  explicit ProfileController(const std::shared_ptr<void> &mapper) : ApiController(mapper) {
    setDefaultAuthorizationHandler(std::make_shared<TokenHandler>());
  }

  ENDPOINT("GET", "/profile/email", email, QUERY(String, user),
           AUTHORIZATION(std::shared_ptr<DefaultBearerAuthorizationObject>, auth)) {
    return createResponse(Status::CODE_200, emailOf(*user));
  }
};

class LegacyController : public oatpp::web::server::api::ApiController {
public:
  explicit LegacyController(const std::shared_ptr<void> &mapper) : ApiController(mapper) {
    setDefaultAuthorizationHandler(std::make_shared<BearerAuthorizationHandler>());
  }

  ENDPOINT("GET", "/legacy/email", email, QUERY(String, user),
           AUTHORIZATION(std::shared_ptr<DefaultBearerAuthorizationObject>, auth)) {
    return createResponse(Status::CODE_200, emailOf(*user));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'GET /legacy/email' returns personal data (emailOf) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
  }
};

#include OATPP_CODEGEN_END(ApiController)

// CHECK-NOTES: :[[@LINE-7]]:5: error: endpoint 'GET /legacy/email'
// CHECK-NOTES: :[[@LINE-10]]:3: note: endpoint registered here
// CHECK-NOTES: :[[@LINE-9]]:45: note: 'emailOf' (contact) enters the response here
// CHECK-NOTES: :[[@LINE-15]]:5: note: guard 'oatpp::web::server::handler::BearerAuthorizationHandler' does not count: oatpp's stock handler accepts any credentials; override authorize()
