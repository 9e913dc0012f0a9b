#include "TranslationUnitAnalyzer.h"

#include "AstUtil.h"
#include "CheckCatalog.h"
#include "FunctionAnalysis.h"
#include "IdentifierLookupRule.h"
#include "IgnoredGuardRule.h"
#include "SpoofableAllowlistRule.h"
#include "UnguardedEndpointRule.h"
#include "frameworks/FrameworkRecognizer.h"

#include "clang/AST/RecursiveASTVisitor.h"

#include <functional>

using namespace clang;

namespace pii {

namespace {

/// Offers every call outside system headers to the enabled recognizers.
class EndpointFinder : public RecursiveASTVisitor<EndpointFinder> {
public:
  EndpointFinder(ASTContext &Ctx, std::vector<std::unique_ptr<FrameworkRecognizer>> &Recognizers)
      : Ctx(Ctx), Recognizers(Recognizers) {}

  bool shouldVisitTemplateInstantiations() const { return false; }
  bool shouldVisitLambdaBodies() const { return true; }

  bool TraverseDecl(Decl *D) {
    if (D && !isa<TranslationUnitDecl>(D) && isLibraryDecl(D))
      return true;
    return RecursiveASTVisitor::TraverseDecl(D);
  }

  bool VisitCallExpr(CallExpr *C) {
    for (auto &R : Recognizers)
      R->visitCall(C, Ctx, Found);
    return true;
  }

  bool VisitDecl(Decl *D) {
    for (auto &R : Recognizers)
      R->visitDecl(D, Ctx, Found);
    return true;
  }

  void finish() {
    for (auto &R : Recognizers)
      R->finish(Ctx, Found);
  }

  std::vector<RecognizedEndpoint> Found;

private:
  ASTContext &Ctx;
  std::vector<std::unique_ptr<FrameworkRecognizer>> &Recognizers;
};

std::vector<std::unique_ptr<FrameworkRecognizer>> enabledRecognizers(const Policy &P) {
  std::vector<std::unique_ptr<FrameworkRecognizer>> All, Enabled;
  for (auto Make : {createHttplibRecognizers, createCrowRecognizers, createDrogonRecognizers,
                    createPistacheRecognizers, createGrpcRecognizers, createBeastRecognizers,
                    createCpprestRecognizers,
                    createOatppRecognizers, createRestbedRecognizers, createSeastarRecognizers})
    for (auto &R : Make())
      All.push_back(std::move(R));
  for (auto &R : All)
    if (P.frameworkEnabled(R->name()))
      Enabled.push_back(std::move(R));
  for (auto &R : createCustomRecognizers(P))
    Enabled.push_back(std::move(R));
  return Enabled;
}

std::vector<PersonalValue> returnedValues(const HandlerVerdict &V, const SourcePos &Handler) {
  std::vector<PersonalValue> All;
  for (const EmissionVerdict &E : V.Emissions)
    All.insert(All.end(), E.Data.Values.begin(), E.Data.Values.end());
  return mostSpecific(std::move(All), Handler.File);
}

/// A guard the framework runs before the handler protects every emission.
void applyRouteGuards(const std::vector<GuardUse> &RouteGuards, const AnalysisContext &AC,
                      HandlerVerdict &V) {
  bool Protecting = false;
  for (GuardUse G : RouteGuards) {
    G.How = "route-attached";
    G.Protects = AC.isRequiredKind(G.Kind) && G.WhyNot.empty();
    Protecting |= G.Protects;
    V.Guards.insert(V.Guards.begin(), G);
  }
  if (!Protecting)
    return;
  for (EmissionVerdict &E : V.Emissions)
    E.Protected = true;
  for (GuardUse &G : V.Guards)
    if (G.How != "route-attached" && G.WhyNot.empty())
      G.Protects = true;
}

/// Summaries of the externally visible functions defined in the main file,
/// for other translation units of a whole-project run.
void exportSummaries(ASTContext &Ctx, AnalysisContext &AC, TranslationUnitResult &Result) {
  const SourceManager &SM = Ctx.getSourceManager();
  std::vector<const FunctionDecl *> Defined;
  std::function<void(const DeclContext *)> Collect = [&](const DeclContext *DC) {
    for (const Decl *D : DC->decls()) {
      if (const auto *NS = dyn_cast<NamespaceDecl>(D))
        Collect(NS);
      else if (const auto *RD = dyn_cast<CXXRecordDecl>(D); RD && RD->isThisDeclarationADefinition())
        Collect(RD);
      else if (const auto *FD = dyn_cast<FunctionDecl>(D))
        if (FD->doesThisDeclarationHaveABody() && FD->isExternallyVisible() &&
            !FD->isTemplated() && SM.isInMainFile(SM.getExpansionLoc(FD->getLocation())))
          Defined.push_back(FD);
    }
  };
  Collect(Ctx.getTranslationUnitDecl());
  for (const FunctionDecl *FD : Defined) {
    const FunctionSummary &S = AC.summary(FD);
    bool Interesting = !S.Returns.empty() || !S.ParamWrites.empty() || !S.UnguardedSends.empty() ||
                       !S.GuardKindsIfTrue.empty() || !S.GuardKindsIfReturns.empty();
    if (std::string Usr = usrOf(FD); Interesting && !Usr.empty())
      Result.Exports.emplace(Usr, S);
  }
}

} // namespace

TranslationUnitResult analyzeTranslationUnit(ASTContext &Ctx, const Policy &P,
                                             const SummaryTable *External) {
  TranslationUnitResult Result;
  const SourceManager &SM = Ctx.getSourceManager();
  if (auto Main = SM.getFileEntryRefForID(SM.getMainFileID()))
    Result.MainFile = Main->getName().str();

  auto Recognizers = enabledRecognizers(P);
  EndpointFinder Finder(Ctx, Recognizers);
  Finder.TraverseDecl(Ctx.getTranslationUnitDecl());
  Finder.finish();

  const Rule *Unguarded = P.ruleFor("pii-unguarded-endpoint");
  const Rule *Lookup = P.ruleFor("pii-identifier-lookup");
  const Rule *Ignored = P.ruleFor("pii-ignored-guard");
  const Rule *Spoofable = P.ruleFor("pii-spoofable-allowlist");
  std::vector<std::string> Kinds;
  if (Unguarded)
    Kinds = Unguarded->RequireAny;
  else
    for (const auto &[Kind, Names] : P.Guards)
      Kinds.push_back(Kind);
  std::vector<const FrameworkRecognizer *> Frameworks;
  for (const auto &R : Recognizers)
    Frameworks.push_back(R.get());
  AnalysisContext AC(Ctx, P, Kinds, Frameworks);
  AC.setExternal(External);
  AnalysisContext LookupAC(Ctx, P, Lookup ? Lookup->RequireAny : std::vector<std::string>{},
                           Frameworks);
  for (RecognizedEndpoint &R : Finder.Found) {
    Endpoint E = std::move(R.Info);
    if (!R.Handler) {
      E.Verdict = "unresolved";
      Result.Endpoints.push_back(std::move(E));
      continue;
    }
    HandlerVerdict V = AC.analyzeHandler(R.Handler, R.ReturnIsResponse, R.ResponseParam, R.Scope);
    for (const GuardingCallback &CB : R.GuardCallbacks)
      if (auto G = evaluateGuardingCallback(CB, AC))
        R.RouteGuards.push_back(*G);
    applyRouteGuards(R.RouteGuards, AC, V);
    E.Returns = returnedValues(V, E.Handler);
    E.Guards = V.Guards;
    std::optional<Finding> F;
    if (Unguarded)
      F = decideUnguardedEndpoint(E, V, *Unguarded);
    E.Verdict = F ? "unguarded" : E.Returns.empty() ? "no-personal-data" : "guarded";
    if (F)
      Result.Findings.push_back(std::move(*F));
    if (Lookup)
      if (auto L = decideIdentifierLookup(R, E, V, AC, LookupAC, *Lookup))
        Result.Findings.push_back(std::move(*L));
    if (Ignored)
      for (Finding &I : decideIgnoredGuards(E, V, *Ignored))
        Result.Findings.push_back(std::move(I));
    if (Spoofable)
      for (Finding &S : decideSpoofableAllowlist(E, R.Handler, R.Scope, AC, *Spoofable))
        Result.Findings.push_back(std::move(S));
    Result.Endpoints.push_back(std::move(E));
  }
  exportSummaries(Ctx, AC, Result);
  Result.ExternalCalls = AC.externalCalls();
  return Result;
}

} // namespace pii
