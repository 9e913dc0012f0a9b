// Rendering findings for people (clang's diagnostic format) and machines (JSON).
#pragma once

#include "Findings.h"
#include "TranslationUnitRunner.h"

#include <string>
#include <vector>

namespace pii {

/// Everything a run reports, sorted and with duplicates (headers analysed in
/// several translation units) removed.
struct Report {
  std::vector<Finding> Findings;
  std::vector<Endpoint> Endpoints;
  std::vector<IncompleteFile> Incomplete;
};

Report buildReport(RunResult Run, const std::vector<std::string> &CheckGlobs);
/// A path relative to the current directory when it lies below it.
std::string displayPath(const std::string &Path);
std::string renderText(const Report &R);
std::string renderJson(const Report &R);

} // namespace pii
