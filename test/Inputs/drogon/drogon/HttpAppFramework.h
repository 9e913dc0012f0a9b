#pragma once

#include <drogon/HttpRequest.h>
#include <drogon/HttpResponse.h>
#include <drogon/utils/HttpConstraint.h>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace drogon
{
class HttpAppFramework
{
  public:
    static HttpAppFramework &instance();
    virtual ~HttpAppFramework() = default;

    virtual HttpAppFramework &registerHttpSimpleController(
        const std::string &pathName,
        const std::string &ctrlName,
        const std::vector<internal::HttpConstraint> &constraints = {}) = 0;

    template <typename FUNCTION>
    HttpAppFramework &registerHandler(
        const std::string &pathPattern,
        FUNCTION &&function,
        const std::vector<internal::HttpConstraint> &constraints = {},
        const std::string &handlerName = "")
    {
        return *this;
    }

    template <typename FUNCTION>
    HttpAppFramework &registerHandlerViaRegex(
        const std::string &regExp,
        FUNCTION &&function,
        const std::vector<internal::HttpConstraint> &constraints = {},
        const std::string &handlerName = "")
    {
        return *this;
    }

    /// For controllers declared with AutoCreation = false: runs their
    /// initPathRouting(), which makes their method list live.
    template <typename T>
    HttpAppFramework &registerController(const std::shared_ptr<T> &ctrlPtr)
    {
        T::initPathRouting();
        return *this;
    }

    virtual HttpAppFramework &addListener(const std::string &ip, unsigned short port) = 0;
    virtual HttpAppFramework &setThreadNum(size_t threadNum) = 0;
    virtual void run() = 0;
};

inline HttpAppFramework &app()
{
    return HttpAppFramework::instance();
}
}  // namespace drogon
