#include "GuardReachability.h"

#include "AstUtil.h"
#include "FunctionAnalysis.h"

#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/StringSwitch.h"

#include <deque>

using namespace clang;

namespace pii {

struct GuardReachability::Site {
  const CallExpr *Call = nullptr;
  std::string Callee;
  std::string Kind;  // the first required kind it provides
  std::string How;   // "dominating call" or "wrapper 'name'"
  bool GuardsReturn = false;  // callee returns only after its guard succeeded
  const VarDecl *ResultVar = nullptr;
  std::vector<std::pair<unsigned, unsigned>> SuccessEdges;
};

namespace {

const Expr *strip(const Expr *E) {
  while (E) {
    const Expr *Prev = E;
    E = E->IgnoreParenImpCasts();
    if (const auto *C = dyn_cast<ExprWithCleanups>(E))
      E = C->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    if (E == Prev)
      break;
  }
  return E;
}

/// Methods that read a guard result object as success: status.ok(), opt.has_value().
bool isSuccessAccessor(const CXXMethodDecl *MD) {
  if (isa<CXXConversionDecl>(MD))
    return true;
  return llvm::StringSwitch<bool>(simpleName(MD))
      .Cases("ok", "is_ok", "isOk", "has_value", "success", "succeeded", true)
      .Cases("valid", "is_valid", "isValid", true)
      .Default(false);
}

std::optional<bool> boolLiteral(const Expr *E) {
  if (const auto *B = dyn_cast<CXXBoolLiteralExpr>(strip(E)))
    return B->getValue();
  return std::nullopt;
}

/// The condition a terminator block really branches on: for `if (a && b)`
/// the block evaluating `b` carries the whole `a && b` as its condition.
const Expr *branchCondition(const CFGBlock *B) {
  const Stmt *T = B->getTerminatorStmt();
  if (!T)
    return nullptr;
  const Expr *Cond = dyn_cast_or_null<Expr>(B->getTerminatorCondition(/*StripParens=*/true));
  if (!Cond || isa<BinaryOperator>(T))
    return Cond;
  // With temporaries in the condition the CFG does not short-circuit into the
  // branch: a join block evaluates the whole `a && b` (see polarity()).
  if (const auto *Whole = dyn_cast<BinaryOperator>(strip(Cond)); Whole && Whole->isLogicalOp())
    for (const CFGElement &E : *B)
      if (auto S = E.getAs<CFGStmt>(); S && S->getStmt() == Whole)
        return Whole;
  while (const auto *BO = dyn_cast<BinaryOperator>(strip(Cond))) {
    if (!BO->isLogicalOp())
      break;
    Cond = BO->getRHS()->IgnoreParens();
  }
  return Cond;
}

bool endsPath(const CFGBlock *B) {
  if (B->hasNoReturnElement())
    return true;
  for (const CFGElement &E : *B)
    if (auto S = E.getAs<CFGStmt>())
      if (isa<CXXThrowExpr>(S->getStmt()))
        return true;
  return false;
}

} // namespace

/// Whether Cond is true exactly when the guard succeeded (true), exactly when
/// it failed (false), or unrelated to it.
static std::optional<bool> polarity(const Expr *Cond, const CallExpr *Call,
                                    const VarDecl *ResultVar) {
  const Expr *E = strip(Cond);
  if (!E)
    return std::nullopt;
  if (E == Call)
    return true;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    if (ResultVar && DRE->getDecl() == ResultVar)
      return true;
  if (const auto *UO = dyn_cast<UnaryOperator>(E))
    if (UO->getOpcode() == UO_LNot)
      if (auto P = polarity(UO->getSubExpr(), Call, ResultVar))
        return !*P;
  if (const auto *BO = dyn_cast<BinaryOperator>(E))
    if (BO->getOpcode() == BO_EQ || BO->getOpcode() == BO_NE) {
      bool Flip = BO->getOpcode() == BO_NE;
      if (auto L = boolLiteral(BO->getRHS()))
        if (auto P = polarity(BO->getLHS(), Call, ResultVar))
          return (*P == *L) != Flip;
      if (auto L = boolLiteral(BO->getLHS()))
        if (auto P = polarity(BO->getRHS(), Call, ResultVar))
          return (*P == *L) != Flip;
    }
  // `a || !ok` is false only when ok is true, `a && ok` true only when ok is:
  // enough for the one edge whose taking implies success.
  if (const auto *BO = dyn_cast<BinaryOperator>(E); BO && BO->isLogicalOp()) {
    bool ImpliedBy = BO->getOpcode() == BO_LAnd;
    for (const Expr *Side : {BO->getLHS(), BO->getRHS()})
      if (auto P = polarity(Side, Call, ResultVar); P && *P == ImpliedBy)
        return P;
    return std::nullopt;
  }
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E))
    if (MC->getMethodDecl() && isSuccessAccessor(MC->getMethodDecl()))
      return polarity(MC->getImplicitObjectArgument(), Call, ResultVar);
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E))
    if (OC->getOperator() == OO_Exclaim && OC->getNumArgs() == 1)
      if (auto P = polarity(OC->getArg(0), Call, ResultVar))
        return !*P;
  return std::nullopt;
}

GuardReachability::GuardReachability(const FunctionDecl *F, AnalysisContext &AC)
    : F(F), AC(AC) {
  Stmt *Body = F->getBody();
  if (!Body)
    return;
  CFG::BuildOptions Options;
  Options.setAllAlwaysAdd();
  Options.AddImplicitDtors = false;
  Options.AddTemporaryDtors = false;
  Options.AddInitializers = false;
  Options.AddLifetime = false;
  Cfg = CFG::buildCFG(F, Body, &AC.ast(), Options);
  if (!Cfg)
    return;
  BlocksById.assign(Cfg->getNumBlockIDs(), nullptr);
  for (const CFGBlock *B : *Cfg) {
    BlocksById[B->getBlockID()] = B;
    unsigned Index = 0;
    for (const CFGElement &E : *B) {
      if (auto S = E.getAs<CFGStmt>())
        Positions.try_emplace(S->getStmt(), Position{B->getBlockID(), Index});
      ++Index;
    }
  }
  findSites(Body);
  findSuccessEdges();
}

GuardReachability::~GuardReachability() = default;

void GuardReachability::findSites(const Stmt *S) {
  if (!S || isa<LambdaExpr>(S))
    return;
  if (const auto *C = dyn_cast<CallExpr>(S))
    if (const FunctionDecl *Callee = C->getDirectCallee()) {
      auto Add = [&](std::string Kind, std::string How, bool GuardsReturn) {
        auto Site = std::make_unique<GuardReachability::Site>();
        Site->Call = C;
        Site->Callee = simpleName(Callee);
        Site->Kind = std::move(Kind);
        Site->How = std::move(How);
        Site->GuardsReturn = GuardsReturn;
        Sites.push_back(std::move(Site));
      };
      auto Kind = AC.policy().guardKind(simpleName(Callee), qualifiedName(Callee));
      if (Kind && AC.isRequiredKind(*Kind)) {
        // A guard with nothing to check (void), or one defined here that
        // returns only on success, protects by returning: it throws otherwise.
        const FunctionSummary *Sum = AC.summaryOf(Callee, F);
        bool Throws = Callee->getReturnType()->isVoidType() ||
                      (Sum && !Sum->GuardKindsIfReturns.empty());
        Add(*Kind, "dominating call", Throws);
      } else if (const FunctionSummary *Sum = AC.summaryOf(Callee, F)) {
        std::string How = "wrapper '" + simpleName(Callee) + "'";
        if (!Sum->GuardKindsIfReturns.empty())
          Add(*Sum->GuardKindsIfReturns.begin(), How, true);
        else if (!Sum->GuardKindsIfTrue.empty())
          Add(*Sum->GuardKindsIfTrue.begin(), How, false);
      }
    }
  // `bool ok = verifyOtp(...)` and `ok = verifyOtp(...)` keep the result;
  // so does `ok = otp && verifyOtp(...)`, which is true only on success.
  auto Remember = [&](const VarDecl *V, const Expr *Value) {
    const Expr *Inner = strip(Value);
    bool Implies = implication(Inner).IfTrue;
    for (auto &Site : Sites)
      if (Site->Call == Inner || (Implies && mentions(Inner, *Site)))
        Site->ResultVar = V;
  };
  for (const Stmt *Child : S->children())
    findSites(Child);
  if (const auto *DS = dyn_cast<DeclStmt>(S)) {
    for (const Decl *D : DS->decls())
      if (const auto *VD = dyn_cast<VarDecl>(D))
        if (VD->getInit())
          Remember(VD, VD->getInit());
  } else if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
    if (BO->getOpcode() == BO_Assign)
      if (const auto *DRE = dyn_cast<DeclRefExpr>(BO->getLHS()->IgnoreParenImpCasts()))
        Remember(dyn_cast<VarDecl>(DRE->getDecl()), BO->getRHS());
  }
}

void GuardReachability::findSuccessEdges() {
  if (!Cfg)
    return;
  for (const CFGBlock *B : *Cfg) {
    const Expr *Cond = branchCondition(B);
    if (!Cond || B->succ_size() != 2)
      continue;
    for (auto &Site : Sites)
      if (auto P = polarity(Cond, Site->Call, Site->ResultVar))
        Site->SuccessEdges.push_back({B->getBlockID(), *P ? 0u : 1u});
    // Guards combined: `!(verifyOtp(..) || isWhitelisted(..))` is false only
    // when one of them succeeded.
    Implication I = implication(Cond);
    for (auto &Site : Sites)
      if ((I.IfTrue || I.IfFalse) && mentions(Cond, *Site))
        Site->SuccessEdges.push_back({B->getBlockID(), I.IfTrue ? 0u : 1u});
  }
}

GuardReachability::Implication GuardReachability::implication(const Expr *Cond) const {
  const Expr *E = strip(Cond);
  if (!E)
    return {};
  for (const auto &S : Sites) {
    if (S->GuardsReturn)
      continue;
    if (E == S->Call)
      return {true, false};
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E); DRE && S->ResultVar && DRE->getDecl() == S->ResultVar)
      return {true, false};
  }
  auto Negated = [](Implication I) { return Implication{I.IfFalse, I.IfTrue}; };
  if (const auto *UO = dyn_cast<UnaryOperator>(E); UO && UO->getOpcode() == UO_LNot)
    return Negated(implication(UO->getSubExpr()));
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E);
      OC && OC->getOperator() == OO_Exclaim && OC->getNumArgs() == 1)
    return Negated(implication(OC->getArg(0)));
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E))
    if (MC->getMethodDecl() && isSuccessAccessor(MC->getMethodDecl()))
      return implication(MC->getImplicitObjectArgument());
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    if (BO->getOpcode() == BO_LAnd || BO->getOpcode() == BO_LOr) {
      Implication L = implication(BO->getLHS()), R = implication(BO->getRHS());
      if (BO->getOpcode() == BO_LAnd)
        return {L.IfTrue || R.IfTrue, L.IfFalse && R.IfFalse};
      return {L.IfTrue && R.IfTrue, L.IfFalse || R.IfFalse};
    }
    if (BO->getOpcode() == BO_EQ || BO->getOpcode() == BO_NE) {
      bool Flip = BO->getOpcode() == BO_NE;
      for (auto [Lit, Other] : {std::pair(BO->getRHS(), BO->getLHS()), std::pair(BO->getLHS(), BO->getRHS())})
        if (auto L = boolLiteral(Lit))
          return *L != Flip ? implication(Other) : Negated(implication(Other));
    }
  }
  return {};
}

bool GuardReachability::mentions(const Expr *E, const Site &S) const {
  if (!E)
    return false;
  E = strip(E);
  if (E == S.Call)
    return true;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E); DRE && S.ResultVar && DRE->getDecl() == S.ResultVar)
    return true;
  for (const Stmt *Child : E->children())
    if (const auto *CE = dyn_cast_or_null<Expr>(Child); CE && mentions(CE, S))
      return true;
  return false;
}

std::vector<const GuardReachability::Site *> GuardReachability::allSites() const {
  std::vector<const Site *> All;
  for (const auto &S : Sites)
    All.push_back(S.get());
  return All;
}

GuardReachability::Cuts GuardReachability::cutsOf(const std::vector<const Site *> &Of) const {
  Cuts C;
  for (const Site *S : Of) {
    for (const auto &Edge : S->SuccessEdges)
      C.Edges.insert(Edge);
    Position P;
    if (S->GuardsReturn && positionOf(S->Call, P)) {
      auto It = C.Elements.find(P.Block);
      if (It == C.Elements.end() || It->second > P.Index)
        C.Elements[P.Block] = P.Index;
    }
  }
  return C;
}

bool GuardReachability::positionOf(const Stmt *S, Position &Out) const {
  auto It = Positions.find(S);
  if (It == Positions.end())
    return false;
  Out = It->second;
  return true;
}

bool GuardReachability::reach(Position Target, const Cuts &C,
                              std::vector<PathStep> *Path) const {
  const CFGBlock &Entry = Cfg->getEntry();
  std::vector<int> Parent(BlocksById.size(), -2), ParentVia(BlocksById.size(), -1);
  std::deque<unsigned> Work{Entry.getBlockID()};
  Parent[Entry.getBlockID()] = -1;
  while (!Work.empty()) {
    unsigned Id = Work.front();
    Work.pop_front();
    auto Cut = C.Elements.find(Id);
    if (Id == Target.Block && (Cut == C.Elements.end() || Cut->second > Target.Index)) {
      if (Path) {
        for (int At = Id; At >= 0; At = Parent[At])
          Path->insert(Path->begin(), PathStep{static_cast<unsigned>(At), ParentVia[At]});
      }
      return true;
    }
    const CFGBlock *B = BlocksById[Id];
    if (!B || Cut != C.Elements.end() || endsPath(B))
      continue;
    unsigned Index = 0;
    for (const CFGBlock::AdjacentBlock &Succ : B->succs()) {
      unsigned Via = Index++;
      const CFGBlock *Next = Succ.getReachableBlock();
      if (!Next || C.Edges.count({Id, Via}) || Parent[Next->getBlockID()] != -2)
        continue;
      Parent[Next->getBlockID()] = Id;
      ParentVia[Next->getBlockID()] = Via;
      Work.push_back(Next->getBlockID());
    }
  }
  return false;
}

bool GuardReachability::reachableUnguarded(const Stmt *S, const Assumption &Assume) const {
  Position P;
  if (!Cfg || !positionOf(S, P))
    return true;
  Cuts C = cutsOf(allSites());
  addAssumedCuts(Assume, C);
  return reach(P, C, nullptr);
}

void GuardReachability::addAssumedCuts(const Assumption &Assume, Cuts &C) const {
  if (!Assume)
    return;
  for (const CFGBlock *B : *Cfg) {
    const Expr *Cond = branchCondition(B);
    if (!Cond || B->succ_size() != 2)
      continue;
    auto CutUnless = [&](bool Taken) { C.Edges.insert({B->getBlockID(), Taken ? 1u : 0u}); };
    if (std::optional<bool> Value = Assume(Cond)) {
      CutUnless(*Value);
      continue;
    }
    // A join block testing `a && b` with a known: it tests b alone, or nothing.
    const auto *BO = dyn_cast<BinaryOperator>(strip(Cond));
    if (!BO || !BO->isLogicalOp())
      continue;
    bool IsAnd = BO->getOpcode() == BO_LAnd;
    for (auto [Known, Other] : {std::pair(BO->getLHS(), BO->getRHS()),
                                std::pair(BO->getRHS(), BO->getLHS())}) {
      std::optional<bool> Value = Assume(strip(Known));
      if (!Value)
        continue;
      if (*Value != IsAnd) {
        CutUnless(*Value);
      } else if (std::optional<bool> OtherValue = Assume(strip(Other))) {
        CutUnless(*OtherValue);
      } else {
        for (const auto &Site : Sites)
          if (auto P = polarity(Other, Site->Call, Site->ResultVar))
            C.Edges.insert({B->getBlockID(), *P ? 0u : 1u});
      }
      break;
    }
  }
}

bool GuardReachability::exitReachableUnguarded(llvm::ArrayRef<const Stmt *> Stops,
                                               const Assumption &Assume) const {
  if (!Cfg)
    return true;
  Cuts C = cutsOf(allSites());
  addAssumedCuts(Assume, C);
  for (const Stmt *S : Stops)
    if (Position P; positionOf(S, P)) {
      auto It = C.Elements.try_emplace(P.Block, P.Index).first;
      It->second = std::min(It->second, P.Index);
    }
  return reach(Position{Cfg->getExit().getBlockID(), 0}, C, nullptr);
}

bool GuardReachability::isGuardResult(const Expr *E) const {
  for (const auto &S : Sites)
    if (!S->GuardsReturn && polarity(E, S->Call, S->ResultVar).value_or(false))
      return true;
  if (const auto *BO = dyn_cast<BinaryOperator>(strip(E)))
    if (BO->getOpcode() == BO_LAnd)
      return isGuardResult(BO->getLHS()) || isGuardResult(BO->getRHS());
  return false;
}

std::set<std::string> GuardReachability::requiredKindsSeen() const {
  std::set<std::string> Kinds;
  for (const auto &S : Sites)
    Kinds.insert(S->Kind);
  return Kinds;
}

unsigned GuardReachability::terminatorLine(unsigned Block) const {
  const CFGBlock *B = BlocksById[Block];
  const Stmt *T = B ? B->getTerminatorStmt() : nullptr;
  if (!T)
    return 0;
  const Expr *Cond = branchCondition(B);
  return toSourcePos(AC.ast().getSourceManager(),
                     Cond ? Cond->getBeginLoc() : T->getBeginLoc())
      .Line;
}

std::string GuardReachability::whyNot(const Site &S, Position Target) const {
  if (S.SuccessEdges.empty() && !S.GuardsReturn)
    return "its result is ignored";
  // Reaching the guard at all requires passing the response first?
  Cuts BeforeResponse;
  BeforeResponse.Elements[Target.Block] = Target.Index;
  Position GuardAt;
  if (positionOf(S.Call, GuardAt) && !reach(GuardAt, BeforeResponse, nullptr))
    return "it is checked only after the response is sent";
  // Called before the response, but every branch on its result comes after:
  // `bool ok = verifyOtp(...); send(...); if (!ok) log(...);`.
  if (!S.SuccessEdges.empty() && llvm::none_of(S.SuccessEdges, [&](const auto &Edge) {
        const CFGBlock *Branch = BlocksById[Edge.first];
        return Branch &&
               reach({Edge.first, static_cast<unsigned>(Branch->size())}, BeforeResponse, nullptr);
      }))
    return "it is checked only after the response is sent";
  std::vector<PathStep> Path;
  if (!reach(Target, cutsOf(allSites()), &Path))
    return "";
  for (size_t I = 1; I < Path.size(); ++I)
    for (const auto &Edge : S.SuccessEdges)
      if (Edge.first == Path[I - 1].Block && static_cast<int>(Edge.second) != Path[I].Via)
        return "the response is also sent when it fails (line " +
               std::to_string(terminatorLine(Edge.first)) + ")";
  // The branch where the path turns away from the guard: its other successor
  // leads to the guard, the one taken does not.
  for (size_t I = 1; I < Path.size(); ++I) {
    const CFGBlock *B = BlocksById[Path[I - 1].Block];
    if (!B || B->succ_size() != 2 || !branchCondition(B))
      continue;
    const CFGBlock *Other = *(B->succ_begin() + (Path[I].Via == 0 ? 1 : 0));
    if (Other && blockReaches(Other->getBlockID(), GuardAt.Block) &&
        !blockReaches(Path[I].Block, GuardAt.Block))
      return "it is skipped on the path through line " +
             std::to_string(terminatorLine(Path[I - 1].Block));
  }
  return "it does not dominate the response";
}

bool GuardReachability::blockReaches(unsigned From, unsigned To) const {
  std::vector<bool> Seen(BlocksById.size(), false);
  std::vector<unsigned> Work{From};
  Seen[From] = true;
  while (!Work.empty()) {
    unsigned Id = Work.back();
    Work.pop_back();
    if (Id == To)
      return true;
    for (const CFGBlock::AdjacentBlock &Succ : BlocksById[Id]->succs())
      if (const CFGBlock *Next = Succ.getReachableBlock(); Next && !Seen[Next->getBlockID()]) {
        Seen[Next->getBlockID()] = true;
        Work.push_back(Next->getBlockID());
      }
  }
  return false;
}

namespace {

/// The statement a scope starts with, where the CFG has an element for it.
const Stmt *firstStatement(const Stmt *Scope) {
  while (const auto *CS = dyn_cast_or_null<CompoundStmt>(Scope))
    Scope = CS->body_empty() ? nullptr : CS->body_front();
  return Scope;
}

} // namespace

bool GuardReachability::mayPrecede(const Stmt *GuardCall, const Stmt *Target) const {
  Position From, To;
  if (!Cfg || !Target || !positionOf(GuardCall, From) || !positionOf(Target, To))
    return true;
  if (From.Block == To.Block)
    return From.Index <= To.Index;
  return blockReaches(From.Block, To.Block);
}

std::vector<GuardUse> GuardReachability::explain(const Stmt *Target, const Stmt *Scope) const {
  std::vector<GuardUse> Uses;
  Position TargetAt;
  bool HaveTarget = Target && Cfg && positionOf(Target, TargetAt);
  for (const auto &S : Sites) {
    if (Scope && !Scope->getSourceRange().fullyContains(S->Call->getSourceRange()) &&
        !mayPrecede(S->Call, Target ? Target : firstStatement(Scope)))
      continue;  // another branch's guard says nothing about this endpoint
    GuardUse U;
    U.Callee = S->Callee;
    U.Kind = S->Kind;
    U.How = S->How;
    U.Where = toSourcePos(AC.ast().getSourceManager(), S->Call->getBeginLoc());
    if (!Target) {
      U.Protects = !S->SuccessEdges.empty() || S->GuardsReturn;
      if (!U.Protects)
        U.WhyNot = "its result is ignored";
    } else {
      U.WhyNot = HaveTarget ? whyNot(*S, TargetAt) : "the response is not on its path";
    }
    Uses.push_back(std::move(U));
  }
  return Uses;
}

} // namespace pii
