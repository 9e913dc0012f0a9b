// Identities of findings that survive edits which only move code.
#pragma once

#include "Findings.h"

#include <string>

namespace pii {

/// 16 hex digits from the check, the endpoint ("GET /x"), the handler's
/// qualified name and the categories; for a finding without an endpoint, the
/// message and the file's name. Never from line or column numbers.
std::string fingerprint(const Finding &F);

} // namespace pii
