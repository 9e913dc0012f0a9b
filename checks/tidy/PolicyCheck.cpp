#include "PolicyCheck.h"

#include "AstUtil.h"
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
  const SourceManager &SM = *Result.SourceManager;
  for (const Finding &F : analyzeOnce(*Result.Context, *LoadedPolicy).Findings) {
    if (F.Check != CheckName)
      continue;
    auto Level = F.Level == Severity::Error ? DiagnosticIDs::Error : DiagnosticIDs::Warning;
    diag(toSourceLocation(SM, F.Where), "%0", Level) << F.Message;
    for (const Note &N : F.Notes)
      diag(toSourceLocation(SM, N.Where), "%0", DiagnosticIDs::Note) << N.Message;
  }
}

void PolicyCheck::storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "PiiPolicy", PolicyPath);
}

} // namespace pii::tidy
