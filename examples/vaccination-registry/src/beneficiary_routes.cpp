// Endpoints that serve beneficiary records. Each one decides on its own who
// may see a record: the beneficiary (OTP), a partner system (allowlist), or,
// where that decision is missing, anyone.

#include "registry/allowlist.h"
#include "registry/otp.h"
#include "registry/repository.h"
#include "registry/routes.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <iostream>
#include <string>

namespace registry {
namespace {

void log(const httplib::Request& req, const std::string& what) {
  std::clog << "[registry] " << req.method << ' ' << req.path << " from " << req.remote_addr << ": " << what << '\n';
}

void sendError(httplib::Response& res, int status, const std::string& message) {
  res.status = status;
  res.set_content(nlohmann::json{{"error", message}}.dump(), "application/json");
}

std::string renderCertificate(const Beneficiary& b) {
  nlohmann::json cert;
  cert["certificate_id"] = "CERT-" + b.beneficiary_id;
  cert["full_name"] = b.full_name;
  cert["date_of_birth"] = b.date_of_birth;
  cert["gender"] = b.gender;
  cert["vaccination_status"] = toString(b.vaccination_status);
  cert["doses"] = b.doses;
  return cert.dump(2);
}

} // namespace

void registerBeneficiaryRoutes(httplib::Server& svr) {
  // The beneficiary's own view: every person registered under a mobile number,
  // after the OTP sent to that number is confirmed.
  svr.Get("/api/v2/appointment/beneficiaries", [](const httplib::Request& req, httplib::Response& res) {
    const auto mobile = req.get_param_value("mobile");
    if (!verifyOtp(mobile, req.get_header_value("X-OTP"))) {
      log(req, "OTP rejected");
      sendError(res, 401, "invalid or expired OTP");
      return;
    }
    nlohmann::json out;
    out["beneficiaries"] = Repository::instance().findByMobile(mobile);
    res.set_content(out.dump(), "application/json");
  });

  // Partner lookup: trusted callers may fetch a record by mobile number with
  // no OTP. This is the CoWIN pattern; pii-unguarded-endpoint accepts the
  // allowlist, a stricter check can flag it.
  svr.Get("/api/v2/registration/beneficiary", [](const httplib::Request& req, httplib::Response& res) {
    if (!isWhitelisted(req.remote_addr)) {
      log(req, "caller not on the allowlist");
      sendError(res, 403, "forbidden");
      return;
    }
    const auto found = Repository::instance().findByMobile(req.get_param_value("mobile"));
    if (found.empty()) {
      sendError(res, 404, "no beneficiary registered with this number");
      return;
    }
    nlohmann::json out = found.front();
    res.set_content(out.dump(), "application/json");
  });

  // Lookup by Aadhaar number, added "for the helpdesk": no check at all.
  svr.Get("/api/v2/beneficiary/by-aadhaar", [](const httplib::Request& req, httplib::Response& res) {
    const auto aadhaar = req.get_param_value("aadhaar");
    if (aadhaar.size() != 12) {
      sendError(res, 400, "aadhaar must have 12 digits");
      return;
    }
    const auto b = Repository::instance().findByAadhaar(aadhaar);
    if (!b) {
      sendError(res, 404, "not found");
      return;
    }
    log(req, "helpdesk lookup");
    nlohmann::json out;
    out["beneficiary_id"] = b->beneficiary_id;
    out["full_name"] = b->full_name;
    out["mobile"] = b->mobile;
    out["date_of_birth"] = b->date_of_birth;
    res.set_content(out.dump(), "application/json");
  });

  // Vaccination certificate. The OTP is verified but the answer is never
  // looked at, so any OTP (or none) gets the certificate.
  svr.Get("/api/v2/certificate", [](const httplib::Request& req, httplib::Response& res) {
    const auto b = Repository::instance().findById(req.get_param_value("beneficiary_id"));
    if (!b) {
      sendError(res, 404, "not found");
      return;
    }
    verifyOtp(b->mobile, req.get_param_value("otp"));
    log(req, "certificate issued");
    res.set_content(renderCertificate(*b), "application/json");
  });

  // Bulk export for district officials. The allowlist is checked for CSV only;
  // the JSON export skips it.
  svr.Get("/api/v2/admin/export", [](const httplib::Request& req, httplib::Response& res) {
    const auto format = req.has_param("format") ? req.get_param_value("format") : std::string("json");
    const bool csv = format == "csv";
    if (csv) {
      if (!isWhitelisted(req.remote_addr)) {
        sendError(res, 403, "forbidden");
        return;
      }
    }
    std::string table = "full_name,email\n";
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& b : Repository::instance().allBeneficiaries()) {
      if (csv)
        table += b.full_name + "," + b.email + "\n";
      else
        rows.push_back({{"full_name", b.full_name}, {"email", b.email}});
    }
    log(req, "export of all beneficiaries");
    res.set_content(csv ? table : rows.dump(), csv ? "text/csv" : "application/json");
  });
}

} // namespace registry
