#include "Shards.h"

#include "FactsJson.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"

#include <algorithm>

namespace pii {

namespace {

constexpr int FactsFormat = 1;

llvm::Error factsError(const std::string &Path, const std::string &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s: error: %s", Path.c_str(),
                                 Message.c_str());
}

} // namespace

llvm::Expected<ShardSpec> parseShard(llvm::StringRef Spec) {
  auto [K, N] = Spec.split('/');
  ShardSpec S;
  if (K.getAsInteger(10, S.Index) || N.getAsInteger(10, S.Count) || S.Count == 0 ||
      S.Index == 0 || S.Index > S.Count)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "invalid --shard '%s': use K/N with 1 <= K <= N, e.g. 2/4",
                                   Spec.str().c_str());
  return S;
}

std::vector<std::string> selectShard(std::vector<std::string> Files, ShardSpec S) {
  llvm::sort(Files);
  std::vector<std::string> Mine;
  for (size_t I = S.Index - 1; I < Files.size(); I += S.Count)
    Mine.push_back(Files[I]);
  return Mine;
}

std::string renderFacts(const RunResult &Run, llvm::StringRef PolicyHash) {
  nlohmann::json Doc;
  Doc["pii_tidy_facts"] = FactsFormat;
  Doc["tool_version"] = PII_TIDY_VERSION;
  Doc["policy"] = PolicyHash.str();
  Doc["units"] = Run.Units;
  Doc["incomplete"] = nlohmann::json::array();
  for (const IncompleteFile &I : Run.Incomplete)
    Doc["incomplete"].push_back({{"file", I.File}, {"reason", I.Reason}});
  return Doc.dump() + "\n";
}

llvm::Expected<RunResult> loadFacts(const std::vector<std::string> &Paths,
                                    llvm::StringRef PolicyHash) {
  RunResult Run;
  for (const std::string &Path : Paths) {
    auto Buffer = llvm::MemoryBuffer::getFile(Path);
    if (!Buffer)
      return factsError(Path, "cannot read facts: " + Buffer.getError().message());
    nlohmann::json Doc = nlohmann::json::parse((*Buffer)->getBuffer(), nullptr, false);
    if (Doc.is_discarded() || !Doc.is_object() || !Doc.contains("pii_tidy_facts"))
      return factsError(Path, "not a pii-tidy facts file (write one with --shard=K/N)");
    if (Doc["pii_tidy_facts"] != FactsFormat || Doc.value("tool_version", "") != PII_TIDY_VERSION)
      return factsError(Path, "facts written by pii-tidy " + Doc.value("tool_version", "?") +
                                  "; this is pii-tidy " PII_TIDY_VERSION
                                  ": run every shard with the same pii-tidy");
    if (Doc.value("policy", "") != PolicyHash)
      return factsError(Path, "facts produced with a different policy: run every shard and "
                              "the merge with the same --policy");
    try {
      for (TranslationUnitResult &U : Doc.at("units").get<std::vector<TranslationUnitResult>>())
        Run.Units.push_back(std::move(U));
      for (const nlohmann::json &I : Doc.at("incomplete"))
        Run.Incomplete.push_back({I.at("file").get<std::string>(), I.at("reason").get<std::string>()});
    } catch (const nlohmann::json::exception &E) {
      return factsError(Path, std::string("malformed facts: ") + E.what());
    }
  }
  // The same order as one run over all files.
  std::stable_sort(Run.Units.begin(), Run.Units.end(),
                   [](const TranslationUnitResult &A, const TranslationUnitResult &B) {
                     return A.MainFile < B.MainFile;
                   });
  return Run;
}

} // namespace pii
