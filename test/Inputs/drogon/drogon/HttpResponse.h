#pragma once

#include <drogon/drogon_callbacks.h>
#include <json/json.h>
#include <memory>
#include <string>

namespace drogon
{
class HttpResponse
{
  public:
    virtual void setStatusCode(HttpStatusCode code) = 0;
    virtual void setContentTypeCode(ContentType type) = 0;
    virtual void setBody(const std::string &body) = 0;
    virtual void setBody(std::string &&body) = 0;
    virtual void addHeader(const std::string &key, const std::string &value) = 0;
    virtual ~HttpResponse() = default;

    static HttpResponsePtr newHttpResponse();
    static HttpResponsePtr newHttpResponse(HttpStatusCode code, ContentType type);
    static HttpResponsePtr newNotFoundResponse();
    static HttpResponsePtr newHttpJsonResponse(const Json::Value &data);
    static HttpResponsePtr newHttpJsonResponse(Json::Value &&data);
    static HttpResponsePtr newRedirectionResponse(const std::string &location);
};
}  // namespace drogon
