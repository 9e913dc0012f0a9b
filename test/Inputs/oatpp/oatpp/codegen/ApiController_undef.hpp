// Included through OATPP_CODEGEN_END(ApiController).
#undef ENDPOINT
#undef ENDPOINT_INTERCEPTOR
#undef REQUEST
#undef HEADER
#undef PATH
#undef QUERY
#undef BODY_STRING
#undef BODY_DTO
#undef AUTHORIZATION
