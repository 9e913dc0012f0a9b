// RUN: %expect-exit 0 %pii-tidy --checks=pii-unguarded-endpoint %s -- -std=c++17 -I%inputs/oatpp > %t.out
// RUN: FileCheck %s --allow-empty --implicit-check-not="{{error|warning|note}}:" < %t.out
// RUN: %pii-tidy --checks=pii-unguarded-endpoint --format=json %s -- -std=c++17 -I%inputs/oatpp | %python -m json.tool | FileCheck %s --check-prefix=CHECK-JSON

// A request interceptor on the connection handler runs before routing and
// lets the request through (returns nullptr) only after the allowlist check.

#include "oatpp/macro/codegen.hpp"
#include "oatpp/web/server/HttpConnectionHandler.hpp"
#include "oatpp/web/server/api/ApiController.hpp"

#include <memory>

bool isWhitelisted(const std::string &caller);
std::string aadhaarOf(const std::string &mobile);

class CallerAllowlist : public oatpp::web::server::interceptor::RequestInterceptor {
public:
  std::shared_ptr<OutgoingResponse> intercept(const std::shared_ptr<IncomingRequest> &request) override {
    if (isWhitelisted(*request->getHeader("X-Caller")))
      return nullptr;
    return rejection();
  }

private:
  std::shared_ptr<OutgoingResponse> rejection();
};

#include OATPP_CODEGEN_BEGIN(ApiController)

class KycController : public oatpp::web::server::api::ApiController {
public:
  explicit KycController(const std::shared_ptr<void> &mapper) : ApiController(mapper) {}

  ENDPOINT("GET", "/kyc", kyc, QUERY(String, mobile)) {
    return createResponse(Status::CODE_200, aadhaarOf(*mobile));
  }
};

#include OATPP_CODEGEN_END(ApiController)

int main() {
  auto router = oatpp::web::server::HttpRouter::createShared();
  router->addController(std::make_shared<KycController>(nullptr));
  auto handler = oatpp::web::server::HttpConnectionHandler::createShared(router);
  handler->addRequestInterceptor(std::make_shared<CallerAllowlist>());
}

// CHECK-JSON:      "callee": "CallerAllowlist",
// CHECK-JSON:      "route": "/kyc",
// CHECK-JSON-NEXT: "verdict": "guarded"
