#include "Suppressions.h"

#include "CheckFilter.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/MemoryBuffer.h"

#include <algorithm>
#include <optional>

namespace pii {

namespace {

enum class NoLintKind { SameLine, NextLine, Begin, End };

struct NoLintComment {
  NoLintKind Kind;
  unsigned Line, Column;
  std::optional<std::string> Checks;  // none: every check
};

struct NoLintBlock {
  unsigned FirstLine, LastLine;
  std::optional<std::string> Checks;
};

/// The NOLINT directives of one file.
struct FileDirectives {
  std::vector<NoLintComment> LineComments;  // NOLINT and NOLINTNEXTLINE
  std::vector<NoLintBlock> Blocks;
  std::vector<NoLintComment> Unmatched;     // NOLINTBEGIN/NOLINTEND
};

std::optional<NoLintKind> kindOf(llvm::StringRef Suffix) {
  if (Suffix.empty())
    return NoLintKind::SameLine;
  if (Suffix == "NEXTLINE")
    return NoLintKind::NextLine;
  if (Suffix == "BEGIN")
    return NoLintKind::Begin;
  if (Suffix == "END")
    return NoLintKind::End;
  return std::nullopt;
}

// Like clang-tidy, the directive is found anywhere in the text, and an
// unclosed '(' means no check list.
std::vector<NoLintComment> findComments(llvm::StringRef Text) {
  std::vector<NoLintComment> Out;
  unsigned Line = 1;
  size_t LineStart = 0, Scanned = 0;
  for (size_t Pos = Text.find("NOLINT"); Pos != llvm::StringRef::npos;
       Pos = Text.find("NOLINT", Pos)) {
    for (; Scanned < Pos; ++Scanned)
      if (Text[Scanned] == '\n') {
        ++Line;
        LineStart = Scanned + 1;
      }
    size_t Start = Pos;
    Pos += 6;
    size_t SuffixEnd = Text.find_if_not([](char C) { return C >= 'A' && C <= 'Z'; }, Pos);
    if (SuffixEnd == llvm::StringRef::npos)
      SuffixEnd = Text.size();
    std::optional<NoLintKind> Kind = kindOf(Text.slice(Pos, SuffixEnd));
    Pos = SuffixEnd;
    if (!Kind)
      continue;
    NoLintComment C{*Kind, Line, unsigned(Start - LineStart + 1), std::nullopt};
    if (Pos < Text.size() && Text[Pos] == '(') {
      size_t Close = Text.find_first_of("\n)", Pos + 1);
      if (Close != llvm::StringRef::npos && Text[Close] == ')') {
        C.Checks = Text.slice(Pos + 1, Close).str();
        Pos = Close + 1;
      }
    }
    Out.push_back(std::move(C));
  }
  return Out;
}

// Blocks nest: a NOLINTEND closes the innermost open NOLINTBEGIN, which must
// name the same checks.
FileDirectives directivesOf(llvm::StringRef Text) {
  FileDirectives D;
  std::vector<NoLintComment> Open;
  for (NoLintComment &C : findComments(Text)) {
    switch (C.Kind) {
    case NoLintKind::SameLine:
    case NoLintKind::NextLine:
      D.LineComments.push_back(std::move(C));
      break;
    case NoLintKind::Begin:
      Open.push_back(std::move(C));
      break;
    case NoLintKind::End:
      if (!Open.empty() && Open.back().Checks == C.Checks) {
        D.Blocks.push_back({Open.back().Line, C.Line, C.Checks});
        Open.pop_back();
      } else {
        D.Unmatched.push_back(std::move(C));
      }
      break;
    }
  }
  std::move(Open.begin(), Open.end(), std::back_inserter(D.Unmatched));
  return D;
}

/// clang-tidy's rule: comma-separated globs; negative globs are ignored.
bool namesCheck(const std::optional<std::string> &Checks, const std::string &Check) {
  if (!Checks)
    return true;
  std::vector<std::string> Positive;
  for (std::string &G : CheckFilter::split(*Checks))
    if (!llvm::StringRef(G).starts_with("-"))
      Positive.push_back(std::move(G));
  return CheckFilter(Positive).enabled(Check);
}

bool covers(const FileDirectives &D, unsigned Line, const std::string &Check) {
  for (const NoLintComment &C : D.LineComments) {
    unsigned Target = C.Kind == NoLintKind::NextLine ? C.Line + 1 : C.Line;
    if (Target == Line && namesCheck(C.Checks, Check))
      return true;
  }
  return llvm::any_of(D.Blocks, [&](const NoLintBlock &B) {
    return B.FirstLine <= Line && Line <= B.LastLine && namesCheck(B.Checks, Check);
  });
}

/// Reads each file once; an unreadable file suppresses nothing.
class DirectiveCache {
public:
  const FileDirectives &of(const std::string &File) {
    auto [It, Inserted] = Files.try_emplace(File);
    if (Inserted)
      if (auto Buffer = llvm::MemoryBuffer::getFile(File, /*IsText=*/true))
        It->second = directivesOf((*Buffer)->getBuffer());
    return It->second;
  }
  const llvm::StringMap<FileDirectives> &files() const { return Files; }

private:
  llvm::StringMap<FileDirectives> Files;
};

Finding unmatchedError(const std::string &File, const NoLintComment &C) {
  Finding F;
  F.Check = "clang-tidy-nolint";
  F.Level = Severity::Error;
  F.Where = {File, C.Line, C.Column};
  F.Message = C.Kind == NoLintKind::Begin
                  ? "unmatched 'NOLINTBEGIN' comment without a subsequent 'NOLINTEND' comment"
                  : "unmatched 'NOLINTEND' comment without a previous 'NOLINTBEGIN' comment";
  return F;
}

} // namespace

void applyNoLintComments(Report &R) {
  DirectiveCache Cache;
  auto Covered = [&](const SourcePos &P, const std::string &Check) {
    return P.valid() && covers(Cache.of(P.File), P.Line, Check);
  };
  llvm::erase_if(R.Findings, [&](const Finding &F) {
    if (Covered(F.Where, F.Check))
      return true;
    const Endpoint *E = findEndpoint(R, F);
    return E && (Covered(E->Registration, F.Check) || Covered(E->Handler, F.Check));
  });
  for (const auto &Entry : Cache.files())
    for (const NoLintComment &C : Entry.second.Unmatched)
      R.Findings.push_back(unmatchedError(Entry.first().str(), C));
  std::stable_sort(R.Findings.begin(), R.Findings.end(),
                   [](const Finding &A, const Finding &B) { return A.Where < B.Where; });
}

} // namespace pii
