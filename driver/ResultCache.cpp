#include "ResultCache.h"

#include "FactsJson.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

namespace pii {

namespace {

constexpr int EntryFormat = 1;

std::string hexHash(llvm::StringRef Data) { return llvm::utohexstr(llvm::xxh3_64bits(Data), true, 16); }

std::optional<std::string> contentHash(const std::string &Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return std::nullopt;
  return hexHash((*Buffer)->getBuffer());
}

} // namespace

ResultCache::ResultCache(std::string Dir, std::string Salt)
    : Dir(std::move(Dir)), Salt(std::move(Salt)) {
  if (this->Dir.empty())
    return;
  if (std::error_code EC = llvm::sys::fs::create_directories(this->Dir)) {
    Warning = "cannot use cache directory '" + this->Dir + "': " + EC.message() +
              "; running without a cache";
    return;
  }
  if (llvm::sys::fs::access(this->Dir, llvm::sys::fs::AccessMode::Write)) {
    Warning = "cannot write to cache directory '" + this->Dir + "'; running without a cache";
    return;
  }
  Enabled = true;
}

std::string ResultCache::keyFor(const clang::tooling::CompileCommand &Command) const {
  std::string Data = Salt;
  for (const std::string &Part : {Command.Directory, Command.Filename})
    Data += '\0' + Part;
  for (const std::string &Arg : Command.CommandLine)
    Data += '\0' + Arg;
  return hexHash(Data);
}

std::string ResultCache::entryPath(const std::string &Key) const {
  llvm::SmallString<256> Path(Dir);
  llvm::sys::path::append(Path, Key + ".json");
  return std::string(Path);
}

std::optional<std::string> ResultCache::hashOf(const std::string &Path) {
  {
    std::lock_guard<std::mutex> Guard(HashLock);
    if (auto It = Hashes.find(Path); It != Hashes.end())
      return It->second;
  }
  std::optional<std::string> Hash = contentHash(Path);
  std::lock_guard<std::mutex> Guard(HashLock);
  return Hashes.emplace(Path, Hash).first->second;
}

std::optional<CachedUnit> ResultCache::lookup(const std::string &Key, bool Counted) {
  auto Miss = [&]() -> std::optional<CachedUnit> {
    Misses += Counted;
    return std::nullopt;
  };
  auto Buffer = llvm::MemoryBuffer::getFile(entryPath(Key));
  if (!Buffer)
    return Miss();
  nlohmann::json Entry = nlohmann::json::parse((*Buffer)->getBuffer(), nullptr,
                                               /*allow_exceptions=*/false);
  try {
    if (Entry.is_discarded() || Entry.at("format") != EntryFormat || Entry.at("salt") != Salt)
      return Miss();
    for (const nlohmann::json &Input : Entry.at("inputs"))
      if (hashOf(Input.at("path").get<std::string>()) != Input.at("hash").get<std::string>())
        return Miss();
    CachedUnit Unit;
    Unit.Units = Entry.at("units").get<std::vector<TranslationUnitResult>>();
    Unit.ThirdPartyErrors = Entry.at("third_party_errors").get<std::map<std::string, unsigned>>();
    Unit.UsedSummaries = Entry.at("used_summaries").get<std::string>();
    Hits += Counted;
    return Unit;
  } catch (const nlohmann::json::exception &) {
    return Miss();  // corrupt or foreign: rebuilt, never trusted
  }
}

void ResultCache::store(const std::string &Key, const CachedUnit &Unit,
                        const std::vector<std::string> &Inputs) const {
  nlohmann::json Entry;
  Entry["format"] = EntryFormat;
  Entry["salt"] = Salt;
  Entry["inputs"] = nlohmann::json::array();
  for (const std::string &Path : Inputs) {
    std::optional<std::string> Hash = contentHash(Path);
    if (!Hash)
      return;  // an input vanished: nothing safe to store
    Entry["inputs"].push_back({{"path", Path}, {"hash", *Hash}});
  }
  Entry["units"] = Unit.Units;
  Entry["third_party_errors"] = Unit.ThirdPartyErrors;
  Entry["used_summaries"] = Unit.UsedSummaries;
  llvm::Error E = llvm::writeToOutput(entryPath(Key), [&](llvm::raw_ostream &OS) {
    OS << Entry.dump();
    return llvm::Error::success();
  });
  llvm::consumeError(std::move(E));  // a cache that cannot be written only costs time
}

} // namespace pii
