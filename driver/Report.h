// Rendering findings for people (clang's diagnostic format) and machines (JSON).
#pragma once

#include "Baseline.h"
#include "Findings.h"
#include "TranslationUnitRunner.h"

#include <optional>
#include <string>
#include <vector>

namespace pii {

/// Everything a run reports, sorted and with duplicates (headers analysed in
/// several translation units) removed.
struct Report {
  std::vector<Finding> Findings;
  std::vector<Endpoint> Endpoints;
  std::vector<IncompleteFile> Incomplete;
  std::optional<BaselineUse> BaselineApplied;  // set by --baseline
};

Report buildReport(RunResult Run, const std::vector<std::string> &CheckGlobs);
/// The endpoint a finding is about, or nullptr.
const Endpoint *findEndpoint(const Report &R, const Finding &F);
/// A path relative to the current directory when it lies below it.
std::string displayPath(const std::string &Path);
std::string renderText(const Report &R);
std::string renderJson(const Report &R);

} // namespace pii
