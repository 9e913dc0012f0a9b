// Citizen-facing routes of the state health portal (Crow).

#include "crow.h"

#include "portal/auth.h"
#include "portal/masking.h"
#include "portal/models.h"
#include "portal/store.h"

#include <iostream>
#include <string>

namespace {

crow::response jsonError(int code, const std::string& message) {
  crow::json::wvalue body;
  body["error"] = message;
  return crow::response(code, body);
}

bool hasValidToken(const crow::request& req) {
  const std::string& authorization = req.get_header_value("Authorization");
  return !authorization.empty() && portal::checkToken(authorization);
}

void logLookup(const crow::request& req, const std::string& kind) {
  std::clog << "lookup " << kind << " from " << req.remote_ip_address << "\n";
}

} // namespace

int main() {
  crow::SimpleApp app;

  // Old app version: the number in the path is all it takes.
  CROW_ROUTE(app, "/api/citizen/<string>")
  ([](const crow::request& req, const std::string& mobile) {
    logLookup(req, "mobile");
    const auto citizen = portal::citizenByMobile(mobile);
    if (!citizen)
      return jsonError(404, "no citizen registered with this number");
    return crow::response(portal::citizenJson(*citizen));
  });

  // New app version: mobile and OTP in the body, verified together.
  CROW_ROUTE(app, "/api/citizen/fetch").methods("POST"_method)
  ([](const crow::request& req) {
    const auto body = crow::json::load(req.body);
    if (!body || !body.has("mobile") || !body.has("otp"))
      return jsonError(400, "mobile and otp are required");
    const std::string mobile = body["mobile"].s();
    if (!portal::verify_otp(mobile, body["otp"].s()))
      return jsonError(401, "OTP verification failed");
    const auto citizen = portal::citizenByMobile(mobile);
    if (!citizen)
      return jsonError(404, "not registered");
    return crow::response(portal::citizenJson(*citizen));
  });

  // The logged-in citizen's profile.
  CROW_ROUTE(app, "/api/citizen/profile")
  ([](const crow::request& req) {
    if (!hasValidToken(req))
      return jsonError(401, "login required");
    const char* ref = req.url_params.get("reference_id");
    const auto citizen = portal::citizenByReference(ref ? ref : "");
    if (!citizen)
      return jsonError(404, "not found");
    crow::json::wvalue out = portal::citizenJson(*citizen);
    out["aadhaar"] = portal::maskAadhaar(citizen->aadhaarNo);
    return crow::response(out);
  });

  // Registration confirmation shown on the kiosk: masked only.
  CROW_ROUTE(app, "/api/citizen/<string>/confirmation")
  ([](const std::string& referenceId) {
    const auto citizen = portal::citizenByReference(referenceId);
    if (!citizen)
      return jsonError(404, "not found");
    crow::json::wvalue out;
    out["reference_id"] = citizen->referenceId;
    out["aadhaar"] = portal::maskAadhaar(citizen->aadhaarNo);
    out["email"] = portal::redactEmail(citizen->emailId);
    out["doses_recorded"] = citizen->doses.size();
    return crow::response(out);
  });

  // Vaccination history for the certificate page, by reference id.
  CROW_ROUTE(app, "/api/citizen/<string>/doses")
  ([](const std::string& referenceId) {
    const auto citizen = portal::citizenByReference(referenceId);
    if (!citizen)
      return jsonError(404, "not found");
    std::vector<crow::json::wvalue> doses;
    for (const auto& d : citizen->doses)
      doses.push_back(portal::doseJson(d));
    crow::json::wvalue out;
    out["name"] = citizen->fullName;
    out["vaccination_status"] = citizen->vaccinationStatus;
    out["doses"] = doses;
    return crow::response(out);
  });

  // Centres near a pincode, with their addresses and helplines.
  CROW_ROUTE(app, "/api/centres/near/<string>")
  ([](const std::string& pincode) {
    crow::json::wvalue out;
    out["pincode"] = pincode;
    out["vaccines"] = crow::json::wvalue(std::vector<crow::json::wvalue>{});
    unsigned i = 0;
    for (const auto& v : portal::vaccinesInUse())
      out["vaccines"][i++] = v;
    out["helpline"] = "104";
    return out;
  });

  // Self-registration: returns the new reference id only.
  CROW_ROUTE(app, "/api/citizen/register").methods("POST"_method)
  ([](const crow::request& req) {
    const auto body = crow::json::load(req.body);
    if (!body)
      return jsonError(400, "invalid body");
    const std::string ref = portal::registerCitizen(body["full_name"].s(), body["mobile"].s());
    crow::json::wvalue out;
    out["reference_id"] = ref;
    out["status"] = "REGISTERED";
    return crow::response(201, out);
  });

  // Lookup by Aadhaar for the assisted-registration desk; the person
  // confirms with the OTP sent to the mobile number linked to that Aadhaar.
  CROW_ROUTE(app, "/api/citizen/by-aadhaar")
  ([](const crow::request& req, crow::response& res) {
    const char* aadhaar = req.url_params.get("aadhaar");
    const char* otp = req.url_params.get("otp");
    if (aadhaar == nullptr || otp == nullptr) {
      res.code = 400;
      res.end();
      return;
    }
    const auto citizen = portal::citizenByAadhaar(aadhaar);
    if (!citizen || !portal::verify_otp(citizen->mobileNumber, otp)) {
      res.code = 401;
      res.end("not verified");
      return;
    }
    res.set_header("Content-Type", "application/json");
    res.write(portal::citizenJson(*citizen).dump());
    res.end();
  });

  app.port(8080).multithreaded().run();
}
