// Framework knowledge of how data leaves for the client: the statements that
// write a response body.
#pragma once

#include "clang/AST/Stmt.h"

#include <optional>
#include <vector>

namespace pii {

struct EmissionSite {
  const clang::Stmt *At = nullptr;              // the statement sending data
  std::vector<const clang::Expr *> Values;      // what it sends
};

/// A call or assignment that writes a response body (httplib::Response,
/// crow::response), or none. Handler return values are not recognised here:
/// whether a return sends data depends on the framework's handler shape.
std::optional<EmissionSite> recognizeResponseWrite(const clang::Stmt *S);

} // namespace pii
