// Included through OATPP_CODEGEN_END(DTO).
#undef DTO_INIT
#undef DTO_FIELD
