#pragma once

#include "oatpp/web/server/HttpRouter.hpp"
#include "oatpp/web/server/interceptor/RequestInterceptor.hpp"

#include <memory>

namespace oatpp { namespace web { namespace server {

class HttpConnectionHandler {
public:
  static std::shared_ptr<HttpConnectionHandler> createShared(const std::shared_ptr<HttpRouter> &router);
  /// Every request passes the interceptors, in order, before routing.
  void addRequestInterceptor(const std::shared_ptr<interceptor::RequestInterceptor> &interceptor);
};

}}} // namespace oatpp::web::server
