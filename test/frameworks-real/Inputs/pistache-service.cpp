#include <pistache/endpoint.h>
#include <pistache/router.h>

#include <string>

using namespace Pistache;

struct Beneficiary {
  std::string mobile;
};

Beneficiary findBeneficiary(const std::string& id);

void beneficiary(const Rest::Request& req, Http::ResponseWriter response) {
  Beneficiary b = findBeneficiary(req.param(":id").as<std::string>());
  response.send(Http::Code::Ok, b.mobile);
}

int main() {
  Rest::Router router;
  Rest::Routes::Get(router, "/beneficiary/:id", Rest::Routes::bind(&beneficiary));
}
