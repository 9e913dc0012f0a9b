#include "Baseline.h"

#include "Fingerprint.h"
#include "Paths.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace pii {

namespace {

constexpr int BaselineVersion = 1;

llvm::Error baselineError(const llvm::Twine &Where, const llvm::Twine &What) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 Where + ": error: " + What);
}

std::string directoryOf(llvm::StringRef Path) {
  llvm::StringRef Dir = llvm::sys::path::parent_path(Path);
  return canonicalPath(Dir.empty() ? "." : Dir);
}

std::string lineAndColumn(llvm::StringRef Text, size_t Byte) {
  llvm::StringRef Before = Text.take_front(Byte > 0 ? Byte - 1 : 0);
  size_t LineStart = Before.rfind('\n');
  size_t Column = LineStart == llvm::StringRef::npos ? Before.size() + 1 : Before.size() - LineStart;
  return std::to_string(Before.count('\n') + 1) + ":" + std::to_string(Column);
}

llvm::Expected<BaselineEntry> readEntry(const nlohmann::json &J, llvm::StringRef Path,
                                        size_t Index) {
  std::string Entry = "'findings[" + std::to_string(Index) + "]'";
  if (!J.is_object())
    return baselineError(Path, Entry + " must be an object");
  BaselineEntry E;
  for (auto [Key, Field] : {std::pair{"fingerprint", &E.Fingerprint}, {"check", &E.Check},
                            {"endpoint", &E.Endpoint}, {"handler", &E.Handler}, {"file", &E.File}}) {
    auto It = J.find(Key);
    if (It == J.end())
      continue;
    if (!It->is_string())
      return baselineError(Path, Entry + " '" + Key + "' must be a string");
    *Field = It->get<std::string>();
  }
  if (E.Fingerprint.empty())
    return baselineError(Path, Entry + " has no 'fingerprint'");
  return E;
}

} // namespace

Baseline makeBaseline(const std::vector<Finding> &Findings, llvm::StringRef Path) {
  std::string Dir = directoryOf(Path);
  Baseline B{Path.str(), {}};
  for (const Finding &F : Findings)
    B.Entries.push_back({fingerprint(F), F.Check, F.EndpointLabel, F.HandlerName,
                         pathRelativeTo(F.Where.File, Dir)});
  // Sorted without positions, so that moving code does not rewrite the file.
  llvm::sort(B.Entries, [](const BaselineEntry &A, const BaselineEntry &B) {
    return std::tie(A.File, A.Fingerprint) < std::tie(B.File, B.Fingerprint);
  });
  return B;
}

nlohmann::ordered_json toJson(const BaselineEntry &E) {
  return {{"fingerprint", E.Fingerprint},
          {"check", E.Check},
          {"endpoint", E.Endpoint},
          {"handler", E.Handler},
          {"file", E.File}};
}

std::string renderBaseline(const Baseline &B) {
  nlohmann::ordered_json Entries = nlohmann::ordered_json::array();
  for (const BaselineEntry &E : B.Entries)
    Entries.push_back(toJson(E));
  nlohmann::ordered_json Doc;
  Doc["version"] = BaselineVersion;
  Doc["tool"] = "pii-tidy";
  Doc["findings"] = Entries;
  return Doc.dump(2) + "\n";
}

llvm::Expected<Baseline> loadBaseline(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer)
    return baselineError(Path, "cannot read baseline: " + Buffer.getError().message());
  llvm::StringRef Text = (*Buffer)->getBuffer();
  nlohmann::json Doc;
  try {
    Doc = nlohmann::json::parse(Text.begin(), Text.end());
  } catch (const nlohmann::json::parse_error &E) {
    llvm::StringRef What = llvm::StringRef(E.what()).split(": ").second;
    return baselineError(Path + ":" + lineAndColumn(Text, E.byte),
                         "baseline is not valid JSON: " + What);
  }
  if (!Doc.is_object())
    return baselineError(Path, "a baseline must be a JSON object");
  auto Version = Doc.find("version");
  if (Version == Doc.end() || *Version != BaselineVersion)
    return baselineError(Path, "unsupported baseline version (expected 'version': 1)");
  auto Entries = Doc.find("findings");
  if (Entries == Doc.end() || !Entries->is_array())
    return baselineError(Path, "a baseline needs a 'findings' array");
  Baseline B{Path.str(), {}};
  for (size_t I = 0; I < Entries->size(); ++I) {
    auto E = readEntry((*Entries)[I], Path, I);
    if (!E)
      return E.takeError();
    B.Entries.push_back(std::move(*E));
  }
  return B;
}

BaselineUse applyBaseline(std::vector<Finding> &Findings, const Baseline &B,
                          const std::function<bool(const std::string &)> &WasAnalysed) {
  BaselineUse Use{B.Path, 0, {}};
  llvm::StringMap<std::vector<const BaselineEntry *>> Unused;
  for (const BaselineEntry &E : B.Entries)
    Unused[E.Fingerprint].push_back(&E);
  llvm::erase_if(Findings, [&](const Finding &F) {
    auto It = Unused.find(fingerprint(F));
    if (It == Unused.end() || It->second.empty())
      return false;
    It->second.pop_back();
    ++Use.Matched;
    return true;
  });
  std::string Dir = directoryOf(B.Path);
  for (const BaselineEntry &E : B.Entries) {
    auto &Left = Unused[E.Fingerprint];
    std::string File = llvm::sys::path::is_absolute(E.File) ? E.File : Dir + "/" + E.File;
    if (llvm::is_contained(Left, &E) && WasAnalysed(canonicalPath(File)))
      Use.Unmatched.push_back(E);
  }
  return Use;
}

} // namespace pii
