#pragma once

#include <string>

namespace portal {

inline std::string maskAadhaar(const std::string& aadhaar) {
  return aadhaar.size() > 4 ? "XXXXXXXX" + aadhaar.substr(aadhaar.size() - 4) : std::string("XXXX");
}

inline std::string redactEmail(const std::string& email) {
  const auto at = email.find('@');
  return at == std::string::npos ? std::string("***") : email.substr(0, 1) + "***" + email.substr(at);
}

} // namespace portal
