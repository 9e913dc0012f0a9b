// Baselines: the findings a legacy codebase already had, by fingerprint, so
// that CI fails only on new ones.
#pragma once

#include "Findings.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <vector>

namespace pii {

struct BaselineEntry {
  std::string Fingerprint;
  std::string Check;
  std::string Endpoint;
  std::string Handler;
  std::string File;  // relative to the baseline file's directory
};

struct Baseline {
  std::string Path;
  std::vector<BaselineEntry> Entries;
};

/// What applying a baseline did to a run.
struct BaselineUse {
  std::string Path;
  unsigned Matched = 0;
  std::vector<BaselineEntry> Unmatched;
};

/// A baseline of Findings to be written to Path; files are recorded relative
/// to Path's directory.
Baseline makeBaseline(const std::vector<Finding> &Findings, llvm::StringRef Path);
/// One entry as the baseline file and the JSON report write it.
nlohmann::ordered_json toJson(const BaselineEntry &E);
/// The baseline file's JSON (docs/output-formats.md).
std::string renderBaseline(const Baseline &B);
/// Errors name the file, and line:col for malformed JSON.
llvm::Expected<Baseline> loadBaseline(llvm::StringRef Path);
/// Removes the findings the baseline records; each entry absorbs one finding.
/// Entries that absorb none are Unmatched when WasAnalysed(their file's
/// absolute path) says this run could have found them.
BaselineUse applyBaseline(std::vector<Finding> &Findings, const Baseline &B,
                          const std::function<bool(const std::string &)> &WasAnalysed);

} // namespace pii
