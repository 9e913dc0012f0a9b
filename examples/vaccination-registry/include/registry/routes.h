// Route registration, one function per source file.
#pragma once

#include <httplib.h>

namespace registry {

/// The endpoints that serve beneficiary records (src/beneficiary_routes.cpp).
void registerBeneficiaryRoutes(httplib::Server& svr);

} // namespace registry
