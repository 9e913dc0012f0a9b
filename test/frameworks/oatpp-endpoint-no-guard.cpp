// RUN: %expect-exit 1 %pii-tidy --checks=pii-unguarded-endpoint %s -- -std=c++17 -I%inputs/oatpp > %t.out
// RUN: FileCheck %s --check-prefix=CHECK-MESSAGES --implicit-check-not="{{error|warning}}:" < %t.out
// RUN: FileCheck %s --check-prefix=CHECK-NOTES < %t.out

// An oatpp ENDPOINT answers with a DTO filled from a lookup by mobile
// number; the controller's router prefix is part of the route. The health
// endpoint sends no personal data.

#include "oatpp/macro/codegen.hpp"
#include "oatpp/web/server/api/ApiController.hpp"

#include OATPP_CODEGEN_BEGIN(DTO)

class BeneficiaryDto : public oatpp::DTO {
  DTO_INIT(BeneficiaryDto, DTO)
  DTO_FIELD(String, full_name);
  DTO_FIELD(String, aadhaar, "aadhaar_no");
  DTO_FIELD(Int32, doses);
};

#include OATPP_CODEGEN_END(DTO)

struct Record {
  std::string full_name;
  std::string aadhaar;
};
Record findByMobile(const std::string &mobile);

#include OATPP_CODEGEN_BEGIN(ApiController)

class BeneficiaryController : public oatpp::web::server::api::ApiController {
public:
  explicit BeneficiaryController(const std::shared_ptr<void> &mapper)
      : oatpp::web::server::api::ApiController(mapper, "/api/v2") {}

  ENDPOINT("GET", "/beneficiary", getBeneficiary, QUERY(String, mobile)) {
    Record r = findByMobile(*mobile);
    auto dto = BeneficiaryDto::createShared();
    dto->full_name = r.full_name;
    dto->aadhaar = r.aadhaar;
    return createDtoResponse(Status::CODE_200, dto);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: error: endpoint 'GET /api/v2/beneficiary' returns personal data (aadhaar, full_name) without an OTP, allowlist or authentication check [pii-unguarded-endpoint]
  }

  ENDPOINT("GET", "/health", health) {
    return createResponse(Status::CODE_200, "OK");
  }
};

#include OATPP_CODEGEN_END(ApiController)

// CHECK-NOTES: :[[@LINE-11]]:5: error: endpoint 'GET /api/v2/beneficiary'
// CHECK-NOTES: :[[@LINE-17]]:3: note: endpoint registered here
// CHECK-NOTES: :[[@LINE-15]]:10: note: 'full_name' (identity) enters the response here
// CHECK-NOTES: :[[@LINE-15]]:10: note: 'aadhaar' (national_id) enters the response here
