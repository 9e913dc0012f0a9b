// Included through OATPP_CODEGEN_BEGIN(DTO).
#include "./dto/base_define.hpp"
