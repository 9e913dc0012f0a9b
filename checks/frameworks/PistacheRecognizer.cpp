// Pistache: Routes::Get/Post/...(router, path, Routes::bind(&C::m, this)),
// router.get(path, handler), router.addMiddleware(Routes::middleware(...)).
#include "FrameworkRecognizer.h"

#include "AstUtil.h"
#include "RouteArguments.h"

#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/StringSwitch.h"

#include <map>

using namespace clang;

namespace pii {

namespace {

constexpr llvm::StringLiteral RoutesNs = "Pistache::Rest::Routes::";

std::string methodOf(llvm::StringRef Registration) {
  return llvm::StringSwitch<std::string>(Registration.lower())
      .Cases("get", "post", "put", "patch", "options", "head", Registration.upper())
      .Case("delete", "DELETE")
      .Case("del", "DELETE")
      .Default("");
}

/// The function inside `Routes::bind(&C::m, this)` / `Routes::middleware(...)`.
const Expr *unwrapBind(const Expr *E) {
  if (const auto *C = dyn_cast_or_null<CallExpr>(stripWrappers(E)))
    if (const FunctionDecl *Callee = C->getDirectCallee()) {
      std::string Name = qualifiedName(Callee);
      if ((Name == std::string(RoutesNs) + "bind" ||
           Name == std::string(RoutesNs) + "middleware") &&
          C->getNumArgs() > 0)
        return C->getArg(0);
    }
  return E;
}

/// A middleware returns true to let the request go on to the handler.
GuardingCallback middlewareCallback(const Expr *Arg, SourceLocation At, ASTContext &Ctx) {
  ResolvedHandler H = resolveHandler(unwrapBind(Arg), Ctx);
  GuardingCallback CB;
  CB.Function = H.Definition;
  CB.Name = H.Name;
  CB.Where = toSourcePos(Ctx.getSourceManager(), At);
  if (const Stmt *Body = H.Definition ? H.Definition->getBody() : nullptr) {
    std::vector<const Stmt *> Work{Body};
    while (!Work.empty()) {
      const Stmt *S = Work.back();
      Work.pop_back();
      if (!S || isa<LambdaExpr>(S))
        continue;
      if (const auto *R = dyn_cast<ReturnStmt>(S)) {
        const auto *B = dyn_cast_or_null<CXXBoolLiteralExpr>(
            R->getRetValue() ? R->getRetValue()->IgnoreParenImpCasts() : nullptr);
        if (!B || B->getValue())
          CB.Continues.push_back(R);
      }
      for (const Stmt *Child : S->children())
        Work.push_back(Child);
    }
  }
  return CB;
}

class PistacheRecognizer : public FrameworkRecognizer {
public:
  llvm::StringRef name() const override { return "pistache"; }

  void visitCall(const CallExpr *Call, ASTContext &Ctx,
                 std::vector<RecognizedEndpoint> &Out) override {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee)
      return;
    std::string Name = qualifiedName(Callee);
    const auto *MC = dyn_cast<CXXMemberCallExpr>(Call);
    bool OnRouter = MC && isOrDerivesFrom(recordOf(MC->getObjectType()), "Pistache::Rest::Router");
    if (OnRouter && simpleName(Callee) == "addMiddleware" && Call->getNumArgs() == 1) {
      Middlewares[receiverDecl(MC->getImplicitObjectArgument())].push_back(
          middlewareCallback(Call->getArg(0), Call->getBeginLoc(), Ctx));
      return;
    }
    const Expr *Router = nullptr, *Path = nullptr, *Handler = nullptr;
    std::string Method;
    if (llvm::StringRef(Name).starts_with(RoutesNs) && Call->getNumArgs() == 3) {
      Method = methodOf(simpleName(Callee));
      Router = Call->getArg(0), Path = Call->getArg(1), Handler = Call->getArg(2);
    } else if (OnRouter && Call->getNumArgs() == 2) {
      Method = methodOf(simpleName(Callee));
      Router = MC->getImplicitObjectArgument(), Path = Call->getArg(0),
      Handler = Call->getArg(1);
    }
    if (Method.empty())
      return;
    RecognizedEndpoint R = makeEndpoint(name(), Method, routeText(Path), Call->getBeginLoc(),
                                        unwrapBind(Handler), Ctx);
    Routers.push_back({Out.size(), receiverDecl(Router)});
    Out.push_back(std::move(R));
  }

  void finish(ASTContext &, std::vector<RecognizedEndpoint> &Out) override {
    for (const auto &[Index, Router] : Routers)
      for (const GuardingCallback &CB : Middlewares[Router])
        Out[Index].GuardCallbacks.push_back(CB);
  }

  std::optional<EmissionSite> responseWrite(const Stmt *S) const override {
    const auto *MC = dyn_cast<CXXMemberCallExpr>(S);
    if (!MC || !MC->getMethodDecl() || simpleName(MC->getMethodDecl()) != "send" ||
        !isOrDerivesFrom(recordOf(MC->getObjectType()), "Pistache::Http::ResponseWriter"))
      return std::nullopt;
    EmissionSite Site{S, {}};
    for (unsigned I = 1; I < MC->getNumArgs(); ++I)
      Site.Values.push_back(MC->getArg(I));
    return Site;
  }

private:
  /// Endpoint index and the router variable it was registered on.
  std::vector<std::pair<size_t, const ValueDecl *>> Routers;
  std::map<const ValueDecl *, std::vector<GuardingCallback>> Middlewares;
};

} // namespace

std::vector<std::unique_ptr<FrameworkRecognizer>> createPistacheRecognizers() {
  std::vector<std::unique_ptr<FrameworkRecognizer>> R;
  R.push_back(std::make_unique<PistacheRecognizer>());
  return R;
}

} // namespace pii
