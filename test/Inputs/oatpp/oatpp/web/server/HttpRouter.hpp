#pragma once

#include "oatpp/web/server/api/ApiController.hpp"

#include <memory>

namespace oatpp { namespace web { namespace server {

class HttpRouter {
public:
  static std::shared_ptr<HttpRouter> createShared();
  void addController(const std::shared_ptr<api::ApiController> &controller);
};

}}} // namespace oatpp::web::server
