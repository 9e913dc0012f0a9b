// Guards provided by the platform's security library (declared here, defined
// in libsecurity). Their names follow the platform's conventions.
#pragma once

#include <optional>
#include <string>

namespace cowin {

// OTP sent by SMS to a mobile number, confirmed by the transaction id.
bool verifyOtp(const std::string& mobile, const std::string& otp);

class OtpService {
public:
  static OtpService& instance();
  bool verify(const std::string& txnId, const std::string& otp) const;
  std::string mobileForTxn(const std::string& txnId) const;
};

// Partner systems (state portals, hospital HIS) allowed to call the
// integration APIs, keyed by their IP address.
bool isWhitelisted(const std::string& ip);

class PartnerAllowlist {
public:
  static PartnerAllowlist& instance();
  bool contains(const std::string& callerIp) const;
};

// Bearer tokens issued by the identity service.
struct Session {
  std::string user_id;
  std::string role;
};

bool verify_token(const std::string& bearer);
std::optional<Session> validateSession(const std::string& bearer);
bool hasRole(const Session& session, const std::string& role);

} // namespace cowin
