#pragma once

#include "oatpp/web/protocol/http/Http.hpp"

namespace oatpp { namespace web { namespace protocol { namespace http { namespace incoming {

class Request {
public:
  oatpp::String getHeader(const oatpp::String &name) const;
  oatpp::String getPathVariable(const oatpp::String &name) const;
  oatpp::String getQueryParameter(const oatpp::String &name) const;
  oatpp::String readBodyToString() const;
  template <class Wrapper> Wrapper readBodyToDto(const void *mapper) const;
};

}}}}} // namespace oatpp::web::protocol::http::incoming
