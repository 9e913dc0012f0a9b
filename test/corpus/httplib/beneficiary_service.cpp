// Beneficiary endpoints of the registration service (cpp-httplib).
//
// The citizen app and partner portals call these to find and show a person's
// registration. Each handler decides on its own who may see a record.

#include "cowin/beneficiary.h"
#include "cowin/http_util.h"
#include "cowin/redaction.h"
#include "cowin/repository.h"
#include "cowin/security.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <string>

using nlohmann::json;

namespace cowin {
namespace {

// True when the bearer token names a live session; writes 401 otherwise.
bool requireSession(const httplib::Request& req, httplib::Response& res, Session& out) {
  auto session = validateSession(bearerToken(req));
  if (!session) {
    sendError(res, 401, "session expired, please log in again");
    return false;
  }
  out = *session;
  return true;
}

json beneficiaryCard(const Beneficiary& b) {
  json card;
  card["beneficiary_reference_id"] = b.beneficiary_reference_id;
  card["name"] = b.getFullName();
  card["vaccination_status"] = b.vaccination_status;
  card["doses"] = b.doses;
  return card;
}

} // namespace

void registerBeneficiaryRoutes(httplib::Server& server) {
  auto& repo = BeneficiaryRepository::instance();

  // The citizen's own list: everyone registered under a mobile number, after
  // the OTP sent to that number is confirmed.
  server.Get("/api/v2/appointment/beneficiaries", [&repo](const httplib::Request& req, httplib::Response& res) {
    const std::string mobile = req.get_param_value("mobile");
    const std::string otp = req.get_header_value("X-OTP");
    if (mobile.empty() || otp.empty()) {
      sendError(res, 400, "mobile and OTP are required");
      return;
    }
    if (!verifyOtp(mobile, otp)) {
      logRequest(req, "OTP rejected");
      sendError(res, 401, "invalid or expired OTP");
      return;
    }
    json out;
    out["beneficiaries"] = repo.findByMobile(mobile);
    sendJson(res, out);
  });

  // Partner lookup by mobile number: state portals on the allowlist get the
  // full record without any OTP from the person.
  server.Get("/api/v2/registration/beneficiary", [&repo](const httplib::Request& req, httplib::Response& res) {
    if (!isWhitelisted(req.remote_addr)) {
      logRequest(req, "caller not on the allowlist");
      sendError(res, 403, "forbidden");
      return;
    }
    const auto found = repo.findByMobile(req.get_param_value("mobile"));
    if (found.empty()) {
      sendError(res, 404, "no beneficiary registered with this number");
      return;
    }
    json out = found.front();
    res.set_content(out.dump(), "application/json");
  });

  // Added "for the helpdesk" during the second wave.
  server.Get("/api/v2/beneficiary/by-aadhaar", [&repo](const httplib::Request& req, httplib::Response& res) {
    const auto aadhaar = req.get_param_value("aadhaar");
    if (aadhaar.size() != 12) {
      sendError(res, 400, "aadhaar must have 12 digits");
      return;
    }
    const auto b = repo.findByAadhaar(aadhaar);
    if (!b) {
      sendError(res, 404, "not found");
      return;
    }
    logRequest(req, "helpdesk lookup " + b->referenceId());
    json out;
    out["beneficiary_reference_id"] = b->beneficiary_reference_id;
    out["full_name"] = b->full_name;
    out["mobile"] = b->mobile;
    out["date_of_birth"] = b->date_of_birth;
    res.set_content(out.dump(), "application/json");
  });

  // Confirmation screen after registration: only masked identifiers.
  server.Get("/api/v2/beneficiary/summary", [&repo](const httplib::Request& req, httplib::Response& res) {
    const auto b = repo.findByReferenceId(req.get_param_value("ref"));
    if (!b) {
      sendError(res, 404, "unknown reference id");
      return;
    }
    json out{{"beneficiary_reference_id", b->beneficiary_reference_id},
             {"aadhaar", maskAadhaar(b->aadhaar_number)},
             {"mobile", maskMobile(b->mobile)},
             {"doses_taken", b->doses.size()}};
    sendJson(res, out);
  });

  // Change of e-mail address by the logged-in citizen.
  server.Post("/api/v2/beneficiary/email", [&repo](const httplib::Request& req, httplib::Response& res) {
    if (!verify_token(bearerToken(req))) {
      sendError(res, 401, "unauthenticated");
      return;
    }
    const auto body = json::parse(req.body, nullptr, false);
    if (body.is_discarded() || !body.contains("email")) {
      sendError(res, 400, "email is required");
      return;
    }
    const std::string ref = body.value("beneficiary_reference_id", "");
    const std::string email = body.value("email", "");
    repo.updateEmail(ref, email);
    sendJson(res, json{{"beneficiary_reference_id", ref}, {"email", email}, {"updated", true}});
  });

  // The logged-in citizen's card.
  server.Get("/api/v2/beneficiary/card", [&repo](const httplib::Request& req, httplib::Response& res) {
    Session session;
    if (!requireSession(req, res, session))
      return;
    const auto b = repo.findByReferenceId(session.user_id);
    if (!b) {
      sendError(res, 404, "no registration for this account");
      return;
    }
    sendJson(res, beneficiaryCard(*b));
  });

  // Public dashboard figure.
  server.Get("/api/v2/district/beneficiaries/count", [&repo](const httplib::Request& req, httplib::Response& res) {
    const auto district = req.get_param_value("district_id");
    json out;
    out["district_id"] = district;
    out["registered"] = repo.countByDistrict(district);
    out["beneficiaries"] = repo.findByDistrict(district).size();
    sendJson(res, out);
  });

  // Download of every person registered under a mobile number. The OTP is
  // confirmed for the transaction, but the lookup uses the mobile number the
  // client sends, not the one the OTP was sent to.
  server.Get("/api/v2/beneficiary/download", [&repo](const httplib::Request& req, httplib::Response& res) {
    const auto txnId = req.get_param_value("txnId");
    if (!OtpService::instance().verify(txnId, req.get_param_value("otp"))) {
      sendError(res, 401, "invalid OTP");
      return;
    }
    json out = json::array();
    for (const auto& b : repo.findByMobile(req.get_param_value("mobile")))
      out.push_back(b);
    sendJson(res, out);
  });

  // Same download, done right: the mobile number comes from the confirmed
  // OTP transaction.
  server.Get("/api/v3/beneficiary/download", [&repo](const httplib::Request& req, httplib::Response& res) {
    const auto txnId = req.get_param_value("txnId");
    auto& otpService = OtpService::instance();
    if (!otpService.verify(txnId, req.get_param_value("otp"))) {
      sendError(res, 401, "invalid OTP");
      return;
    }
    const std::string mobile = otpService.mobileForTxn(txnId);
    json out = json::array();
    for (const auto& b : repo.findByMobile(mobile))
      out.push_back(b);
    sendJson(res, out);
  });
}

} // namespace cowin

int main() {
  httplib::Server server;
  cowin::registerBeneficiaryRoutes(server);
  server.listen("0.0.0.0", 8080);
}
