// restbed: resource->set_method_handler("GET", handler) on a resource whose
// set_path names the route; session->close(...) / yield(...) send the
// response; authentication handlers of the resource or the service are
// route guards.
#include "FrameworkRecognizer.h"

#include "AstUtil.h"
#include "RouteArguments.h"

#include "clang/AST/ExprCXX.h"

#include <map>

using namespace clang;

namespace pii {

namespace {

struct PendingRoute {
  const ValueDecl *Resource = nullptr;
  std::string Method;
  const Expr *Handler = nullptr;
  SourceLocation Registration;
};

struct AuthHandler {
  const Expr *Handler = nullptr;
  SourceLocation Loc;
};

class RestbedRecognizer : public FrameworkRecognizer {
public:
  llvm::StringRef name() const override { return "restbed"; }

  void visitCall(const CallExpr *Call, ASTContext &Ctx,
                 std::vector<RecognizedEndpoint> &Out) override {
    const auto *MC = dyn_cast<CXXMemberCallExpr>(Call);
    const CXXMethodDecl *MD = MC ? MC->getMethodDecl() : nullptr;
    if (!MD || MC->getNumArgs() == 0)
      return;
    std::string Class = qualifiedName(MD->getParent());
    std::string Method = simpleName(MD);
    const ValueDecl *Object = receiverDecl(MC->getImplicitObjectArgument());
    if (Class == "restbed::Resource") {
      if (Method == "set_path" && Object)
        Paths[Object] = routeText(MC->getArg(0));
      else if (Method == "set_method_handler" && MC->getNumArgs() >= 2)
        Pending.push_back({Object, httpMethodText(MC->getArg(0)),
                           MC->getArg(MC->getNumArgs() - 1), MC->getBeginLoc()});
      else if (Method == "set_authentication_handler" && Object)
        ResourceAuth[Object] = {MC->getArg(0), MC->getBeginLoc()};
    } else if (Class == "restbed::Service" && Method == "set_authentication_handler") {
      ServiceAuth.push_back({MC->getArg(0), MC->getBeginLoc()});
    }
  }

  void finish(ASTContext &Ctx, std::vector<RecognizedEndpoint> &Out) override {
    for (const PendingRoute &P : Pending) {
      auto Path = Paths.find(P.Resource);
      RecognizedEndpoint R =
          makeEndpoint(name(), P.Method.empty() ? "ANY" : P.Method,
                       Path == Paths.end() ? "<dynamic>" : Path->second, P.Registration,
                       P.Handler, Ctx);
      std::vector<AuthHandler> Auth = ServiceAuth;
      if (auto It = ResourceAuth.find(P.Resource); It != ResourceAuth.end())
        Auth.push_back(It->second);
      for (const AuthHandler &A : Auth)
        R.GuardCallbacks.push_back(authCallback(A, Ctx));
      Out.push_back(std::move(R));
    }
  }

  std::optional<EmissionSite> responseWrite(const Stmt *S) const override {
    const auto *MC = dyn_cast<CXXMemberCallExpr>(S);
    const CXXMethodDecl *MD = MC ? MC->getMethodDecl() : nullptr;
    if (!MD || qualifiedName(MD->getParent()) != "restbed::Session")
      return std::nullopt;
    std::string Method = simpleName(MD);
    if (Method != "close" && Method != "yield")
      return std::nullopt;
    EmissionSite Site{S, {}};
    for (const Expr *Arg : MC->arguments())
      Site.Values.push_back(Arg);
    return Site;
  }

private:
  /// The handler continues the request by calling its second parameter.
  static GuardingCallback authCallback(const AuthHandler &A, ASTContext &Ctx) {
    ResolvedHandler H = resolveHandler(A.Handler, Ctx);
    GuardingCallback CB;
    CB.Function = H.Definition;
    CB.Name = H.Name.empty() ? "authentication handler" : H.Name;
    CB.Where = toSourcePos(Ctx.getSourceManager(), A.Loc);
    CB.Continues = usesOfParam(H.Definition, 1);
    return CB;
  }

  std::map<const ValueDecl *, std::string> Paths;
  std::vector<PendingRoute> Pending;
  std::map<const ValueDecl *, AuthHandler> ResourceAuth;
  std::vector<AuthHandler> ServiceAuth;
};

} // namespace

std::vector<std::unique_ptr<FrameworkRecognizer>> createRestbedRecognizers() {
  std::vector<std::unique_ptr<FrameworkRecognizer>> R;
  R.push_back(std::make_unique<RestbedRecognizer>());
  return R;
}

} // namespace pii
