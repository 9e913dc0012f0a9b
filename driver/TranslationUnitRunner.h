// Parses each source file with its compile command and runs the analysis,
// recording files that could not be analysed completely.
#pragma once

#include "PersonalData.h"
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

class ResultCache;

struct RunOptions {
  unsigned Jobs = 0;            // parallel translation units; 0: one per core
  bool Quiet = false;           // no progress line
  ResultCache *Cache = nullptr; // reuse results of unchanged translation units
};

/// Analyses every source, Options.Jobs at a time; results, compiler errors
/// and warnings come out in source order whatever the parallelism.
RunResult runAnalysis(const clang::tooling::CompilationDatabase &DB,
                      const std::vector<std::string> &Sources, const Policy &P,
                      const clang::tooling::ArgumentsAdjuster &Adjuster,
                      const RunOptions &Options);

} // namespace pii
