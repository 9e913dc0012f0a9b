#pragma once

#include "oatpp/Types.hpp"
#include "oatpp/web/protocol/http/Http.hpp"
#include "oatpp/web/protocol/http/incoming/Request.hpp"
#include "oatpp/web/protocol/http/outgoing/Response.hpp"
#include "oatpp/web/server/handler/AuthorizationHandler.hpp"

#include <functional>
#include <list>
#include <memory>

namespace oatpp { namespace web { namespace server { namespace api {

class Endpoint {
public:
  class Info {
  public:
    static std::shared_ptr<Info> createShared();
    oatpp::String name;
    oatpp::String path;
    oatpp::String method;
    oatpp::String authorization;
  };
};

class ApiController {
public:
  typedef ApiController __ControllerType;
  typedef oatpp::web::protocol::http::incoming::Request IncomingRequest;
  typedef oatpp::web::protocol::http::outgoing::Response OutgoingResponse;
  typedef oatpp::web::protocol::http::Status Status;
  typedef oatpp::web::protocol::http::Header Header;
  typedef oatpp::web::server::handler::AuthorizationHandler AuthorizationHandler;
  typedef oatpp::String String;
  typedef oatpp::Int32 Int32;
  typedef oatpp::Int64 Int64;
  typedef oatpp::Boolean Boolean;
  typedef std::function<std::shared_ptr<Endpoint::Info>()> EndpointInfoBuilder;
  template <class T> using Object = oatpp::Object<T>;
  typedef std::list<std::shared_ptr<Endpoint>> Endpoints;

  /// Calls one endpoint method of a controller of type T.
  template <class T>
  class Handler {
  public:
    typedef std::shared_ptr<OutgoingResponse> (T::*Method)(const std::shared_ptr<IncomingRequest> &);
    static std::shared_ptr<Handler> createShared(T *controller, Method method, void *methodAsync);
    Method setMethod(Method method);
  };

  template <typename T>
  struct TypeInterpretation {
    static T fromString(const oatpp::String &typeName, const oatpp::String &text, bool &success);
  };

  explicit ApiController(const std::shared_ptr<void> &objectMapper,
                         const oatpp::String &routerPrefix = nullptr);
  virtual ~ApiController() = default;

  template <class T>
  static std::shared_ptr<Endpoint> createEndpoint(Endpoints &endpoints,
                                                  const std::shared_ptr<Handler<T>> &handler,
                                                  const EndpointInfoBuilder &infoBuilder);

  void setDefaultAuthorizationHandler(const std::shared_ptr<handler::AuthorizationHandler> &handler);
  std::shared_ptr<handler::AuthorizationHandler> getDefaultAuthorizationHandler();
  std::shared_ptr<handler::AuthorizationObject> handleDefaultAuthorization(const String &authHeader) const;
  std::shared_ptr<void> getEndpointHandler(const std::string &endpointName);
  void setEndpointHandler(const std::string &endpointName, const std::shared_ptr<void> &handler);
  std::shared_ptr<Endpoint::Info> getEndpointInfo(const std::string &endpointName);
  void setEndpointInfo(const std::string &endpointName, const std::shared_ptr<Endpoint::Info> &info);

  std::shared_ptr<OutgoingResponse> createResponse(const Status &status, const oatpp::String &str) const;
  std::shared_ptr<OutgoingResponse> createResponse(const Status &status) const;
  std::shared_ptr<OutgoingResponse> createDtoResponse(const Status &status, const oatpp::Void &dto) const;

protected:
  Endpoints m_endpoints;
  const oatpp::String m_routerPrefix;
};

}}}} // namespace oatpp::web::server::api
