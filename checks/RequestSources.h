// Where a handler reads what the client sent: headers, query and path
// parameters, the body; and the connection's peer address, which the client
// cannot choose.
#pragma once

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"

#include <optional>
#include <string>

namespace pii {

struct RequestRead {
  std::string Kind;  // "header", "query parameter", "path parameter", "body"
  std::string Key;   // "X-Forwarded-For", "mobile"; empty when unnamed
  const clang::Expr *At = nullptr;
  std::string describe() const;  // "header 'X-Forwarded-For'", "request body"
};

/// E itself reads the request (`req.get_header_value("X-Real-IP")`,
/// `req.url_params.get("mobile")`, `req.body`), or none.
std::optional<RequestRead> directRequestRead(const clang::Expr *E);
/// A request read that E is built from, looking through local variables of
/// the enclosing function (their initializers and assignments).
std::optional<RequestRead> findRequestRead(const clang::Expr *E);
/// True for the connection's peer address (`req.remote_addr`,
/// `req.remote_ip_address`, `context->peer()`).
bool isPeerAddress(const clang::Expr *E);

} // namespace pii
