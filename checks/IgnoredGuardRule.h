// pii-ignored-guard: flags guard calls whose result decides nothing
// (discarded, stored and never checked, or checked only after the response).
#pragma once

#include "FunctionAnalysis.h"

#include <vector>

namespace pii {

std::vector<Finding> decideIgnoredGuards(const Endpoint &E, const HandlerVerdict &V,
                                         const Rule &R);

} // namespace pii
