#pragma once

#include <drogon/HttpFilter.h>

namespace drogon
{
/// Rejects requests from outside the intranet; named "drogon::IntranetIpFilter".
class IntranetIpFilter : public HttpFilter<IntranetIpFilter>
{
  public:
    void doFilter(const HttpRequestPtr &req,
                  FilterCallback &&fcb,
                  FilterChainCallback &&fccb) override;
};
}  // namespace drogon
