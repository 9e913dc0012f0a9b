// Guards of the portal's security module (libportal-security).
#pragma once

#include <string>

namespace portal {

bool verify_otp(const std::string& mobile, const std::string& otp);
bool checkToken(const std::string& authorizationHeader);
bool validateSession(const std::string& sessionId);
bool isAllowlisted(const std::string& callerIp);

} // namespace portal
