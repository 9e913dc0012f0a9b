// AUTHORIZATION(TYPE, NAME [, AUTH_HANDLER]): the proxy method passes the
// Authorization header to the controller's default authorization handler
// (or to AUTH_HANDLER); a null result answers 401 before the endpoint runs.

#define AUTHORIZATION(TYPE, ...) \
  OATPP_MACRO_API_CONTROLLER_PARAM(OATPP_MACRO_API_CONTROLLER_AUTHORIZATION, OATPP_MACRO_API_CONTROLLER_AUTHORIZATION_INFO, TYPE, (__VA_ARGS__))

#define OATPP_MACRO_API_CONTROLLER_AUTHORIZATION_1(TYPE, NAME) \
  auto __param_str_val_##NAME = __request->getHeader(oatpp::web::protocol::http::Header::AUTHORIZATION); \
  std::shared_ptr<oatpp::web::server::handler::AuthorizationObject> __param_aosp_val_##NAME = \
      ApiController::handleDefaultAuthorization(__param_str_val_##NAME); \
  TYPE NAME = std::static_pointer_cast<TYPE::element_type>(__param_aosp_val_##NAME);

#define OATPP_MACRO_API_CONTROLLER_AUTHORIZATION_2(TYPE, NAME, AUTH_HANDLER) \
  auto __param_str_val_##NAME = __request->getHeader(oatpp::web::protocol::http::Header::AUTHORIZATION); \
  std::shared_ptr<oatpp::web::server::handler::AuthorizationHandler> __auth_handler_##NAME = AUTH_HANDLER; \
  std::shared_ptr<oatpp::web::server::handler::AuthorizationObject> __param_aosp_val_##NAME = \
      __auth_handler_##NAME->handleAuthorization(__param_str_val_##NAME); \
  TYPE NAME = std::static_pointer_cast<TYPE::element_type>(__param_aosp_val_##NAME);

#define OATPP_MACRO_API_CONTROLLER_AUTHORIZATION(TYPE, PARAM_LIST) \
  OATPP_MACRO_API_CONTROLLER_MACRO_SELECTOR(OATPP_MACRO_API_CONTROLLER_AUTHORIZATION_, TYPE, OATPP_MACRO_UNFOLD_VA_ARGS PARAM_LIST)

#define OATPP_MACRO_API_CONTROLLER_AUTHORIZATION_INFO(TYPE, PARAM_LIST) \
  info->authorization = getDefaultAuthorizationHandler() ? getDefaultAuthorizationHandler()->getScheme() : nullptr;
