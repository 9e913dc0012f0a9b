// Which statements of a function can be reached without passing the success
// of a required guard, over the function's CFG.
#pragma once

#include "Findings.h"

#include "clang/AST/Decl.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/DenseMap.h"

#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pii {

class AnalysisContext;

class GuardReachability {
public:
  /// The value a branch condition is known to have on the paths of interest
  /// (a middleware's test of the request path, for one route), or none.
  using Assumption = std::function<std::optional<bool>(const clang::Expr *Cond)>;

  GuardReachability(const clang::FunctionDecl *F, AnalysisContext &AC);
  ~GuardReachability();

  /// True when some path from the entry reaches S without passing the success
  /// of a guard of a required kind. Statements the CFG lost count as reachable.
  bool reachableUnguarded(const clang::Stmt *S, const Assumption &Assume = {}) const;
  /// True when the function can return normally without a guard's success
  /// and without passing one of Stops.
  bool exitReachableUnguarded(llvm::ArrayRef<const clang::Stmt *> Stops = {},
                              const Assumption &Assume = {}) const;
  /// True when E is (a negation-free use of) a guard's result, as in
  /// `return verifyOtp(m, o);` or `return ok;`.
  bool isGuardResult(const clang::Expr *E) const;
  /// The required guard kinds this function calls.
  std::set<std::string> requiredKindsSeen() const;
  /// Each guard call and whether it protects Target; null Target: all
  /// emissions are protected, so every guard that decides a branch protects.
  /// Scope: the branch of a dispatch function the endpoint is; guards
  /// outside it that cannot come before Target are left out.
  std::vector<GuardUse> explain(const clang::Stmt *Target, const clang::Stmt *Scope = nullptr) const;
  /// False when the guard call cannot come before Target on any path (a
  /// guard of another branch of a dispatch function).
  bool mayPrecede(const clang::Stmt *GuardCall, const clang::Stmt *Target) const;

private:
  struct Site;
  struct Position {
    unsigned Block = 0, Index = 0;
  };
  struct Cuts {
    std::set<std::pair<unsigned, unsigned>> Edges;  // (block, successor index)
    std::map<unsigned, unsigned> Elements;          // block -> first cutting element
  };
  struct PathStep {
    unsigned Block;
    int Via;  // successor index taken from the previous block, -1 at entry
  };

  /// What a condition's value says about the guards: true on IfTrue means
  /// "the condition being true implies a guard succeeded".
  struct Implication {
    bool IfTrue = false, IfFalse = false;
  };
  Implication implication(const clang::Expr *Cond) const;
  bool mentions(const clang::Expr *E, const Site &S) const;
  void findSites(const clang::Stmt *S);
  void findSuccessEdges();
  Cuts cutsOf(const std::vector<const Site *> &Sites) const;
  /// Also cuts the branch edges Assume says are never taken.
  void addAssumedCuts(const Assumption &Assume, Cuts &C) const;
  std::vector<const Site *> allSites() const;
  /// BFS from the entry; fills Path with the blocks to the target when reached.
  bool reach(Position Target, const Cuts &C, std::vector<PathStep> *Path) const;
  bool positionOf(const clang::Stmt *S, Position &Out) const;
  std::string whyNot(const Site &S, Position Target) const;
  unsigned terminatorLine(unsigned Block) const;
  bool blockReaches(unsigned From, unsigned To) const;

  const clang::FunctionDecl *F;
  AnalysisContext &AC;
  std::unique_ptr<clang::CFG> Cfg;
  std::vector<const clang::CFGBlock *> BlocksById;
  llvm::DenseMap<const clang::Stmt *, Position> Positions;
  std::vector<std::unique_ptr<Site>> Sites;
};

} // namespace pii
