// Per-translation-unit results on disk, keyed by everything that can change
// them: the compile command, the policy, the pii-tidy version, and the
// contents of every file the translation unit read. A hit parses nothing.
#pragma once

#include "PersonalData.h"

#include "clang/Tooling/CompilationDatabase.h"

#include <atomic>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace pii {

struct CachedUnit {
  std::vector<TranslationUnitResult> Units;
  std::map<std::string, unsigned> ThirdPartyErrors;  // header -> errors ignored
  std::string UsedSummaries;  // other units' summaries the result was decided with
};

class ResultCache {
public:
  /// Dir is created if missing; when it cannot be, the cache is off and
  /// Warning says why. Salt: the policy and version.
  ResultCache(std::string Dir, std::string Salt);
  bool enabled() const { return Enabled; }
  const std::string &warning() const { return Warning; }

  std::string keyFor(const clang::tooling::CompileCommand &Command) const;
  /// The stored result when every input still has the content it had; a
  /// missing, corrupt or foreign entry is a miss.
  std::optional<CachedUnit> lookup(const std::string &Key, bool Counted = true);
  void store(const std::string &Key, const CachedUnit &Unit,
             const std::vector<std::string> &Inputs) const;

  std::atomic<unsigned> Hits{0}, Misses{0};

private:
  std::string entryPath(const std::string &Key) const;
  /// Content hashes, once per file and run: translation units share headers.
  std::optional<std::string> hashOf(const std::string &Path);
  std::mutex HashLock;
  std::map<std::string, std::optional<std::string>> Hashes;
  std::string Dir, Salt, Warning;
  bool Enabled = false;
};

} // namespace pii
