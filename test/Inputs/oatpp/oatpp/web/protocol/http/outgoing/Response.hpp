#pragma once

#include "oatpp/web/protocol/http/Http.hpp"

namespace oatpp { namespace web { namespace protocol { namespace http { namespace outgoing {

class Response {
public:
  void putHeader(const oatpp::String &name, const oatpp::String &value);
};

}}}}} // namespace oatpp::web::protocol::http::outgoing
