// pii-spoofable-allowlist: flags allowlist decisions keyed on a value the
// client controls (a header such as X-Forwarded-For, a query or body
// parameter) instead of the connection's peer address or an authenticated
// identity.
#pragma once

#include "FunctionAnalysis.h"

#include <vector>

namespace pii {

/// Looks at the handler (only Scope within it, when set: one branch of a
/// dispatch function) and the functions it calls in this translation unit.
std::vector<Finding> decideSpoofableAllowlist(const Endpoint &E, const clang::FunctionDecl *Handler,
                                              const clang::Stmt *Scope, AnalysisContext &AC,
                                              const Rule &R);

} // namespace pii
