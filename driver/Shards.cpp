#include "Shards.h"

#include "FactsJson.h"
#include "ToolIdentity.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"

#include <algorithm>

namespace pii {

namespace {

constexpr int FactsFormat = 2;  // 2: per source, with commands and used summaries

nlohmann::json commandJson(const clang::tooling::CompileCommand &C) {
  return {{"directory", C.Directory}, {"file", C.Filename}, {"arguments", C.CommandLine},
          {"output", C.Output}};
}

clang::tooling::CompileCommand commandFrom(const nlohmann::json &J) {
  return clang::tooling::CompileCommand(J.at("directory").get<std::string>(),
                                        J.at("file").get<std::string>(),
                                        J.at("arguments").get<std::vector<std::string>>(),
                                        J.at("output").get<std::string>());
}

nlohmann::json outcomeJson(const SourceOutcome &O) {
  nlohmann::json J;
  J["file"] = O.File;
  J["commands"] = nlohmann::json::array();
  for (const clang::tooling::CompileCommand &C : O.Commands)
    J["commands"].push_back(commandJson(C));
  J["units"] = O.Units;
  J["incomplete"] = O.Incomplete ? nlohmann::json(O.Incomplete->Reason) : nlohmann::json();
  J["third_party_errors"] = O.ThirdPartyErrors;
  J["used_summaries"] = O.UsedSummaries;
  return J;
}

SourceOutcome outcomeFrom(const nlohmann::json &J) {
  SourceOutcome O;
  O.File = J.at("file").get<std::string>();
  for (const nlohmann::json &C : J.at("commands"))
    O.Commands.push_back(commandFrom(C));
  O.Units = J.at("units").get<std::vector<TranslationUnitResult>>();
  if (!J.at("incomplete").is_null())
    O.Incomplete = IncompleteFile{O.File, J.at("incomplete").get<std::string>()};
  O.ThirdPartyErrors = J.at("third_party_errors").get<std::map<std::string, unsigned>>();
  O.UsedSummaries = J.at("used_summaries").get<std::string>();
  return O;
}

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

std::string renderFacts(const std::vector<SourceOutcome> &Outcomes, llvm::StringRef PolicyHash) {
  nlohmann::json Doc;
  Doc["pii_tidy_facts"] = FactsFormat;
  Doc["tool_version"] = PII_TIDY_VERSION;
  Doc["tool_build"] = toolBuildId();
  Doc["policy"] = PolicyHash.str();
  Doc["sources"] = nlohmann::json::array();
  for (const SourceOutcome &O : Outcomes)
    Doc["sources"].push_back(outcomeJson(O));
  return Doc.dump() + "\n";
}

llvm::Expected<std::vector<SourceOutcome>> loadFacts(const std::vector<std::string> &Paths,
                                                     llvm::StringRef PolicyHash) {
  std::vector<SourceOutcome> Outcomes;
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
    if (Doc.value("tool_build", "") != toolBuildId())
      return factsError(Path, "facts written by another build of pii-tidy " PII_TIDY_VERSION
                              ": run every shard and the merge with the same pii-tidy binary");
    if (Doc.value("policy", "") != PolicyHash)
      return factsError(Path, "facts produced with a different policy: run every shard and "
                              "the merge with the same --policy");
    try {
      for (const nlohmann::json &Source : Doc.at("sources"))
        Outcomes.push_back(outcomeFrom(Source));
    } catch (const nlohmann::json::exception &E) {
      return factsError(Path, std::string("malformed facts: ") + E.what());
    }
  }
  // The same order as one run over all files.
  std::stable_sort(Outcomes.begin(), Outcomes.end(),
                   [](const SourceOutcome &A, const SourceOutcome &B) { return A.File < B.File; });
  return Outcomes;
}

RecordedCommands::RecordedCommands(const std::vector<SourceOutcome> &Outcomes) {
  for (const SourceOutcome &O : Outcomes)
    Commands[O.File] = O.Commands;
}

std::vector<clang::tooling::CompileCommand>
RecordedCommands::getCompileCommands(llvm::StringRef File) const {
  auto It = Commands.find(File.str());
  return It == Commands.end() ? std::vector<clang::tooling::CompileCommand>{} : It->second;
}

std::vector<std::string> RecordedCommands::getAllFiles() const {
  std::vector<std::string> Files;
  for (const auto &[File, _] : Commands)
    Files.push_back(File);
  return Files;
}

} // namespace pii
