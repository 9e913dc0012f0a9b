#pragma once

#include "oatpp/Types.hpp"

#include <stdexcept>

namespace oatpp { namespace web { namespace protocol { namespace http {

class Status {
public:
  static const Status CODE_200;
  static const Status CODE_201;
  static const Status CODE_400;
  static const Status CODE_401;
  static const Status CODE_403;
  static const Status CODE_404;
  static const Status CODE_500;
  int code = 0;
  const char *description = nullptr;
};

class Header {
public:
  static constexpr const char *AUTHORIZATION = "Authorization";
  static constexpr const char *CONTENT_TYPE = "Content-Type";
};

class HttpError : public std::runtime_error {
public:
  HttpError(const Status &status, const oatpp::String &message);
};

}}}} // namespace oatpp::web::protocol::http
