// SARIF 2.1.0 output for code scanning services.
#pragma once

#include "Report.h"

#include <string>

namespace pii {

struct SarifOptions {
  std::string Root;      // URIs are relative to it; empty: the current directory
  std::string HelpBase;  // prefixed to each check's repository-relative docs page
};

/// The report as a SARIF 2.1.0 log with one run. Written with nlohmann::json
/// rather than clang's SarifDocumentWriter: that needs a live SourceManager
/// and has no relatedLocations, partialFingerprints, properties or
/// notifications.
std::string renderSarif(const Report &R, const Policy &P, const SarifOptions &O);

} // namespace pii
