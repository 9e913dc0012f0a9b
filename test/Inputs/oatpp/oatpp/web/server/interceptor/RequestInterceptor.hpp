#pragma once

#include "oatpp/web/protocol/http/incoming/Request.hpp"
#include "oatpp/web/protocol/http/outgoing/Response.hpp"

#include <memory>

namespace oatpp { namespace web { namespace server { namespace interceptor {

/// Runs before routing; returning nullptr lets the request continue,
/// returning a response answers it instead.
class RequestInterceptor {
public:
  typedef oatpp::web::protocol::http::incoming::Request IncomingRequest;
  typedef oatpp::web::protocol::http::outgoing::Response OutgoingResponse;
  virtual ~RequestInterceptor() = default;
  virtual std::shared_ptr<OutgoingResponse> intercept(const std::shared_ptr<IncomingRequest> &request) = 0;
};

}}}} // namespace oatpp::web::server::interceptor
