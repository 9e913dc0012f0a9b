// Parses each source file with its compile command and runs the analysis,
// recording files that could not be analysed completely; then the link step
// decides again the files whose callees in other files say more than was
// known when they were first decided.
#pragma once

#include "PersonalData.h"
#include "Policy.h"

#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CompilationDatabase.h"

#include <map>
#include <optional>
#include <set>
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

/// Everything one source yields, kept apart per source so that a shard can
/// write it and a merge can decide the source again.
struct SourceOutcome {
  std::string File;
  std::vector<clang::tooling::CompileCommand> Commands;  // as the database gave them
  std::vector<TranslationUnitResult> Units;               // one per command that ran
  std::optional<IncompleteFile> Incomplete;
  std::map<std::string, unsigned> ThirdPartyErrors;  // header -> errors ignored
  std::string CompilerErrors;  // clang's text, printed once the run is over
  std::string UsedSummaries;   // other files' summaries it was decided with
};

class ResultCache;

struct RunOptions {
  unsigned Jobs = 0;            // parallel translation units; 0: one per core
  bool Quiet = false;           // no progress line
  ResultCache *Cache = nullptr; // reuse results of unchanged translation units
  /// Other files of the compilation database: the summaries they export are
  /// taken from the cache when it holds them, and nothing of them is parsed
  /// (a pre-commit run over the changed files still links to the rest).
  std::vector<std::string> SummariesFrom;
};

/// Analyses and links every source, Options.Jobs at a time; outcomes come
/// out in source order whatever the parallelism.
std::vector<SourceOutcome> analyzeSources(const clang::tooling::CompilationDatabase &DB,
                                          const std::vector<std::string> &Sources,
                                          const Policy &P,
                                          const clang::tooling::ArgumentsAdjuster &Adjuster,
                                          const RunOptions &Options);

/// The link step over outcomes decided apart (shards): decides again, with
/// every outcome's exported summaries, each source whose used summaries
/// differ from them; only the sources in Only, when given. Returns how many
/// sources were decided again.
unsigned linkOutcomes(const clang::tooling::CompilationDatabase &DB,
                      std::vector<SourceOutcome> &Outcomes, const Policy &P,
                      const clang::tooling::ArgumentsAdjuster &Adjuster, const RunOptions &Options,
                      const std::set<std::string> *Only = nullptr);

/// The sources (in outcome order) whose callees' summaries, as every outcome
/// exports them, differ from those they were decided with.
std::vector<std::string> sourcesToDecideAgain(const std::vector<SourceOutcome> &Outcomes);

/// Prints the compiler errors and ignored third-party errors of the
/// outcomes, and gathers their results in source order.
RunResult collectResults(std::vector<SourceOutcome> Outcomes);

} // namespace pii
