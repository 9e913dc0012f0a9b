#include "DiffFilter.h"

#include "Paths.h"

#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace pii {

namespace {

struct HunkHeader {
  unsigned OldCount = 1, NewStart = 0, NewCount = 1;
};

/// Parses "@@ -a[,b] +c[,d] @@ ...".
std::optional<HunkHeader> parseHunkHeader(llvm::StringRef Line) {
  HunkHeader H;
  unsigned OldStart;
  if (!Line.consume_front("@@ -") || Line.consumeInteger(10, OldStart))
    return std::nullopt;
  if (Line.consume_front(",") && Line.consumeInteger(10, H.OldCount))
    return std::nullopt;
  if (!Line.consume_front(" +") || Line.consumeInteger(10, H.NewStart))
    return std::nullopt;
  if (Line.consume_front(",") && Line.consumeInteger(10, H.NewCount))
    return std::nullopt;
  if (!Line.starts_with(" @@"))
    return std::nullopt;
  return H;
}

/// The path on a "+++ " line, or "" for a deleted file.
std::string newSidePath(llvm::StringRef Header, llvm::StringRef BaseDir) {
  llvm::StringRef Path = Header.drop_front(4).split('\t').first.rtrim("\r");
  if (Path == "/dev/null")
    return "";
  if (Path.size() >= 2 && Path.front() == '"' && Path.back() == '"')
    Path = Path.drop_front().drop_back();
  Path.consume_front("b/");
  if (llvm::sys::path::is_absolute(Path))
    return canonicalPath(Path);
  return canonicalPath((BaseDir + "/" + Path).str());
}

llvm::Error diffError(llvm::StringRef DiffName, size_t Line, const llvm::Twine &What) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 DiffName + ":" + llvm::Twine(Line) + ": error: " + What);
}

} // namespace

llvm::Expected<ChangedLines> ChangedLines::parse(llvm::StringRef Diff, llvm::StringRef DiffName,
                                                 llvm::StringRef BaseDir) {
  ChangedLines C;
  llvm::SmallVector<llvm::StringRef, 0> Text;
  Diff.split(Text, '\n');
  std::set<unsigned> *Current = nullptr;
  bool SawFile = false;
  for (size_t I = 0; I < Text.size(); ++I) {
    llvm::StringRef Line = Text[I];
    if (Line.starts_with("+++ ")) {
      std::string Path = newSidePath(Line, BaseDir);
      Current = Path.empty() ? nullptr : &C.Lines[Path];
      SawFile = true;
      continue;
    }
    if (!Line.starts_with("@@"))
      continue;
    std::optional<HunkHeader> H = parseHunkHeader(Line);
    if (!H)
      return diffError(DiffName, I + 1, "malformed hunk header '" + Line.rtrim("\r") + "'");
    if (!SawFile)
      return diffError(DiffName, I + 1, "hunk before any '+++ ' file header");
    unsigned OldLeft = H->OldCount, NewLeft = H->NewCount;
    // With no new lines, the hunk sits after line NewStart.
    unsigned Next = H->NewCount == 0 ? H->NewStart + 1 : H->NewStart;
    while (OldLeft + NewLeft > 0) {
      if (++I == Text.size())
        return diffError(DiffName, I, "the diff ends inside a hunk");
      llvm::StringRef Body = Text[I];
      char Kind = Body.empty() ? ' ' : Body.front();
      if (Kind == '+' && NewLeft > 0) {
        if (Current)
          Current->insert(Next);
        ++Next;
        --NewLeft;
      } else if (Kind == '-' && OldLeft > 0) {
        if (Current)
          Current->insert({Next - 1, Next});
        --OldLeft;
      } else if (Kind == ' ' && OldLeft > 0 && NewLeft > 0) {
        ++Next;
        --OldLeft;
        --NewLeft;
      } else if (Kind != '\\') {
        return diffError(DiffName, I + 1, "line does not fit the hunk above it");
      }
    }
  }
  if (!SawFile && !Diff.trim().empty())
    return diffError(DiffName, 1, "not a unified diff (no '+++ ' file header)");
  return C;
}

bool ChangedLines::touches(const SourcePos &P) const {
  if (!P.valid())
    return false;
  auto It = Lines.find(canonicalPath(P.File));
  return It != Lines.end() && It->second.count(P.Line);
}

std::vector<std::string> ChangedLines::files() const {
  std::vector<std::string> Out;
  for (const auto &[File, Changed] : Lines)
    if (!Changed.empty())
      Out.push_back(File);
  return Out;
}

void keepChangedFindings(Report &R, const ChangedLines &Changes) {
  llvm::erase_if(R.Findings, [&](const Finding &F) {
    if (Changes.touches(F.Where) ||
        llvm::any_of(F.Notes, [&](const Note &N) { return Changes.touches(N.Where); }))
      return false;
    const Endpoint *E = findEndpoint(R, F);
    return !E || !Changes.touches(E->Registration);
  });
}

std::vector<std::string> changedSources(const ChangedLines &Changes,
                                        const clang::tooling::CompilationDatabase &DB) {
  llvm::StringSet<> Known;
  for (const std::string &F : DB.getAllFiles())
    Known.insert(canonicalPath(F));
  std::vector<std::string> Out;
  for (const std::string &F : Changes.files()) {
    llvm::StringRef Ext = llvm::sys::path::extension(F);
    bool Source = Ext == ".cpp" || Ext == ".cc" || Ext == ".cxx" || Ext == ".c++";
    if (Source && llvm::sys::fs::is_regular_file(F) && (Known.empty() || Known.contains(F)))
      Out.push_back(F);
  }
  return Out;
}

} // namespace pii
