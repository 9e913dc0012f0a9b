#pragma once

#include <drogon/HttpTypes.h>
#include <string>

namespace drogon
{
namespace internal
{
enum class ConstraintType
{
    None,
    HttpMethod,
    HttpMiddleware
};

/// One element of a registration's constraint list: an HTTP method or the
/// class name of a filter or middleware.
class HttpConstraint
{
  public:
    HttpConstraint(HttpMethod method);
    HttpConstraint(std::string middlewareName);
    HttpConstraint(const char *middlewareName);
    ConstraintType type() const;

  private:
    ConstraintType type_{ConstraintType::None};
    HttpMethod method_{HttpMethod::Invalid};
    std::string middlewareName_;
};
}  // namespace internal
}  // namespace drogon
