#pragma once

#include <drogon/drogon_callbacks.h>
#include <json/json.h>
#include <trantor/net/InetAddress.h>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace drogon
{
class HttpRequest
{
  public:
    virtual const std::string &getHeader(std::string key) const = 0;
    virtual const std::string &getParameter(const std::string &key) const = 0;
    virtual const std::string &getPath() const = 0;
    virtual const trantor::InetAddress &peerAddr() const = 0;
    std::string_view getBody() const;
    const std::shared_ptr<Json::Value> &getJsonObject() const;
    virtual ~HttpRequest() = default;
};
}  // namespace drogon
