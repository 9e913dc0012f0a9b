#include "SpoofableAllowlistRule.h"

#include "AstUtil.h"
#include "RequestSources.h"

#include "clang/AST/ExprCXX.h"

#include <set>

using namespace clang;

namespace pii {

namespace {

constexpr unsigned MaxCallDepth = 3;

class AllowlistScanner {
public:
  AllowlistScanner(const Endpoint &E, AnalysisContext &AC, const Rule &R)
      : E(E), AC(AC), R(R) {}

  void scanFunction(const FunctionDecl *F, unsigned Depth, const Stmt *Scope = nullptr) {
    if (!F || !F->getBody() || Depth > MaxCallDepth || !Visited.insert(F).second)
      return;
    scan(Scope ? Scope : F->getBody(), Depth);
  }

  std::vector<Finding> Findings;

private:
  void scan(const Stmt *S, unsigned Depth) {
    if (!S || isa<LambdaExpr>(S))
      return;
    if (const auto *C = dyn_cast<CallExpr>(S)) {
      const FunctionDecl *Callee = C->getDirectCallee();
      auto Kind = Callee ? AC.policy().guardKind(simpleName(Callee), qualifiedName(Callee))
                         : std::nullopt;
      if (Kind && *Kind == "allowlist")
        checkKey(C, simpleName(Callee));
      // A guard-named wrapper may take the request and pick the key itself.
      scanFunction(userDefinition(Callee), Depth + 1);
    }
    for (const Stmt *Child : S->children())
      scan(Child, Depth);
  }

  void checkKey(const CallExpr *C, const std::string &Callee) {
    for (const Expr *Arg : C->arguments()) {
      if (isPeerAddress(Arg))
        continue;
      auto Read = findRequestRead(Arg);
      if (!Read)
        continue;
      const SourceManager &SM = AC.ast().getSourceManager();
      Finding F = makeFinding(
          R, E, toSourcePos(SM, C->getBeginLoc()),
          "allowlist check '" + Callee + "' is keyed on the client-controlled " +
              Read->describe() +
              "; key it on the connection's peer address or an authenticated identity");
      F.Notes.push_back({toSourcePos(SM, Read->At->getBeginLoc()),
                         "the " + Read->describe() + " is read from the request here"});
      F.Notes.push_back({E.Registration, "used by endpoint '" + E.label() + "' registered here"});
      Findings.push_back(std::move(F));
      return;
    }
  }

  const Endpoint &E;
  AnalysisContext &AC;
  const Rule &R;
  std::set<const FunctionDecl *> Visited;
};

} // namespace

std::vector<Finding> decideSpoofableAllowlist(const Endpoint &E, const FunctionDecl *Handler,
                                              const Stmt *Scope, AnalysisContext &AC,
                                              const Rule &R) {
  AllowlistScanner Scanner(E, AC, R);
  Scanner.scanFunction(Handler, 0, Scope);
  return std::move(Scanner.Findings);
}

} // namespace pii
