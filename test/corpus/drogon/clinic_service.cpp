// Clinic service of the district hospital (Drogon): patient lookups for the
// front desk, discharge papers, lab results and the visitor log.

#include "clinic/patient.h"

#include <drogon/drogon.h>
#include <drogon/IntranetIpFilter.h>

#include <iostream>
#include <string>

using namespace drogon;

namespace clinic {

// Staff terminals carry a bearer token issued at login.
class StaffTokenFilter : public HttpFilter<StaffTokenFilter> {
public:
  void doFilter(const HttpRequestPtr& req, FilterCallback&& fcb, FilterChainCallback&& fccb) override {
    const std::string& token = req->getHeader("Authorization");
    if (token.empty() || !verify_token(token)) {
      fcb(HttpResponse::newHttpResponse(k401Unauthorized, CT_TEXT_PLAIN));
      return;
    }
    fccb();
  }
};

class Patients : public HttpController<Patients> {
public:
  METHOD_LIST_BEGIN
  ADD_METHOD_TO(Patients::byMobile, "/api/v1/patients/by-mobile", Get, "drogon::IntranetIpFilter");
  ADD_METHOD_TO(Patients::getOne, "/api/v1/patients/record", Get, "clinic::StaffTokenFilter");
  ADD_METHOD_TO(Patients::discharge, "/api/v1/patients/discharge", Get);
  ADD_METHOD_TO(Patients::wards, "/api/v1/wards", Get);
  METHOD_LIST_END

  // Front desk search by mobile number, limited to the hospital intranet.
  void byMobile(const HttpRequestPtr& req, std::function<void(const HttpResponsePtr&)>&& callback) {
    Json::Value out;
    int i = 0;
    for (const auto& p : patientsByMobile(req->getParameter("mobile")))
      out["patients"][i++] = toJson(p);
    callback(HttpResponse::newHttpJsonResponse(out));
  }

  void getOne(const HttpRequestPtr& req, std::function<void(const HttpResponsePtr&)>&& callback) {
    auto patient = patientById(req->getParameter("patient_id"));
    if (!patient) {
      callback(HttpResponse::newHttpResponse(k404NotFound, CT_TEXT_PLAIN));
      return;
    }
    Json::Value out = toJson(*patient);
    out["diagnosis"] = patient->diagnosis;
    callback(HttpResponse::newHttpJsonResponse(out));
  }

  // Discharge papers for the patient's family, printed at the counter.
  void discharge(const HttpRequestPtr& req, std::function<void(const HttpResponsePtr&)>&& callback) {
    auto patient = patientById(req->getParameter("patient_id"));
    if (!patient) {
      callback(HttpResponse::newHttpResponse(k404NotFound, CT_TEXT_PLAIN));
      return;
    }
    auto resp = HttpResponse::newHttpResponse(k200OK, CT_TEXT_PLAIN);
    resp->setBody("Patient: " + patient->patient_name + "\nDiagnosis: " + patient->diagnosis + "\nWard: " +
                  patient->ward + "\n");
    callback(resp);
  }

  void wards(const HttpRequestPtr&, std::function<void(const HttpResponsePtr&)>&& callback) {
    Json::Value out;
    int i = 0;
    for (const auto& w : allWards()) {
      out["wards"][i]["ward_name"] = w.ward_name;
      out["wards"][i]["free_beds"] = w.free_beds;
      ++i;
    }
    callback(HttpResponse::newHttpJsonResponse(out));
  }
};

} // namespace clinic

// Lab results: the OTP check runs after the result has been handed to the
// callback.
void labResult(const HttpRequestPtr& req, std::function<void(const HttpResponsePtr&)>&& callback) {
  auto patient = clinic::patientById(req->getParameter("patient_id"));
  if (!patient) {
    callback(HttpResponse::newHttpResponse(k404NotFound, CT_TEXT_PLAIN));
    return;
  }
  Json::Value out = clinic::toJson(*patient);
  callback(HttpResponse::newHttpJsonResponse(out));
  if (!clinic::verifyOtp(patient->mobile, req->getParameter("otp")))
    std::cerr << "lab result served without OTP for " << patient->patient_id << "\n";
}

// Visitor log for security staff, allowlisted on the forwarded address.
void visitors(const HttpRequestPtr& req, std::function<void(const HttpResponsePtr&)>&& callback) {
  if (!clinic::isWhitelisted(req->getHeader("X-Forwarded-For"))) {
    callback(HttpResponse::newHttpResponse(k403Forbidden, CT_TEXT_PLAIN));
    return;
  }
  auto patient = clinic::patientById(req->getParameter("patient_id"));
  Json::Value out;
  out["patient_name"] = patient ? patient->patient_name : std::string();
  int i = 0;
  for (const auto& v : clinic::visitorLog(req->getParameter("patient_id")))
    out["visitors"][i++] = v;
  callback(HttpResponse::newHttpJsonResponse(out));
}

int main() {
  app().registerHandler("/api/v1/lab/result", &labResult, {Get});
  app().registerHandler("/api/v1/visitors", &visitors, {Get});
  app().addListener("0.0.0.0", 8090).run();
}
