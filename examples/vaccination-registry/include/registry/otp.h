// One-time passwords sent to a beneficiary's mobile number. The SMS gateway is
// out of scope: the OTP is kept in memory and logged in debug builds only.
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <random>
#include <string>

namespace registry {

namespace detail {

struct PendingOtp {
  std::string otp;
  std::string txn_id;
  std::chrono::steady_clock::time_point expires;
};

inline std::mutex& otpMutex() {
  static std::mutex mu;
  return mu;
}

inline std::map<std::string, PendingOtp>& pendingOtps() {
  static std::map<std::string, PendingOtp> pending;
  return pending;
}

} // namespace detail

/// Creates an OTP for the mobile number and returns the transaction id the
/// client quotes when confirming it.
inline std::string generateOtp(const std::string& mobile) {
  static std::mt19937 rng{std::random_device{}()};
  std::lock_guard<std::mutex> lock(detail::otpMutex());
  detail::PendingOtp p;
  p.otp = std::to_string(100000 + rng() % 900000);
  p.txn_id = std::to_string(rng());
  p.expires = std::chrono::steady_clock::now() + std::chrono::minutes(3);
  detail::pendingOtps()[mobile] = p;
  return p.txn_id;
}

/// True when the OTP matches the one last sent to the number and has not
/// expired; a verified OTP cannot be used twice.
inline bool verifyOtp(const std::string& mobile, const std::string& otp) {
  std::lock_guard<std::mutex> lock(detail::otpMutex());
  auto it = detail::pendingOtps().find(mobile);
  if (it == detail::pendingOtps().end() || otp.empty())
    return false;
  const bool ok = it->second.otp == otp && std::chrono::steady_clock::now() < it->second.expires;
  if (ok)
    detail::pendingOtps().erase(it);
  return ok;
}

} // namespace registry
