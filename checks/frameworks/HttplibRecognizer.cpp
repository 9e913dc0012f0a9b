// cpp-httplib: svr.Get/Post/Put/Patch/Delete/Options(pattern, handler), and
// svr.set_pre_routing_handler(h) as a route guard for the routes it checks.
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

/// `req.path` of an httplib::Request.
bool isRequestPath(const Expr *E) {
  const auto *ME = dyn_cast_or_null<MemberExpr>(stripWrappers(E));
  return ME && simpleName(ME->getMemberDecl()) == "path" &&
         qualifiedName(recordOf(ME->getBase()->getType())) == "httplib::Request";
}

/// A pre-routing handler lets the request go on to routing by returning
/// HandlerResponse::Unhandled.
std::vector<const Stmt *> unhandledReturns(const Stmt *S) {
  std::vector<const Stmt *> Out;
  if (!S || isa<LambdaExpr>(S))
    return Out;
  if (const auto *R = dyn_cast<ReturnStmt>(S)) {
    const auto *DRE = R->getRetValue() ? dyn_cast<DeclRefExpr>(stripWrappers(R->getRetValue()))
                                       : nullptr;
    if (!DRE || simpleName(DRE->getDecl()) != "Handled")
      Out.push_back(R);
  }
  for (const Stmt *Child : S->children())
    llvm::append_range(Out, unhandledReturns(Child));
  return Out;
}

/// What a route's requests make of the handler's path tests.
std::optional<bool> assumeForRoute(const Expr *Cond, const std::string &Route) {
  Cond = stripWrappers(Cond);
  if (const auto *UO = dyn_cast<UnaryOperator>(Cond); UO && UO->getOpcode() == UO_LNot) {
    if (auto V = assumeForRoute(UO->getSubExpr(), Route))
      return !*V;
    return std::nullopt;
  }
  if (auto Test = pathTest(Cond, isRequestPath))
    return Test->accepts(Route);
  return std::nullopt;
}

class HttplibRecognizer : public FrameworkRecognizer {
public:
  llvm::StringRef name() const override { return "cpp-httplib"; }

  void visitCall(const CallExpr *Call, ASTContext &Ctx,
                 std::vector<RecognizedEndpoint> &Out) override {
    const auto *MC = dyn_cast<CXXMemberCallExpr>(Call);
    if (!MC || MC->getNumArgs() == 0)
      return;
    const CXXMethodDecl *MD = MC->getMethodDecl();
    if (!MD || !isOrDerivesFrom(recordOf(MC->getObjectType()), "httplib::Server"))
      return;
    const ValueDecl *Server = receiverDecl(MC->getImplicitObjectArgument());
    if (simpleName(MD) == "set_pre_routing_handler") {
      ResolvedHandler H = resolveHandler(MC->getArg(0), Ctx);
      GuardingCallback CB;
      CB.Function = H.Definition;
      CB.Name = H.Name;
      CB.Where = toSourcePos(Ctx.getSourceManager(), MC->getBeginLoc());
      if (H.Definition)
        CB.Continues = unhandledReturns(H.Definition->getBody());
      PreRouting[Server].push_back(std::move(CB));
      return;
    }
    llvm::StringRef Method = llvm::StringSwitch<llvm::StringRef>(simpleName(MD))
                                 .Case("Get", "GET")
                                 .Case("Post", "POST")
                                 .Case("Put", "PUT")
                                 .Case("Patch", "PATCH")
                                 .Case("Delete", "DELETE")
                                 .Case("Options", "OPTIONS")
                                 .Default("");
    if (Method.empty() || MC->getNumArgs() < 2)
      return;
    Servers.push_back({Out.size(), Server});
    Out.push_back(makeEndpoint(name(), Method.str(), routeText(MC->getArg(0)),
                               MC->getBeginLoc(), MC->getArg(MC->getNumArgs() - 1), Ctx));
  }

  void finish(ASTContext &, std::vector<RecognizedEndpoint> &Out) override {
    for (const auto &[Index, Server] : Servers)
      for (GuardingCallback CB : PreRouting[Server]) {
        std::string Route = Out[Index].Info.Route;
        CB.Assume = [Route](const Expr *Cond) { return assumeForRoute(Cond, Route); };
        Out[Index].GuardCallbacks.push_back(std::move(CB));
      }
  }

  std::optional<EmissionSite> responseWrite(const Stmt *S) const override {
    return recognizeResponseObjectWrite(
        S, [](const CXXRecordDecl *RD) { return qualifiedName(RD) == "httplib::Response"; },
        [](llvm::StringRef Method) {
          return Method == "set_content" || Method == "set_content_provider" ||
                 Method == "set_chunked_content_provider";
        });
  }

private:
  /// Endpoint index and the server variable it was registered on.
  std::vector<std::pair<size_t, const ValueDecl *>> Servers;
  std::map<const ValueDecl *, std::vector<GuardingCallback>> PreRouting;
};

} // namespace

std::vector<std::unique_ptr<FrameworkRecognizer>> createHttplibRecognizers() {
  std::vector<std::unique_ptr<FrameworkRecognizer>> R;
  R.push_back(std::make_unique<HttplibRecognizer>());
  return R;
}

} // namespace pii
