// RUN: %expect-exit 0 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --allow-empty --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning|note}}:" < %t.out

// Names that look personal but are not: a centre's name and address, the
// vaccine, the public helpline and the server's own IP address.

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

struct VaccinationCentre {
  std::string centre_name;
  std::string centre_address;
  std::string vaccine_name;
  std::string support_phone;
};

std::vector<VaccinationCentre> centresInDistrict(const std::string& district_id);

void registerCentres(httplib::Server& svr) {
  svr.Get("/api/v2/centres", [](const httplib::Request& req, httplib::Response& res) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& c : centresInDistrict(req.get_param_value("district_id"))) {
      nlohmann::json centre;
      centre["centre_name"] = c.centre_name;
      centre["centre_address"] = c.centre_address;
      centre["vaccine_name"] = c.vaccine_name;
      centre["support_phone"] = c.support_phone;
      out.push_back(centre);
    }
    res.set_content(out.dump(), "application/json");
  });

  svr.Get("/api/v2/about", [](const httplib::Request& req, httplib::Response& res) {
    const std::string helpline = "1075";
    nlohmann::json about;
    about["helpline"] = helpline;
    about["ip_address"] = req.local_addr;
    res.set_content(about.dump(), "application/json");
  });
}

// CHECK-MESSAGES-NOT: [pii-unguarded-endpoint]
