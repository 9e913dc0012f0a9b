#pragma once

#include "oatpp/Types.hpp"

#include <memory>

namespace oatpp { namespace web { namespace server { namespace handler {

class AuthorizationObject {
public:
  virtual ~AuthorizationObject() = default;
};

/// Turns the Authorization header into an object; a null object makes the
/// endpoint answer 401 before its body runs.
class AuthorizationHandler {
public:
  virtual ~AuthorizationHandler() = default;
  virtual std::shared_ptr<AuthorizationObject> handleAuthorization(const oatpp::String &header) = 0;
  oatpp::String getScheme();
};

class DefaultBasicAuthorizationObject : public AuthorizationObject {
public:
  oatpp::String userId;
  oatpp::String password;
};

/// Parses "Basic ..."; authorize() as shipped accepts any credentials.
class BasicAuthorizationHandler : public AuthorizationHandler {
public:
  explicit BasicAuthorizationHandler(const oatpp::String &realm = "API");
  std::shared_ptr<AuthorizationObject> handleAuthorization(const oatpp::String &header) override;
  virtual std::shared_ptr<AuthorizationObject> authorize(const oatpp::String &userId,
                                                         const oatpp::String &password);
};

class DefaultBearerAuthorizationObject : public AuthorizationObject {
public:
  oatpp::String token;
};

/// Parses "Bearer ..."; authorize() as shipped accepts any token.
class BearerAuthorizationHandler : public AuthorizationHandler {
public:
  explicit BearerAuthorizationHandler(const oatpp::String &realm = "API");
  std::shared_ptr<AuthorizationObject> handleAuthorization(const oatpp::String &header) override;
  virtual std::shared_ptr<AuthorizationObject> authorize(const oatpp::String &token);
};

}}}} // namespace oatpp::web::server::handler
