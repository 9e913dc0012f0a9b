#include "GuardingCallback.h"

#include "AstUtil.h"
#include "FunctionAnalysis.h"
#include "GuardReachability.h"

#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace pii {

namespace {

/// Collects references to P; lambda bodies are skipped because their
/// capture of P, in this function's CFG, is where the request escapes.
void collectUses(const Stmt *S, const ParmVarDecl *P, std::vector<const Stmt *> &Out) {
  if (!S)
    return;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
    if (DRE->getDecl() == P)
      Out.push_back(DRE);
  if (const auto *LE = dyn_cast<LambdaExpr>(S)) {
    for (const Expr *Init : LE->capture_inits())
      collectUses(Init, P, Out);
    return;
  }
  for (const Stmt *Child : S->children())
    collectUses(Child, P, Out);
}

} // namespace

std::vector<const Stmt *> usesOfParam(const FunctionDecl *F, unsigned Index) {
  std::vector<const Stmt *> Uses;
  if (F && F->getBody() && Index < F->getNumParams())
    collectUses(F->getBody(), F->getParamDecl(Index), Uses);
  return Uses;
}

std::optional<GuardUse> evaluateGuardingCallback(const GuardingCallback &CB,
                                                 AnalysisContext &AC) {
  GuardUse G;
  G.Callee = CB.Name;
  G.Where = CB.Where;
  if (!CB.Function || !CB.Function->getBody()) {
    G.WhyNot = "its definition is not in this translation unit";
    return G;
  }
  GuardReachability Guards(CB.Function, AC);
  std::set<std::string> Kinds = Guards.requiredKindsSeen();
  if (Kinds.empty())
    return std::nullopt;
  G.Kind = *Kinds.begin();
  if (CB.ContinuesAtExit && Guards.exitReachableUnguarded(CB.Stops, CB.Assume))
    G.WhyNot = CB.Stops.empty() ? "it never stops the request"
                                : "it lets the request continue without the guard's success";
  for (const Stmt *S : CB.Continues)
    if (G.WhyNot.empty() && Guards.reachableUnguarded(S, CB.Assume)) {
      unsigned Line = toSourcePos(AC.ast().getSourceManager(), S->getBeginLoc()).Line;
      G.WhyNot = "it lets the request continue without the guard's success (line " +
                 std::to_string(Line) + ")";
      break;
    }
  return G;
}

} // namespace pii
