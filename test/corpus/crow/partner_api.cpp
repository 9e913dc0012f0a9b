// Partner integration API of the state health portal (Crow blueprint).
// Hospitals and state systems are recognised by allowlist.

#include "crow.h"

#include "portal/auth.h"
#include "portal/models.h"
#include "portal/store.h"

#include <stdexcept>
#include <string>

namespace partner {

// Hospitals sit behind their own proxies, so the first hop of
// X-Forwarded-For is taken as the caller when present.
bool partnerAllowed(const crow::request& req) {
  const std::string& xff = req.get_header_value("X-Forwarded-For");
  const std::string ip = xff.empty() ? req.remote_ip_address : xff.substr(0, xff.find(','));
  return portal::isAllowlisted(ip);
}

// Throws unless the socket's peer is an allowlisted partner.
void requirePartner(const crow::request& req) {
  if (!portal::isAllowlisted(req.remote_ip_address))
    throw std::runtime_error("caller is not a registered partner");
}

crow::response forbidden() { return crow::response(403, "partner not recognised"); }

void mount(crow::Blueprint& bp) {
  // Lookup by mobile for partners on the allowlist (peer address), with no
  // consent from the person: the CoWIN pattern.
  CROW_BP_ROUTE(bp, "/beneficiary/<string>")
  ([](const crow::request& req, const std::string& mobileNo) {
    if (!portal::isAllowlisted(req.remote_ip_address))
      return forbidden();
    const auto c = portal::citizenByMobile(mobileNo);
    if (!c)
      return crow::response(404);
    return crow::response(portal::citizenJson(*c));
  });

  // Status by reference id, allowlist keyed on X-Forwarded-For.
  CROW_BP_ROUTE(bp, "/status/<string>")
  ([](const crow::request& req, const std::string& referenceId) {
    if (!portal::isAllowlisted(req.get_header_value("X-Forwarded-For")))
      return forbidden();
    const auto c = portal::citizenByReference(referenceId);
    if (!c)
      return crow::response(404);
    crow::json::wvalue out;
    out["full_name"] = c->fullName;
    out["vaccination_status"] = c->vaccinationStatus;
    return crow::response(out);
  });

  // Aadhaar lookup for hospitals, which send their partner code in a header.
  CROW_BP_ROUTE(bp, "/aadhaar-lookup")
  ([](const crow::request& req) {
    if (!portal::isAllowlisted(req.get_header_value("X-Partner-Code")))
      return forbidden();
    const char* aadhaar = req.url_params.get("aadhaar");
    const auto c = portal::citizenByAadhaar(aadhaar ? aadhaar : "");
    if (!c)
      return crow::response(404);
    crow::json::wvalue out = portal::citizenJson(*c);
    return crow::response(out);
  });

  // Vaccine list for partner apps: public data, no check needed.
  CROW_BP_ROUTE(bp, "/vaccines")
  ([] {
    crow::json::wvalue out;
    unsigned i = 0;
    for (const auto& v : portal::vaccinesInUse())
      out["vaccines"][i++] = v;
    return out;
  });

  // Bulk status upload acknowledgement: peer allowlist and a token.
  CROW_BP_ROUTE(bp, "/bulk/<string>").methods("POST"_method)
  ([](const crow::request& req, const std::string& referenceId) {
    if (!portal::isAllowlisted(req.remote_ip_address) || !portal::checkToken(req.get_header_value("Authorization")))
      return forbidden();
    const auto c = portal::citizenByReference(referenceId);
    if (!c)
      return crow::response(404);
    crow::json::wvalue out;
    out["reference_id"] = referenceId;
    out["mobile"] = c->mobileNumber;
    out["accepted"] = true;
    return crow::response(out);
  });

  // Consent flow: allowlisted partner plus the person's OTP for the same
  // mobile number.
  CROW_BP_ROUTE(bp, "/beneficiary/<string>/consented")
  ([](const crow::request& req, const std::string& mobileNo) {
    if (!portal::isAllowlisted(req.remote_ip_address))
      return forbidden();
    const char* otp = req.url_params.get("otp");
    if (otp == nullptr || !portal::verify_otp(mobileNo, otp))
      return crow::response(401, "consent not given");
    const auto c = portal::citizenByMobile(mobileNo);
    if (!c)
      return crow::response(404);
    return crow::response(portal::citizenJson(*c));
  });

  // Daily report for hospitals; the caller check trusts the forwarded header.
  CROW_BP_ROUTE(bp, "/report/<string>")
  ([](const crow::request& req, const std::string& referenceId) {
    if (!partnerAllowed(req))
      return forbidden();
    const auto c = portal::citizenByReference(referenceId);
    if (!c)
      return crow::response(404);
    crow::json::wvalue out;
    out["full_name"] = c->fullName;
    out["date_of_birth"] = c->dateOfBirth;
    out["email"] = c->emailId;
    return crow::response(out);
  });

  // Discharge summary; requirePartner throws for unknown callers.
  CROW_BP_ROUTE(bp, "/discharge/<string>")
  ([](const crow::request& req, const std::string& referenceId) {
    requirePartner(req);
    const auto c = portal::citizenByReference(referenceId);
    if (!c)
      return crow::response(404);
    crow::json::wvalue out;
    out["full_name"] = c->fullName;
    out["gender"] = c->gender;
    out["date_of_birth"] = c->dateOfBirth;
    return crow::response(out);
  });
}

} // namespace partner

int main() {
  crow::SimpleApp app;
  crow::Blueprint bp("partner/v1");
  partner::mount(bp);
  app.register_blueprint(bp);
  app.port(8443).run();
}
