// pii-identifier-lookup: flags endpoints that return a record looked up by a
// personal identifier taken from the request (mobile, Aadhaar, ...) unless an
// OTP verified for that same identifier guards the response. This is the
// CoWIN pattern: a caller allowlist does not stop an allowed caller from
// using the endpoint as an oracle for anyone's record.
#pragma once

#include "FunctionAnalysis.h"
#include "frameworks/FrameworkRecognizer.h"

#include <optional>

namespace pii {

/// AC requires the unguarded rule's guard kinds; RuleAC only this rule's
/// (`otp`), to decide whether responses pass an OTP at all. One of each per
/// translation unit, so function summaries are computed once.
std::optional<Finding> decideIdentifierLookup(const RecognizedEndpoint &RE, const Endpoint &E,
                                              const HandlerVerdict &Unguarded,
                                              AnalysisContext &AC, AnalysisContext &RuleAC,
                                              const Rule &R);

} // namespace pii
