// pii-unguarded-endpoint: flags endpoints whose response carries personal data
// on a path that passes no guard of a kind the policy requires.
#pragma once

#include "FunctionAnalysis.h"

#include <optional>

namespace pii {

/// The finding for one analysed endpoint, or none when it is clean.
std::optional<Finding> decideUnguardedEndpoint(const Endpoint &E, const HandlerVerdict &V,
                                               const Rule &R);
/// One value per name, the most specific evidence: record types only when no
/// field or key is known; the occurrence in PreferredFile, else the first.
std::vector<PersonalValue> mostSpecific(std::vector<PersonalValue> Values,
                                        const std::string &PreferredFile);
/// "an OTP, allowlist or authentication check" for require_any kinds.
std::string describeGuardKinds(const std::vector<std::string> &Kinds);

} // namespace pii
