#include "FunctionAnalysis.h"

#include "AstUtil.h"
#include "GuardReachability.h"
#include "PersonalDataFlow.h"
#include "ResponseEmitters.h"
#include "frameworks/FrameworkRecognizer.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

#include <algorithm>

using namespace clang;

namespace pii {

namespace {

bool isFalseLiteral(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *B = dyn_cast<CXXBoolLiteralExpr>(E))
    return !B->getValue();
  if (const auto *I = dyn_cast<IntegerLiteral>(E))
    return I->getValue() == 0;
  return false;
}

bool isWritableParam(const ParmVarDecl *P) {
  QualType T = P->getType();
  if (T->isReferenceType())
    return !T.getNonReferenceType().isConstQualified();
  if (T->isPointerType())
    return !T->getPointeeType().isConstQualified();
  return false;
}

/// Visits a function body's own statements, not those of nested lambdas.
template <typename Fn> void forEachOwnStmt(const Stmt *S, Fn &&Visit) {
  if (!S || isa<LambdaExpr>(S))
    return;
  Visit(S);
  for (const Stmt *Child : S->children())
    forEachOwnStmt(Child, Visit);
}

/// Everything computed about one function body.
class FunctionFacts {
public:
  FunctionFacts(const FunctionDecl *F, AnalysisContext &AC, bool ReturnIsResponse,
                int ResponseParam, const Stmt *Scope = nullptr)
      : F(F), AC(AC), Flow(F, AC), Guards(F, AC), ReturnIsResponse(ReturnIsResponse),
        ResponseParam(ResponseParam), Scope(Scope) {
    forEachOwnStmt(F->getBody(), [&](const Stmt *S) { visit(S); });
    std::stable_sort(Emissions.begin(), Emissions.end(),
                     [](const EmissionVerdict &A, const EmissionVerdict &B) {
                       return A.Where < B.Where;
                     });
  }

  FunctionSummary summarize() {
    FunctionSummary Sum;
    for (const ReturnStmt *R : Returns)
      Sum.Returns.merge(Flow.eval(R->getRetValue()));
    for (unsigned I = 0; I < F->getNumParams(); ++I) {
      const ParmVarDecl *P = F->getParamDecl(I);
      if (!isWritableParam(P))
        continue;
      PiiSet W = Flow.written(P);
      W.Params.erase(I);
      if (!W.empty())
        Sum.ParamWrites[I] = W;
    }
    for (const EmissionVerdict &E : Emissions)
      if (!E.Protected)
        Sum.UnguardedSends.merge(E.Data);
    std::set<std::string> Kinds = Guards.requiredKindsSeen();
    if (Kinds.empty())
      return Sum;
    if (!Guards.exitReachableUnguarded())
      Sum.GuardKindsIfReturns = Kinds;
    else if (returnsTrueOnlyWhenGuarded())
      Sum.GuardKindsIfTrue = Kinds;
    return Sum;
  }

  HandlerVerdict verdict() {
    HandlerVerdict V;
    V.Emissions = Emissions;
    const EmissionVerdict *FirstOpen = nullptr;
    for (const EmissionVerdict &E : Emissions)
      if (!E.Protected && !E.Data.Values.empty()) {
        FirstOpen = &E;
        break;
      }
    V.Guards = Guards.explain(FirstOpen ? FirstOpen->At : nullptr, Scope);
    for (GuardUse &G : V.Guards)
      G.Protects = FirstOpen == nullptr && G.WhyNot.empty();
    addUnresolvedChecks(V.Guards);
    return V;
  }

  /// Conditions on functions declared but not defined here may be guards
  /// pii-tidy cannot see; say that they were assumed not to be.
  void addUnresolvedChecks(std::vector<GuardUse> &Out) {
    forEachOwnStmt(F->getBody(), [&](const Stmt *S) {
      const auto *If = dyn_cast<IfStmt>(S);
      if (!If || !If->getCond())
        return;
      forEachOwnStmt(If->getCond(), [&](const Stmt *Sub) {
        const auto *C = dyn_cast<CallExpr>(Sub);
        const FunctionDecl *Callee = C ? C->getDirectCallee() : nullptr;
        if (!Callee || isLibraryDecl(Callee) || AC.summaryOf(Callee) ||
            !Callee->getReturnType()->isBooleanType() ||
            AC.policy().guardKind(simpleName(Callee), qualifiedName(Callee)))
          return;
        GuardUse G;
        G.Callee = simpleName(Callee);
        G.How = "unresolved call";
        G.Where = toSourcePos(AC.ast().getSourceManager(), C->getBeginLoc());
        G.WhyNot = "it is declared but not defined in this translation unit, so it is assumed "
                   "not to be a guard (name it under the policy's guards if it is one)";
        Out.push_back(std::move(G));
      });
    });
  }

private:
  void visit(const Stmt *S) {
    if (const auto *R = dyn_cast<ReturnStmt>(S)) {
      if (AC.returnSendsResponse(R))
        addEmission(S, responseParamWrites());
      if (!R->getRetValue())
        return;
      Returns.push_back(R);
      if (ReturnIsResponse)
        addEmission(S, Flow.eval(R->getRetValue()));
      return;
    }
    if (auto Site = AC.responseWrite(S)) {
      PiiSet Data;
      for (const Expr *V : Site->Values)
        Data.merge(Flow.eval(V));
      if (Site->SendsResponseParam)
        Data.merge(responseParamWrites());
      addEmission(S, Data);
      return;
    }
    if (const auto *C = dyn_cast<CallExpr>(S))
      if (const FunctionSummary *Sum = AC.summaryOf(C->getDirectCallee(), F))
        if (!Sum->UnguardedSends.empty())
          addEmission(S, Flow.bindArguments(Sum->UnguardedSends, C));
  }

  PiiSet responseParamWrites() {
    if (ResponseParam < 0 || static_cast<unsigned>(ResponseParam) >= F->getNumParams())
      return {};
    return Flow.written(F->getParamDecl(ResponseParam));
  }

  void addEmission(const Stmt *S, PiiSet Data) {
    if (Data.empty() || (Scope && !Scope->getSourceRange().fullyContains(S->getSourceRange())))
      return;
    EmissionVerdict E;
    E.At = S;
    E.Where = toSourcePos(AC.ast().getSourceManager(), S->getBeginLoc());
    E.Data = std::move(Data);
    E.Protected = !Guards.reachableUnguarded(S);
    Emissions.push_back(std::move(E));
  }

  bool returnsTrueOnlyWhenGuarded() {
    if (!F->getReturnType()->isBooleanType())
      return false;
    bool SawTrue = false;
    for (const ReturnStmt *R : Returns) {
      if (isFalseLiteral(R->getRetValue()))
        continue;
      SawTrue = true;
      if (!Guards.isGuardResult(R->getRetValue()) && Guards.reachableUnguarded(R))
        return false;
    }
    return SawTrue;
  }

  const FunctionDecl *F;
  AnalysisContext &AC;
  PersonalDataFlow Flow;
  GuardReachability Guards;
  const bool ReturnIsResponse;
  const int ResponseParam;
  const Stmt *Scope;
  std::vector<const ReturnStmt *> Returns;
  std::vector<EmissionVerdict> Emissions;
};

/// Indexes `to_json(json&, const T&)` definitions by T's qualified name.
class ToJsonIndexer : public RecursiveASTVisitor<ToJsonIndexer> {
public:
  explicit ToJsonIndexer(std::map<std::string, const FunctionDecl *> &Index) : Index(Index) {}
  bool shouldVisitTemplateInstantiations() const { return false; }
  bool TraverseDecl(Decl *D) {
    if (D && !isa<TranslationUnitDecl>(D) && isLibraryDecl(D))
      return true;
    return RecursiveASTVisitor::TraverseDecl(D);
  }
  bool VisitFunctionDecl(FunctionDecl *FD) {
    if (simpleName(FD) != "to_json" || FD->getNumParams() != 2 || !FD->hasBody())
      return true;
    if (const CXXRecordDecl *RD = recordOf(FD->getParamDecl(1)->getType()))
      Index.try_emplace(qualifiedName(RD), FD);
    return true;
  }

private:
  std::map<std::string, const FunctionDecl *> &Index;
};

} // namespace

AnalysisContext::AnalysisContext(ASTContext &Ctx, const Policy &P,
                                 std::vector<std::string> RequiredGuardKinds,
                                 std::vector<const FrameworkRecognizer *> Frameworks)
    : Ctx(Ctx), P(P), RequiredKinds(std::move(RequiredGuardKinds)),
      Frameworks(std::move(Frameworks)) {}

const FunctionSummary *AnalysisContext::summaryOf(const FunctionDecl *Callee,
                                                  const FunctionDecl *Other) {
  if (!Callee || isLibraryDecl(Callee))
    return nullptr;
  if (const FunctionDecl *Def = userDefinition(Callee))
    return Def == Other ? nullptr : &summary(Def);
  std::string Usr = usrOf(Callee);
  if (Usr.empty())
    return nullptr;
  ExternalCalls.insert(Usr);
  if (!External)
    return nullptr;
  auto It = External->find(Usr);
  return It == External->end() ? nullptr : &It->second;
}

std::optional<EmissionSite> AnalysisContext::responseWrite(const Stmt *S) const {
  for (const FrameworkRecognizer *R : Frameworks)
    if (auto Site = R->responseWrite(S))
      return Site;
  return std::nullopt;
}

bool AnalysisContext::returnSendsResponse(const ReturnStmt *R) const {
  return llvm::all_of(Frameworks, [&](const FrameworkRecognizer *Fw) {
    return Fw->returnSendsResponse(R);
  });
}

AnalysisContext::~AnalysisContext() = default;

bool AnalysisContext::isRequiredKind(llvm::StringRef Kind) const {
  return llvm::is_contained(RequiredKinds, Kind);
}

const FunctionSummary &AnalysisContext::summary(const FunctionDecl *Def) {
  auto It = Summaries.find(Def);
  if (It != Summaries.end())
    return *It->second;
  if (!Def || !Def->getBody() || !InProgress.insert(Def).second)
    return Empty;
  FunctionFacts Facts(Def, *this, /*ReturnIsResponse=*/false, /*ResponseParam=*/-1);
  auto Sum = std::make_unique<FunctionSummary>(Facts.summarize());
  InProgress.erase(Def);
  return *Summaries.try_emplace(Def, std::move(Sum)).first->second;
}

HandlerVerdict AnalysisContext::analyzeHandler(const FunctionDecl *Def, bool ReturnIsResponse,
                                               int ResponseParam, const Stmt *Scope) {
  if (!Def || !Def->getBody())
    return {};
  InProgress.insert(Def);
  HandlerVerdict V =
      FunctionFacts(Def, *this, ReturnIsResponse, ResponseParam, Scope).verdict();
  InProgress.erase(Def);
  return V;
}

const FunctionDecl *AnalysisContext::toJsonFor(const CXXRecordDecl *RD) {
  if (!ToJsonIndex) {
    ToJsonIndex = std::make_unique<std::map<std::string, const FunctionDecl *>>();
    ToJsonIndexer(*ToJsonIndex).TraverseDecl(Ctx.getTranslationUnitDecl());
  }
  auto It = ToJsonIndex->find(qualifiedName(RD));
  return It == ToJsonIndex->end() ? nullptr : It->second;
}

} // namespace pii
