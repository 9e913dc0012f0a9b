#include "PolicyCheck.h"

#include "AstUtil.h"
#include "Exemptions.h"
#include "TranslationUnitAnalyzer.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace pii::tidy {

namespace {

/// The last translation unit's result, shared by the pii checks that all
/// need the same analysis of it. Keyed by the main file too: a new
/// ASTContext may reuse the address of the previous one.
struct CachedAnalysis {
  const ASTContext *Context = nullptr;
  const Policy *ForPolicy = nullptr;
  std::string MainFile;
  TranslationUnitResult Result;
};

const TranslationUnitResult &analyzeOnce(ASTContext &Ctx, const Policy &P) {
  static CachedAnalysis Cache;
  const SourceManager &SM = Ctx.getSourceManager();
  auto Main = SM.getFileEntryRefForID(SM.getMainFileID());
  std::string MainFile = Main ? Main->getName().str() : "";
  if (Cache.Context != &Ctx || Cache.ForPolicy != &P || Cache.MainFile != MainFile) {
    Cache.Result = analyzeTranslationUnit(Ctx, P);
    Cache.Context = &Ctx;
    Cache.ForPolicy = &P;
    Cache.MainFile = MainFile;
  }
  return Cache.Result;
}

/// Where a position is; a file the translation unit did not read (the
/// policy, for an expired exemption) is loaded so the note can point at it.
SourceLocation locate(SourceManager &SM, const SourcePos &Pos) {
  SourceLocation Loc = toSourceLocation(SM, Pos);
  if (Loc.isValid() || !Pos.valid())
    return Loc;
  if (auto File = SM.getFileManager().getOptionalFileRef(Pos.File)) {
    SM.createFileID(*File, SourceLocation(), SrcMgr::C_User);
    Loc = toSourceLocation(SM, Pos);
  }
  return Loc;
}

} // namespace

PolicyCheck::PolicyCheck(StringRef Name, clang::tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), CheckName(Name.str()),
      PolicyPath(Options.getLocalOrGlobal("PiiPolicy", "").str()) {
  Expected<Policy> P = PolicyPath.empty() ? loadDefaultPolicy() : loadPolicyFile(PolicyPath);
  if (P)
    LoadedPolicy = std::move(*P);
  else
    configurationDiag("%0", DiagnosticIDs::Error) << toString(P.takeError());
}

void PolicyCheck::registerMatchers(MatchFinder *Finder) {
  if (LoadedPolicy && LoadedPolicy->ruleFor(CheckName))
    Finder->addMatcher(translationUnitDecl().bind("tu"), this);
}

void PolicyCheck::check(const MatchFinder::MatchResult &Result) {
  SourceManager &SM = *Result.SourceManager;
  std::vector<Finding> Mine;
  for (const Finding &F : analyzeOnce(*Result.Context, *LoadedPolicy).Findings)
    if (F.Check == CheckName)
      Mine.push_back(F);
  // The policy's exemptions hold here as in the driver, dated by the clock.
  applyExemptions(Mine, *LoadedPolicy, localDate(), LoadedPolicy->SourceName);
  for (const Finding &F : Mine) {
    auto Level = F.Level == Severity::Error ? DiagnosticIDs::Error : DiagnosticIDs::Warning;
    diag(locate(SM, F.Where), "%0", Level) << F.Message;
    for (const Note &N : F.Notes)
      diag(locate(SM, N.Where), "%0", DiagnosticIDs::Note) << N.Message;
  }
}

void PolicyCheck::storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "PiiPolicy", PolicyPath);
}

} // namespace pii::tidy
