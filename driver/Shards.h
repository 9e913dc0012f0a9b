// Sharding a run over machines: `--shard=K/N` analyses a deterministic 1/N
// of the translation units and writes their facts (results, exported
// summaries, the summaries each file was decided with, compile commands);
// `--merge` reads the facts of all shards, decides again the files whose
// callees live in other shards, and reports as one run would.
#pragma once

#include "TranslationUnitRunner.h"

#include "llvm/Support/Error.h"

#include <map>
#include <string>
#include <vector>

namespace pii {

struct ShardSpec {
  unsigned Index = 1, Count = 1;  // "K/N": shard K (1-based) of N
};

llvm::Expected<ShardSpec> parseShard(llvm::StringRef Spec);
/// The files of shard K: every N-th of the sorted list, from the K-th.
std::vector<std::string> selectShard(std::vector<std::string> Files, ShardSpec S);
/// Facts of one shard, tied to the pii-tidy version and the policy (its hash).
std::string renderFacts(const std::vector<SourceOutcome> &Outcomes, llvm::StringRef PolicyHash);
/// Concatenates the facts of several shards in source order; facts of
/// another pii-tidy version, of another policy, or unreadable are an error
/// naming the file.
llvm::Expected<std::vector<SourceOutcome>> loadFacts(const std::vector<std::string> &Paths,
                                                     llvm::StringRef PolicyHash);

/// The compile commands the shards recorded, to decide files again at merge.
class RecordedCommands : public clang::tooling::CompilationDatabase {
public:
  explicit RecordedCommands(const std::vector<SourceOutcome> &Outcomes);
  std::vector<clang::tooling::CompileCommand> getCompileCommands(llvm::StringRef File) const override;
  std::vector<std::string> getAllFiles() const override;

private:
  std::map<std::string, std::vector<clang::tooling::CompileCommand>> Commands;
};

} // namespace pii
