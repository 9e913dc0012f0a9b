// Health-record routes of the state health portal (Crow). Lab reports,
// prescriptions and diagnoses are released to the patient (OTP) or to a
// clinician with a session.

#include "crow.h"

#include "portal/auth.h"
#include "portal/models.h"
#include "portal/store.h"

#include <iostream>
#include <sstream>
#include <string>

namespace records {

struct ClinicianSession : crow::ILocalMiddleware {
  struct context {
    std::string clinician_id;
  };
  void before_handle(crow::request& req, crow::response& res, context& ctx) {
    const std::string& sessionId = req.get_header_value("X-Session");
    if (!portal::validateSession(sessionId)) {
      res.code = 401;
      res.end("clinician session required");
      return;
    }
    ctx.clinician_id = sessionId;
  }
  void after_handle(crow::request&, crow::response&, context&) {}
};

static std::string reportText(const portal::LabReport& r) {
  std::ostringstream os;
  os << "Report " << r.report_id << "\n"
     << "Patient: " << r.patient_name << "\n"
     << "Test: " << r.test_name << "\n"
     << "Result: " << r.lab_result << "\n";
  return os.str();
}

static std::string mobileOf(const std::string& referenceId) {
  const auto c = portal::citizenByReference(referenceId);
  return c ? c->mobileNumber : std::string();
}

void routes(crow::App<ClinicianSession>& app) {
  // Lab report: the OTP call's answer is thrown away.
  CROW_ROUTE(app, "/records/<string>/lab-report")
  ([](const crow::request& req, const std::string& ref) {
    const char* otp = req.url_params.get("otp");
    portal::verify_otp(mobileOf(ref), otp ? otp : "");
    const auto report = portal::labReport(ref);
    if (!report)
      return crow::response(404);
    return crow::response(200, "text/plain", reportText(*report));
  });

  // Prescription: the session is only checked for requests from the web
  // app; the pharmacy kiosk's requests go straight through.
  CROW_ROUTE(app, "/records/<string>/prescription")
  ([](const crow::request& req, const std::string& ref) {
    if (req.get_header_value("X-Client") == "web") {
      if (!portal::validateSession(req.get_header_value("X-Session")))
        return crow::response(401);
    }
    const auto rx = portal::latestPrescription(ref);
    if (!rx)
      return crow::response(404);
    crow::json::wvalue out;
    out["prescription_id"] = rx->prescription_id;
    out["patient_name"] = rx->patient_name;
    unsigned i = 0;
    for (const auto& m : rx->medicines)
      out["medicines"][i++] = m;
    return crow::response(out);
  });

  // Summary: written and sent, then the token is looked at.
  CROW_ROUTE(app, "/records/<string>/summary")
  ([](const crow::request& req, crow::response& res, const std::string& ref) {
    const auto report = portal::labReport(ref);
    if (!report) {
      res.code = 404;
      res.end();
      return;
    }
    res.write(reportText(*report));
    res.end();
    if (!portal::checkToken(req.get_header_value("Authorization")))
      std::clog << "summary " << ref << " served without a valid token\n";
  });

  // Allergies, for clinicians: the route names the session middleware.
  CROW_ROUTE(app, "/records/<string>/allergies").CROW_MIDDLEWARES(app, ClinicianSession)
  ([](const std::string& ref) {
    crow::json::wvalue out;
    unsigned i = 0;
    for (const auto& a : portal::allergiesOf(ref))
      out["allergies"][i++] = a;
    return out;
  });

  // Blood availability by district: blood banks, not people.
  CROW_ROUTE(app, "/records/blood-banks/<string>")
  ([](const std::string& district) {
    std::vector<crow::json::wvalue> banks;
    for (const auto& b : portal::bloodBanksIn(district)) {
      crow::json::wvalue row;
      row["bank_name"] = b.bank_name;
      row["centre_address"] = b.centre_address;
      row["helpline"] = b.helpline;
      row["blood_group"] = b.blood_group;
      row["units_available"] = b.units_available;
      banks.push_back(std::move(row));
    }
    return crow::json::wvalue(banks);
  });

  // Diagnoses: the session check is stored and never consulted.
  CROW_ROUTE(app, "/records/<string>/diagnosis")
  ([](const crow::request& req, const std::string& ref) {
    const bool sessionValid = portal::validateSession(req.get_header_value("X-Session"));
    crow::json::wvalue out;
    out["reference_id"] = ref;
    unsigned i = 0;
    for (const auto& d : portal::diagnoses(ref))
      out["diagnosis"][i++] = d;
    return crow::response(out);
  });

  // COVID test result for the patient, confirmed by OTP to the registered
  // mobile number.
  CROW_ROUTE(app, "/records/<string>/covid-result")
  ([](const crow::request& req, const std::string& ref) {
    const char* otp = req.url_params.get("otp");
    const bool otpVerified = otp != nullptr && portal::verify_otp(mobileOf(ref), otp);
    if (!otpVerified)
      return crow::response(401, "OTP required");
    crow::json::wvalue out;
    out["reference_id"] = ref;
    out["covid_result"] = portal::covidResult(ref);
    return crow::response(out);
  });
}

} // namespace records

int main() {
  crow::App<records::ClinicianSession> app;
  records::routes(app);
  app.port(8081).run();
}
