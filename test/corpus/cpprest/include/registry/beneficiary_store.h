// Beneficiary store of the registry microservice (cpprestsdk).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace registry {

struct Beneficiary {
  std::string reference_id;
  std::string full_name;
  std::string mobile;
  std::string aadhaar;
  std::string vaccination_status;
};

struct Centre {
  std::string centre_name;
  std::string centre_address;
  std::string district;
};

std::vector<Beneficiary> byMobile(const std::string& mobile);
std::optional<Beneficiary> byAadhaar(const std::string& aadhaar);
std::vector<Centre> centresIn(const std::string& district);
bool saveBeneficiary(const Beneficiary& b);

bool verifyOtp(const std::string& mobile, const std::string& otp);
bool verify_token(const std::string& bearer);

} // namespace registry
