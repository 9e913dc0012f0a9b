// RUN: %expect-exit 0 %pii-tidy --checks=-*,pii-unguarded-endpoint %s -- -std=c++17 -I%inputs > %t.out
// RUN: FileCheck %s --allow-empty --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning|note}}:" < %t.out

// Names that look personal but are not: a centre's name and address, the
// vaccine, the public helpline and an IP address.

#include "crow.h"

#include <string>
#include <vector>

struct VaccinationCentre {
  std::string centre_name;
  std::string centre_address;
  std::string vaccine_name;
  std::string support_phone;
};

std::vector<VaccinationCentre> centresInDistrict(const std::string& district_id);

int main() {
  crow::SimpleApp app;

  CROW_ROUTE(app, "/api/v2/centres/<string>")
  ([](const std::string& district_id) {
    crow::json::wvalue out;
    unsigned i = 0;
    for (const auto& c : centresInDistrict(district_id)) {
      out[i]["centre_name"] = c.centre_name;
      out[i]["centre_address"] = c.centre_address;
      out[i]["vaccine_name"] = c.vaccine_name;
      out[i]["support_phone"] = c.support_phone;
      ++i;
    }
    return out;
  });

  CROW_ROUTE(app, "/api/v2/about")
  ([](const crow::request& req, crow::response& res) {
    const std::string helpline = "1075";
    crow::json::wvalue about;
    about["helpline"] = helpline;
    about["ip_address"] = req.remote_ip_address;
    res.write(about.dump());
    res.end();
  });

  app.port(18080).run();
}

// CHECK-MESSAGES-NOT: [pii-unguarded-endpoint]
