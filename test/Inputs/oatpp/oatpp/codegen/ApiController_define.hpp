// Included through OATPP_CODEGEN_BEGIN(ApiController).
#include "./api_controller/base_define.hpp"
#include "./api_controller/auth_define.hpp"
