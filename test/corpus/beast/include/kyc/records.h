// KYC records of the payments backend.
#pragma once

#include <optional>
#include <string>

namespace kyc {

struct KycRecord {
  std::string kyc_id;
  std::string pan;
  std::string full_name;
  std::string mobile;
  std::string account_number;
  std::string ifsc;
  std::string status;
};

std::optional<KycRecord> byPan(const std::string& pan);
std::optional<KycRecord> byId(const std::string& kycId);

bool verify_token(const std::string& bearer);
bool isWhitelisted(const std::string& ip);

} // namespace kyc
