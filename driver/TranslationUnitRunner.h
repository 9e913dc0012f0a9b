// Parses each source file with its compile command and runs the analysis,
// recording files that could not be analysed completely.
#pragma once

#include "Findings.h"
#include "Policy.h"

#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CompilationDatabase.h"

#include <string>
#include <vector>

namespace pii {

struct IncompleteFile {
  std::string File;
  std::string Reason;
};

struct RunResult {
  std::vector<TranslationUnitResult> Units;
  std::vector<IncompleteFile> Incomplete;
};

RunResult runAnalysis(const clang::tooling::CompilationDatabase &DB,
                      const std::vector<std::string> &Sources, const Policy &P,
                      const clang::tooling::ArgumentsAdjuster &Adjuster);

} // namespace pii
