// ENDPOINT(METHOD, PATH, NAME, PARAMS...) declares, in the controller:
//  - Z__CREATE_ENDPOINT_INFO_<NAME>: a lambda filling the endpoint's info
//    (name, path with the controller's router prefix, method);
//  - Z__ENDPOINT_<NAME>: the endpoint, added to the controller's list;
//  - Z__PROXY_METHOD_<NAME>(request): reads each parameter from the request
//    (and runs AUTHORIZATION), then calls NAME with them;
//  - NAME(params...): the user's method, whose body follows the macro.

#define OATPP_MACRO_API_CONTROLLER_PARAM_MACRO(MACRO, INFO, TYPE, PARAM_LIST) MACRO(TYPE, PARAM_LIST)
#define OATPP_MACRO_API_CONTROLLER_PARAM_INFO(MACRO, INFO, TYPE, PARAM_LIST) INFO(TYPE, PARAM_LIST)
#define OATPP_MACRO_API_CONTROLLER_PARAM_TYPE(MACRO, INFO, TYPE, PARAM_LIST) const TYPE&
#define OATPP_MACRO_API_CONTROLLER_PARAM_NAME(MACRO, INFO, TYPE, PARAM_LIST) OATPP_MACRO_FIRSTARG PARAM_LIST
#define OATPP_MACRO_API_CONTROLLER_PARAM(MACRO, INFO, TYPE, PARAM_LIST) (MACRO, INFO, TYPE, PARAM_LIST)

#define OATPP_MACRO_API_CONTROLLER_MACRO_SELECTOR(MACRO, TYPE, ...) \
  OATPP_MACRO_EXPAND(OATPP_MACRO_MACRO_SELECTOR(MACRO, (__VA_ARGS__))(TYPE, __VA_ARGS__))

#define REQUEST(TYPE, ...) \
  OATPP_MACRO_API_CONTROLLER_PARAM(OATPP_MACRO_API_CONTROLLER_REQUEST, OATPP_MACRO_API_CONTROLLER_NO_INFO, TYPE, (__VA_ARGS__))
#define HEADER(TYPE, ...) \
  OATPP_MACRO_API_CONTROLLER_PARAM(OATPP_MACRO_API_CONTROLLER_HEADER, OATPP_MACRO_API_CONTROLLER_NO_INFO, TYPE, (__VA_ARGS__))
#define PATH(TYPE, ...) \
  OATPP_MACRO_API_CONTROLLER_PARAM(OATPP_MACRO_API_CONTROLLER_PATH, OATPP_MACRO_API_CONTROLLER_NO_INFO, TYPE, (__VA_ARGS__))
#define QUERY(TYPE, ...) \
  OATPP_MACRO_API_CONTROLLER_PARAM(OATPP_MACRO_API_CONTROLLER_QUERY, OATPP_MACRO_API_CONTROLLER_NO_INFO, TYPE, (__VA_ARGS__))
#define BODY_STRING(TYPE, ...) \
  OATPP_MACRO_API_CONTROLLER_PARAM(OATPP_MACRO_API_CONTROLLER_BODY_STRING, OATPP_MACRO_API_CONTROLLER_NO_INFO, TYPE, (__VA_ARGS__))
#define BODY_DTO(TYPE, ...) \
  OATPP_MACRO_API_CONTROLLER_PARAM(OATPP_MACRO_API_CONTROLLER_BODY_DTO, OATPP_MACRO_API_CONTROLLER_NO_INFO, TYPE, (__VA_ARGS__))

#define OATPP_MACRO_API_CONTROLLER_NO_INFO(TYPE, PARAM_LIST)

#define OATPP_MACRO_API_CONTROLLER_REQUEST(TYPE, PARAM_LIST) \
  const auto &OATPP_MACRO_FIRSTARG PARAM_LIST = __request;

/// Reads a string from the request, fails with 400 when it is missing,
/// converts it to TYPE.
#define OATPP_MACRO_API_CONTROLLER_READ(TYPE, NAME, READ, KIND) \
  const auto &__param_str_val_##NAME = __request->READ; \
  if (!__param_str_val_##NAME) { \
    throw oatpp::web::protocol::http::HttpError(Status::CODE_400, "Missing " KIND " parameter"); \
  } \
  bool __param_validation_check_##NAME; \
  const auto &NAME = ApiController::TypeInterpretation<TYPE>::fromString(#TYPE, __param_str_val_##NAME, __param_validation_check_##NAME); \
  if (!__param_validation_check_##NAME) { \
    throw oatpp::web::protocol::http::HttpError(Status::CODE_400, "Invalid " KIND " parameter"); \
  }

#define OATPP_MACRO_API_CONTROLLER_HEADER_1(TYPE, NAME) OATPP_MACRO_API_CONTROLLER_READ(TYPE, NAME, getHeader(#NAME), "HEADER")
#define OATPP_MACRO_API_CONTROLLER_HEADER_2(TYPE, NAME, QUALIFIER) OATPP_MACRO_API_CONTROLLER_READ(TYPE, NAME, getHeader(QUALIFIER), "HEADER")
#define OATPP_MACRO_API_CONTROLLER_HEADER(TYPE, PARAM_LIST) \
  OATPP_MACRO_API_CONTROLLER_MACRO_SELECTOR(OATPP_MACRO_API_CONTROLLER_HEADER_, TYPE, OATPP_MACRO_UNFOLD_VA_ARGS PARAM_LIST)

#define OATPP_MACRO_API_CONTROLLER_PATH_1(TYPE, NAME) OATPP_MACRO_API_CONTROLLER_READ(TYPE, NAME, getPathVariable(#NAME), "PATH")
#define OATPP_MACRO_API_CONTROLLER_PATH_2(TYPE, NAME, QUALIFIER) OATPP_MACRO_API_CONTROLLER_READ(TYPE, NAME, getPathVariable(QUALIFIER), "PATH")
#define OATPP_MACRO_API_CONTROLLER_PATH(TYPE, PARAM_LIST) \
  OATPP_MACRO_API_CONTROLLER_MACRO_SELECTOR(OATPP_MACRO_API_CONTROLLER_PATH_, TYPE, OATPP_MACRO_UNFOLD_VA_ARGS PARAM_LIST)

#define OATPP_MACRO_API_CONTROLLER_QUERY_1(TYPE, NAME) OATPP_MACRO_API_CONTROLLER_READ(TYPE, NAME, getQueryParameter(#NAME), "QUERY")
#define OATPP_MACRO_API_CONTROLLER_QUERY_2(TYPE, NAME, QUALIFIER) OATPP_MACRO_API_CONTROLLER_READ(TYPE, NAME, getQueryParameter(QUALIFIER), "QUERY")
#define OATPP_MACRO_API_CONTROLLER_QUERY(TYPE, PARAM_LIST) \
  OATPP_MACRO_API_CONTROLLER_MACRO_SELECTOR(OATPP_MACRO_API_CONTROLLER_QUERY_, TYPE, OATPP_MACRO_UNFOLD_VA_ARGS PARAM_LIST)

#define OATPP_MACRO_API_CONTROLLER_BODY_STRING(TYPE, PARAM_LIST) \
  const auto &OATPP_MACRO_FIRSTARG PARAM_LIST = __request->readBodyToString();
#define OATPP_MACRO_API_CONTROLLER_BODY_DTO(TYPE, PARAM_LIST) \
  const auto &OATPP_MACRO_FIRSTARG PARAM_LIST = __request->readBodyToDto<TYPE>(nullptr);

#define OATPP_MACRO_API_CONTROLLER_FOR_EACH_PARAM_DECL_FIRST(INDEX, COUNT, X) \
  OATPP_MACRO_API_CONTROLLER_PARAM_TYPE X OATPP_MACRO_API_CONTROLLER_PARAM_NAME X
#define OATPP_MACRO_API_CONTROLLER_FOR_EACH_PARAM_DECL_REST(INDEX, COUNT, X) \
  , OATPP_MACRO_API_CONTROLLER_PARAM_TYPE X OATPP_MACRO_API_CONTROLLER_PARAM_NAME X
#define OATPP_MACRO_API_CONTROLLER_FOR_EACH_PARAM_PUT(INDEX, COUNT, X) \
  OATPP_MACRO_API_CONTROLLER_PARAM_MACRO X
#define OATPP_MACRO_API_CONTROLLER_FOR_EACH_PARAM_CALL_FIRST(INDEX, COUNT, X) \
  OATPP_MACRO_API_CONTROLLER_PARAM_NAME X
#define OATPP_MACRO_API_CONTROLLER_FOR_EACH_PARAM_CALL_REST(INDEX, COUNT, X) \
  , OATPP_MACRO_API_CONTROLLER_PARAM_NAME X
#define OATPP_MACRO_API_CONTROLLER_FOR_EACH_PARAM_INFO(INDEX, COUNT, X) \
  OATPP_MACRO_API_CONTROLLER_PARAM_INFO X

#define OATPP_MACRO_API_CONTROLLER_ENDPOINT_DECL_DEFAULTS(NAME, METHOD, PATH) \
  template <class T> \
  static typename std::shared_ptr<Handler<T>> Z__ENDPOINT_HANDLER_GET_INSTANCE_##NAME(T *controller) { \
    return Handler<T>::createShared(controller, &T::Z__PROXY_METHOD_##NAME, nullptr); \
  }

#define OATPP_MACRO_API_CONTROLLER_ENDPOINT_DECL(NAME, METHOD, PATH, INFO) \
  EndpointInfoBuilder Z__CREATE_ENDPOINT_INFO_##NAME = [this]() { \
    auto info = oatpp::web::server::api::Endpoint::Info::createShared(); \
    info->name = #NAME; \
    info->path = ((m_routerPrefix != nullptr) ? m_routerPrefix + PATH : PATH); \
    info->method = METHOD; \
    INFO \
    return info; \
  }; \
  const std::shared_ptr<oatpp::web::server::api::Endpoint> Z__ENDPOINT_##NAME = \
      createEndpoint(m_endpoints, Z__ENDPOINT_HANDLER_GET_INSTANCE_##NAME(this), Z__CREATE_ENDPOINT_INFO_##NAME);

#define OATPP_MACRO_API_CONTROLLER_ENDPOINT_0(NAME, METHOD, PATH) \
  OATPP_MACRO_API_CONTROLLER_ENDPOINT_DECL_DEFAULTS(NAME, METHOD, PATH) \
  OATPP_MACRO_API_CONTROLLER_ENDPOINT_DECL(NAME, METHOD, PATH, ) \
  std::shared_ptr<oatpp::web::protocol::http::outgoing::Response> \
  Z__PROXY_METHOD_##NAME(const std::shared_ptr<oatpp::web::protocol::http::incoming::Request> &__request) { \
    (void)__request; \
    return NAME(); \
  } \
  std::shared_ptr<oatpp::web::protocol::http::outgoing::Response> NAME()

#define OATPP_MACRO_API_CONTROLLER_ENDPOINT_1(NAME, METHOD, PATH, ...) \
  OATPP_MACRO_API_CONTROLLER_ENDPOINT_DECL_DEFAULTS(NAME, METHOD, PATH) \
  OATPP_MACRO_API_CONTROLLER_ENDPOINT_DECL(NAME, METHOD, PATH, \
      OATPP_MACRO_FOREACH(OATPP_MACRO_API_CONTROLLER_FOR_EACH_PARAM_INFO, __VA_ARGS__)) \
  std::shared_ptr<oatpp::web::protocol::http::outgoing::Response> \
  Z__PROXY_METHOD_##NAME(const std::shared_ptr<oatpp::web::protocol::http::incoming::Request> &__request) { \
    OATPP_MACRO_FOREACH(OATPP_MACRO_API_CONTROLLER_FOR_EACH_PARAM_PUT, __VA_ARGS__) \
    return NAME(OATPP_MACRO_FOREACH_FIRST_AND_REST(OATPP_MACRO_API_CONTROLLER_FOR_EACH_PARAM_CALL_FIRST, \
                                                   OATPP_MACRO_API_CONTROLLER_FOR_EACH_PARAM_CALL_REST, \
                                                   __VA_ARGS__)); \
  } \
  std::shared_ptr<oatpp::web::protocol::http::outgoing::Response> NAME( \
      OATPP_MACRO_FOREACH_FIRST_AND_REST(OATPP_MACRO_API_CONTROLLER_FOR_EACH_PARAM_DECL_FIRST, \
                                         OATPP_MACRO_API_CONTROLLER_FOR_EACH_PARAM_DECL_REST, \
                                         __VA_ARGS__))

#define OATPP_MACRO_API_CONTROLLER_ENDPOINT_MACRO_0(METHOD, PATH, NAME) \
  OATPP_MACRO_EXPAND(OATPP_MACRO_API_CONTROLLER_ENDPOINT_0(NAME, METHOD, PATH))
#define OATPP_MACRO_API_CONTROLLER_ENDPOINT_MACRO_1(METHOD, PATH, NAME, ...) \
  OATPP_MACRO_EXPAND(OATPP_MACRO_API_CONTROLLER_ENDPOINT_1(NAME, METHOD, PATH, __VA_ARGS__))

#define ENDPOINT(METHOD, PATH, ...) \
  OATPP_MACRO_EXPAND(OATPP_MACRO_MACRO_BINARY_SELECTOR(OATPP_MACRO_API_CONTROLLER_ENDPOINT_MACRO_, (__VA_ARGS__))(METHOD, PATH, __VA_ARGS__))

// ENDPOINT_INTERCEPTOR(ENDPOINT_NAME, NAME) { ... } replaces the endpoint's
// handler method with Z__USER_INTERCEPTOR_METHOD_<ENDPOINT_NAME>_<NAME>, a
// template whose body follows the macro; `(this->*intercepted)(request)`
// calls the endpoint.
#define ENDPOINT_INTERCEPTOR(ENDPOINT_NAME, NAME) \
  Handler<oatpp::web::server::api::ApiController>::Method \
      Z__INTERCEPTOR_METHOD_##ENDPOINT_NAME##_##NAME = Z__INTERCEPTOR_METHOD_SET_##ENDPOINT_NAME##_##NAME(this); \
  template <class T> \
  Handler<oatpp::web::server::api::ApiController>::Method Z__INTERCEPTOR_METHOD_SET_##ENDPOINT_NAME##_##NAME(T *controller) { \
    return static_cast<Handler<oatpp::web::server::api::ApiController>::Method>( \
        Z__ENDPOINT_HANDLER_GET_INSTANCE_##ENDPOINT_NAME(controller)->setMethod( \
            &T::Z__PROXY_INTERCEPTOR_METHOD_##ENDPOINT_NAME##_##NAME)); \
  } \
  std::shared_ptr<oatpp::web::protocol::http::outgoing::Response> \
  Z__PROXY_INTERCEPTOR_METHOD_##ENDPOINT_NAME##_##NAME( \
      const std::shared_ptr<oatpp::web::protocol::http::incoming::Request> &request) { \
    return Z__USER_PROXY_INTERCEPTOR_METHOD_##ENDPOINT_NAME##_##NAME(this, request); \
  } \
  template <class T> \
  std::shared_ptr<oatpp::web::protocol::http::outgoing::Response> \
  Z__USER_PROXY_INTERCEPTOR_METHOD_##ENDPOINT_NAME##_##NAME( \
      T *, const std::shared_ptr<oatpp::web::protocol::http::incoming::Request> &request) { \
    auto intercepted = static_cast<typename Handler<T>::Method>(Z__INTERCEPTOR_METHOD_##ENDPOINT_NAME##_##NAME); \
    return Z__USER_INTERCEPTOR_METHOD_##ENDPOINT_NAME##_##NAME<T>(intercepted, request); \
  } \
  template <class T> \
  std::shared_ptr<oatpp::web::protocol::http::outgoing::Response> \
  Z__USER_INTERCEPTOR_METHOD_##ENDPOINT_NAME##_##NAME( \
      typename Handler<T>::Method intercepted, \
      const std::shared_ptr<oatpp::web::protocol::http::incoming::Request> &request)
