// RUN: %expect-exit 1 %pii-tidy %s -- -std=c++17 > %t.out
// RUN: FileCheck %s --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: %expect-exit 1 %pii-tidy --inventory %s -- -std=c++17 | FileCheck %s --check-prefix=INVENTORY

// Pistache's Rest::Description builder (Debian's 0.0.5 headers): routes are
// declared as desc.path("/v1").path("/beneficiaries").route(desc.get("/:id"))
// .bind(&C::m, this) and installed with router.initFromDescription(desc).

#include <pistache/description.h>
#include <pistache/endpoint.h>
#include <pistache/router.h>

#include <string>

using namespace Pistache;

struct Beneficiary {
  std::string full_name;
  std::string aadhaar;
};

Beneficiary findBeneficiary(const std::string& id);

class RegistryService {
public:
  void describe(Rest::Description& desc) {
    auto v1 = desc.path("/v1");
    auto beneficiaries = v1.path("/beneficiaries");
    beneficiaries.route(desc.get("/:id"), "One beneficiary")
        .bind(&RegistryService::beneficiary, this);
    desc.route(desc.get("/health")).bind(&RegistryService::health, this);
  }

private:
  void beneficiary(const Rest::Request& req, Http::ResponseWriter response) {
    const Beneficiary b = findBeneficiary(req.param(":id").as<std::string>());
    response.send(Http::Code::Ok, b.aadhaar);
    // CHECK: :[[@LINE-1]]:5: error: endpoint 'GET /v1/beneficiaries/:id' returns personal data (aadhaar) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
  }
  void health(const Rest::Request&, Http::ResponseWriter response) {
    response.send(Http::Code::Ok, "ok");
  }
};

// INVENTORY: | GET | /v1/beneficiaries/:id | pistache | {{.*}}pistache-description.cpp:29 | RegistryService::beneficiary | aadhaar (national_id) | - | **unguarded** |
// INVENTORY: | GET | /health | pistache | {{.*}}pistache-description.cpp:31 | RegistryService::health | - | - | no-personal-data |
