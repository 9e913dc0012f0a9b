#pragma once

#include <drogon/DrObject.h>
#include <drogon/drogon_callbacks.h>
#include <drogon/HttpRequest.h>
#include <drogon/HttpResponse.h>

namespace drogon
{
class HttpMiddlewareBase : public virtual DrObjectBase
{
  public:
    /// Calls nextCb to pass the request on, or mcb with a response to stop it.
    virtual void invoke(const HttpRequestPtr &req,
                        MiddlewareNextCallback &&nextCb,
                        MiddlewareCallback &&mcb) = 0;
    ~HttpMiddlewareBase() override = default;
};

template <typename T, bool AutoCreation = true>
class HttpMiddleware : public DrObject<T>, public HttpMiddlewareBase
{
  public:
    static constexpr bool isAutoCreation{AutoCreation};
};
}  // namespace drogon
