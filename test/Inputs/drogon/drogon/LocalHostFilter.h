#pragma once

#include <drogon/HttpFilter.h>

namespace drogon
{
/// Rejects requests from other hosts; named "drogon::LocalHostFilter".
class LocalHostFilter : public HttpFilter<LocalHostFilter>
{
  public:
    void doFilter(const HttpRequestPtr &req,
                  FilterCallback &&fcb,
                  FilterChainCallback &&fccb) override;
};
}  // namespace drogon
