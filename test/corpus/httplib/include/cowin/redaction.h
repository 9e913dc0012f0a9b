// Display forms for values that must not leave the platform in full.
#pragma once

#include <string>

namespace cowin {

inline std::string maskAadhaar(const std::string& aadhaar) {
  if (aadhaar.size() < 4)
    return "XXXX";
  return "XXXX-XXXX-" + aadhaar.substr(aadhaar.size() - 4);
}

inline std::string maskMobile(const std::string& mobile) {
  if (mobile.size() < 2)
    return "**********";
  return std::string(mobile.size() - 2, '*') + mobile.substr(mobile.size() - 2);
}

} // namespace cowin
