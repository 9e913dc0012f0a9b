// vaccination-registry: a small CoWIN-like registry service on cpp-httplib.
// This file starts the server and serves the public endpoints (centres and
// the OTP flow); beneficiary records are served by beneficiary_routes.cpp.

#include "registry/otp.h"
#include "registry/repository.h"
#include "registry/routes.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <iostream>
#include <string>

namespace {

void seed(registry::Repository& repo) {
  repo.add(registry::VaccinationCentre{"C-101", "PHC Koramangala", "80 Feet Road, Koramangala, Bengaluru",
                                       "Bengaluru Urban", "COVISHIELD", "080-1075", 120});
  repo.add(registry::VaccinationCentre{"C-102", "Urban Health Centre Jayanagar", "11th Main, Jayanagar 4th Block",
                                       "Bengaluru Urban", "COVAXIN", "080-1075", 80});
  registry::Beneficiary b;
  b.beneficiary_id = "71829304857261";
  b.full_name = "Test Beneficiary";
  b.mobile = "9000000001";
  b.email = "test.beneficiary@example.in";
  b.aadhaar_number = "999941057058";
  b.date_of_birth = "1980-01-01";
  b.gender = "F";
  b.vaccination_status = registry::VaccinationStatus::PartiallyVaccinated;
  b.doses.push_back(registry::Dose{1, "2021-06-01", "COVISHIELD", "C-101"});
  repo.add(b);
}

bool isValidMobile(const std::string& number) {
  return number.size() == 10 && number.find_first_not_of("0123456789") == std::string::npos;
}

void registerPublicRoutes(httplib::Server& svr) {
  // Centres near the caller: public information only.
  svr.Get("/api/v2/centres", [](const httplib::Request& req, httplib::Response& res) {
    const auto district = req.get_param_value("district");
    nlohmann::json centres = nlohmann::json::array();
    for (const auto& c : registry::Repository::instance().centresInDistrict(district)) {
      nlohmann::json centre;
      centre["centre_id"] = c.centre_id;
      centre["centre_name"] = c.centre_name;
      centre["centre_address"] = c.centre_address;
      centre["vaccine_name"] = c.vaccine_name;
      centre["available_capacity"] = c.available_capacity;
      centre["support_phone"] = c.support_phone;
      centres.push_back(centre);
    }
    res.set_content(nlohmann::json{{"centres", centres}}.dump(), "application/json");
  });

  // Sends an OTP to the number; answers with the transaction id only (the
  // number is not echoed back).
  svr.Post("/api/v2/auth/generateOTP", [](const httplib::Request& req, httplib::Response& res) {
    const auto body = nlohmann::json::parse(req.body, nullptr, false);
    if (body.is_discarded() || !body.contains("mobile") || !isValidMobile(body.value("mobile", ""))) {
      res.status = 400;
      res.set_content(R"({"error":"a 10-digit mobile number is required"})", "application/json");
      return;
    }
    const auto txn = registry::generateOtp(body.value("mobile", ""));
    std::clog << "[registry] OTP generated, txn " << txn << '\n';
    res.set_content(nlohmann::json{{"txnId", txn}}.dump(), "application/json");
  });

  // Confirms an OTP; answers whether it was accepted.
  svr.Post("/api/v2/auth/confirmOTP", [](const httplib::Request& req, httplib::Response& res) {
    const auto body = nlohmann::json::parse(req.body, nullptr, false);
    if (body.is_discarded()) {
      res.status = 400;
      return;
    }
    const bool ok = registry::verifyOtp(body.value("mobile", ""), body.value("otp", ""));
    res.status = ok ? 200 : 401;
    res.set_content(nlohmann::json{{"verified", ok}}.dump(), "application/json");
  });
}

} // namespace

int main(int argc, char** argv) {
  const int port = argc > 1 ? std::atoi(argv[1]) : 8080;
  seed(registry::Repository::instance());

  httplib::Server svr;
  registerPublicRoutes(svr);
  registry::registerBeneficiaryRoutes(svr);

  std::clog << "[registry] listening on port " << port << '\n';
  return svr.listen("0.0.0.0", port) ? EXIT_SUCCESS : EXIT_FAILURE;
}
