// Pistache: Routes::Get/Post/...(router, path, Routes::bind(&C::m, this)),
// router.get(path, handler), router.addMiddleware(Routes::middleware(...));
// the Rest::Description builder, desc.path("/v1").route(desc.get("/x")).bind(...);
// and the low-level Http::Handler, whose onRequest() dispatches on
// req.resource() (and req.method()), each branch an endpoint.
#include "FrameworkRecognizer.h"

#include "AstUtil.h"
#include "DispatchBranches.h"
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

constexpr llvm::StringLiteral SchemaNs = "Pistache::Rest::Schema::";

const CXXMemberCallExpr *memberCall(const Expr *E, llvm::StringRef Method) {
  const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(stripWrappers(E));
  return MC && MC->getMethodDecl() && simpleName(MC->getMethodDecl()) == Method ? MC : nullptr;
}

/// The path prefix of a Description or of a SubPath built by `.path("/v1")`
/// calls, seen through the local variables that hold them.
std::string descriptionPrefix(const Expr *E, unsigned Depth = 0) {
  if (Depth > 8)
    return "";
  if (const auto *DRE = dyn_cast_or_null<DeclRefExpr>(stripWrappers(E)))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()); VD && VD->getInit() &&
                                                             !VD->getType()->isReferenceType())
      return descriptionPrefix(VD->getInit(), Depth + 1);
  if (const CXXMemberCallExpr *Path = memberCall(E, "path"); Path && Path->getNumArgs() == 1)
    return descriptionPrefix(Path->getImplicitObjectArgument(), Depth + 1) +
           stringLiteralText(Path->getArg(0)).value_or("<dynamic>");
  return "";
}

/// `X.route(desc.get("/all")).bind(&C::m, this)`: method and full path.
std::optional<std::pair<std::string, std::string>> describedRoute(const CXXMemberCallExpr *Bind) {
  const CXXMemberCallExpr *Route = memberCall(Bind->getImplicitObjectArgument(), "route");
  if (!Route || Route->getNumArgs() == 0)
    return std::nullopt;
  std::string Method, Path;
  if (const auto *Decl = dyn_cast<CXXMemberCallExpr>(stripWrappers(Route->getArg(0)));
      Decl && Decl->getMethodDecl() && Decl->getNumArgs() >= 1) {
    Method = methodOf(simpleName(Decl->getMethodDecl()));
    Path = stringLiteralText(Decl->getArg(0)).value_or("<dynamic>");
  } else if (Route->getNumArgs() >= 2) {  // route("/x", Http::Method::Get, "...")
    Path = stringLiteralText(Route->getArg(0)).value_or("<dynamic>");
    if (const auto *Verb = dyn_cast<DeclRefExpr>(stripWrappers(Route->getArg(1))))
      Method = methodOf(simpleName(Verb->getDecl()));
  }
  if (Method.empty())
    return std::nullopt;
  return std::make_pair(Method, descriptionPrefix(Route->getImplicitObjectArgument()) + Path);
}

/// `req.<Accessor>()` on a Pistache request.
bool isRequestAccessor(const Expr *E, llvm::StringRef Accessor) {
  const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(stripWrappers(E));
  return MC && MC->getMethodDecl() && simpleName(MC->getMethodDecl()) == Accessor &&
         isOrDerivesFrom(recordOf(MC->getObjectType()), "Pistache::Http::Request");
}

/// "GET" from `req.method() == Http::Method::Get`.
std::string methodTest(const Expr *E) {
  return methodOf(comparedEnumerator(E, [](const Expr *M) { return isRequestAccessor(M, "method"); }));
}

/// `void onRequest(const Http::Request&, Http::ResponseWriter)` overriding
/// Http::Handler's: the server sends every request there.
bool isHandlerOnRequest(const FunctionDecl *FD) {
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  return MD && simpleName(MD) == "onRequest" && MD->doesThisDeclarationHaveABody() &&
         MD->getNumParams() == 2 && isOrDerivesFrom(MD->getParent(), "Pistache::Http::Handler");
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
    if (MC && simpleName(Callee) == "bind" && Call->getNumArgs() >= 1 &&
        qualifiedName(recordOf(MC->getObjectType())) == std::string(SchemaNs) + "PathBuilder") {
      if (auto Described = describedRoute(MC))
        Out.push_back(makeEndpoint(name(), Described->first, Described->second,
                                   Call->getBeginLoc(), Call->getArg(0), Ctx));
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

  void visitDecl(const Decl *D, ASTContext &Ctx, std::vector<RecognizedEndpoint> &Out) override {
    const auto *FD = dyn_cast<FunctionDecl>(D);
    if (!FD || !isHandlerOnRequest(FD))
      return;
    auto IsResource = [](const Expr *E) { return isRequestAccessor(E, "resource"); };
    std::vector<DispatchBranch> Branches = dispatchBranches(FD->getBody(), IsResource, methodTest);
    // No dispatch: the handler answers every path.
    if (Branches.empty())
      Out.push_back(makeFunctionEndpoint(name(), "ANY", "/*", FD->getLocation(), FD, Ctx));
    for (const DispatchBranch &B : Branches) {
      RecognizedEndpoint R =
          makeFunctionEndpoint(name(), B.Method, B.Route, B.If->getCond()->getBeginLoc(), FD, Ctx);
      R.Scope = B.If->getThen();
      Out.push_back(std::move(R));
    }
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
