// Sharding a run over machines: `--shard=K/N` analyses a deterministic 1/N
// of the translation units and writes their facts; `--merge` reads the facts
// of all shards and reports as one run would.
#pragma once

#include "TranslationUnitRunner.h"

#include "llvm/Support/Error.h"

#include <string>
#include <vector>

namespace pii {

struct ShardSpec {
  unsigned Index = 1, Count = 1;  // "K/N": shard K (1-based) of N
};

llvm::Expected<ShardSpec> parseShard(llvm::StringRef Spec);
/// The files of shard K: every N-th of the sorted list, from the K-th.
std::vector<std::string> selectShard(std::vector<std::string> Files, ShardSpec S);
/// Facts of one run, tied to the pii-tidy version and the policy (its hash).
std::string renderFacts(const RunResult &Run, llvm::StringRef PolicyHash);
/// Concatenates the facts of several shards; facts of another pii-tidy
/// version, of another policy, or unreadable are an error naming the file.
llvm::Expected<RunResult> loadFacts(const std::vector<std::string> &Paths,
                                    llvm::StringRef PolicyHash);

} // namespace pii
