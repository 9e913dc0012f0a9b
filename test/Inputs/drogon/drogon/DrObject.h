#pragma once

#include <string>

namespace drogon
{
class DrObjectBase
{
  public:
    virtual const std::string &className() const;
    virtual ~DrObjectBase() = default;
};

/// Reflection base: classTypeName() is the demangled class name
/// ("api::v1::User"), which HttpController turns into the path prefix.
template <typename T>
class DrObject : public virtual DrObjectBase
{
  public:
    static const std::string &classTypeName();
};
}  // namespace drogon
