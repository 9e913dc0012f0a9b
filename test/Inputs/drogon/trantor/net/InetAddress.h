// Stand-in for trantor's InetAddress, the peer address of a request.
#pragma once

#include <string>

namespace trantor
{
class InetAddress
{
  public:
    std::string toIp() const;
    std::string toIpPort() const;
    bool isIntranetIp() const;
    bool isLoopbackIp() const;
};
}  // namespace trantor
