// Vaccination certificate endpoints (cpp-httplib).
//
// Certificates carry the holder's name, date of birth, gender and the doses
// taken, so they are released to the holder (OTP on the registered mobile) or
// to an authenticated officer.

#include "cowin/beneficiary.h"
#include "cowin/http_util.h"
#include "cowin/repository.h"
#include "cowin/security.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <iostream>
#include <string>

namespace certificates {

using namespace cowin;
using nlohmann::json;

namespace {

std::string renderCertificate(const Beneficiary& b) {
  json cert;
  cert["certificate_id"] = "CERT-" + b.beneficiary_reference_id;
  cert["full_name"] = b.full_name;
  cert["date_of_birth"] = b.date_of_birth;
  cert["gender"] = b.gender;
  cert["vaccination_status"] = b.vaccination_status;
  cert["doses"] = b.doses;
  cert["issuer"] = "Ministry of Health and Family Welfare";
  return cert.dump(2);
}

// Confirms the OTP sent to the mobile number given in the request.
bool otpConfirmed(const httplib::Request& req, httplib::Response& res) {
  if (!verifyOtp(req.get_param_value("mobile"), req.get_param_value("otp"))) {
    sendError(res, 401, "OTP did not match");
    return false;
  }
  return true;
}

} // namespace

void registerCertificateRoutes(httplib::Server& server) {
  auto& repo = BeneficiaryRepository::instance();

  // The OTP is "verified" but the answer is never looked at.
  server.Get("/api/v2/certificate", [&repo](const httplib::Request& req, httplib::Response& res) {
    const auto b = repo.findByReferenceId(req.get_param_value("beneficiary_reference_id"));
    if (!b) {
      sendError(res, 404, "not found");
      return;
    }
    verifyOtp(b->mobile, req.get_param_value("otp"));
    logRequest(req, "certificate issued");
    res.set_content(renderCertificate(*b), "application/json");
  });

  // PDF variant: the result is kept in a variable nobody reads.
  server.Get("/api/v2/certificate/pdf", [&repo](const httplib::Request& req, httplib::Response& res) {
    const auto b = repo.findByReferenceId(req.get_param_value("beneficiary_reference_id"));
    if (!b) {
      sendError(res, 404, "not found");
      return;
    }
    bool otpOk = verifyOtp(b->mobile, req.get_header_value("X-OTP"));
    res.set_header("Content-Disposition", "attachment; filename=certificate.json");
    res.set_content(renderCertificate(*b), "application/json");
  });

  // Reissue: the OTP is checked after the certificate has been written into
  // the response, so a failure only changes the status code.
  server.Post("/api/v2/certificate/reissue", [&repo](const httplib::Request& req, httplib::Response& res) {
    const auto b = repo.findByReferenceId(req.get_param_value("beneficiary_reference_id"));
    if (!b) {
      sendError(res, 404, "not found");
      return;
    }
    res.set_content(renderCertificate(*b), "application/json");
    if (!verifyOtp(b->mobile, req.get_param_value("otp"))) {
      res.status = 401;
      logRequest(req, "reissue with a bad OTP");
    }
  });

  // QR verification at airports: only whether the certificate is genuine.
  server.Get("/api/v2/certificate/verify-qr", [&repo](const httplib::Request& req, httplib::Response& res) {
    const auto b = repo.findByReferenceId(req.get_param_value("ref"));
    json out;
    out["valid"] = b.has_value();
    out["doses"] = b ? b->doses.size() : 0;
    sendJson(res, out);
  });

  // The holder's certificates, after the OTP for the same mobile number.
  server.Get("/api/v2/certificate/by-mobile", [&repo](const httplib::Request& req, httplib::Response& res) {
    if (!otpConfirmed(req, res))
      return;
    json certs = json::array();
    for (const auto& b : repo.findByMobile(req.get_param_value("mobile")))
      certs.push_back(json::parse(renderCertificate(b)));
    sendJson(res, certs);
  });

  // Corrections are accepted from the holder (OTP) or from a district
  // office on the allowlist.
  server.Post("/api/v2/certificate/correction", [&repo](const httplib::Request& req, httplib::Response& res) {
    const auto ref = req.get_param_value("beneficiary_reference_id");
    const auto b = repo.findByReferenceId(ref);
    if (!b) {
      sendError(res, 404, "not found");
      return;
    }
    if (!(verifyOtp(b->mobile, req.get_param_value("otp")) || isWhitelisted(req.remote_addr))) {
      sendError(res, 403, "not allowed to correct this certificate");
      return;
    }
    json out;
    out["beneficiary_reference_id"] = ref;
    out["full_name"] = b->full_name;
    out["date_of_birth"] = b->date_of_birth;
    out["correction"] = "queued";
    sendJson(res, out);
  });

  // Officer view, written success-first.
  server.Get("/api/v2/certificate/officer", [&repo](const httplib::Request& req, httplib::Response& res) {
    const std::string token = bearerToken(req);
    if (verify_token(token)) {
      if (const auto b = repo.findByReferenceId(req.get_param_value("ref"))) {
        res.set_content(renderCertificate(*b), "application/json");
        return;
      }
      sendError(res, 404, "not found");
      return;
    }
    sendError(res, 401, "officer login required");
  });

  // E-mail copy: the OTP result is looked at only to log after replying.
  server.Get("/api/v2/certificate/email", [&repo](const httplib::Request& req, httplib::Response& res) {
    const auto b = repo.findByReferenceId(req.get_param_value("ref"));
    if (!b) {
      sendError(res, 404, "not found");
      return;
    }
    const bool verified = verifyOtp(b->getMobile(), req.get_param_value("otp"));
    json out{{"sent_to", b->email}, {"name", b->full_name}};
    sendJson(res, out);
    if (!verified)
      std::clog << "certificate e-mailed without a valid OTP for " << b->referenceId() << '\n';
  });
}

} // namespace certificates

int main() {
  httplib::Server server;
  certificates::registerCertificateRoutes(server);
  server.listen("0.0.0.0", 8083);
}
