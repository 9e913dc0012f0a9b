// Seastar httpd: routes.add(GET, url("/path"), handler) and routes.put(GET,
// "/path", handler), where the handler is a function_handler made from a
// function (its return value is the body) or a handler_base subclass (its
// handle() writes the reply).
#include "FrameworkRecognizer.h"

#include "AstUtil.h"
#include "RouteArguments.h"

#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace pii {

namespace {

/// `new function_handler(fn, ...)`, through a variable holding it.
const CXXNewExpr *handlerAllocation(const Expr *E) {
  E = stripWrappers(E);
  if (const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      return VD->getInit() ? handlerAllocation(VD->getInit()) : nullptr;
  return dyn_cast_or_null<CXXNewExpr>(E);
}

/// The route of `url("/path")` or `url("/path").remainder("rest")`.
std::string urlText(const Expr *E) {
  E = stripWrappers(E);
  if (const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(E))
    if (simpleName(MC->getMethodDecl()) == "remainder")
      return urlText(MC->getImplicitObjectArgument());
  if (const auto *CE = dyn_cast_or_null<CXXConstructExpr>(E))
    if (CE->getNumArgs() == 1)
      return routeText(CE->getArg(0));
  return routeText(E);
}

class SeastarRecognizer : public FrameworkRecognizer {
public:
  llvm::StringRef name() const override { return "seastar"; }

  void visitCall(const CallExpr *Call, ASTContext &Ctx,
                 std::vector<RecognizedEndpoint> &Out) override {
    const auto *MC = dyn_cast<CXXMemberCallExpr>(Call);
    const CXXMethodDecl *MD = MC ? MC->getMethodDecl() : nullptr;
    if (!MD || MC->getNumArgs() != 3 || qualifiedName(MD->getParent()) != "seastar::httpd::routes")
      return;
    std::string Method = simpleName(MD);
    if (Method != "add" && Method != "put")
      return;
    std::string Route = urlText(MC->getArg(1));
    const CXXNewExpr *New = handlerAllocation(MC->getArg(2));
    const CXXConstructExpr *Construct = New ? New->getConstructExpr() : nullptr;
    const CXXRecordDecl *Class = Construct ? Construct->getConstructor()->getParent() : nullptr;
    bool IsFunctionHandler = qualifiedName(Class) == "seastar::httpd::function_handler";
    const Expr *Function =
        IsFunctionHandler && Construct->getNumArgs() > 0 ? Construct->getArg(0) : nullptr;
    RecognizedEndpoint R = makeEndpoint(name(), httpMethodText(MC->getArg(0)), Route,
                                        MC->getBeginLoc(), Function, Ctx);
    if (IsFunctionHandler) {
      R.ReturnIsResponse = true;
    } else if (Class) {
      R.Handler = methodDefinition(Class, "handle");
      R.Info.HandlerResolved = R.Handler != nullptr;
      R.Info.HandlerName = R.Handler ? qualifiedName(R.Handler) : "<unresolved>";
      if (R.Handler)
        R.Info.Handler = toSourcePos(Ctx.getSourceManager(), R.Handler->getLocation());
    }
    Out.push_back(std::move(R));
  }

  std::optional<EmissionSite> responseWrite(const Stmt *S) const override {
    auto IsReply = [](const CXXRecordDecl *RD) {
      return qualifiedName(RD) == "seastar::http::reply";
    };
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(S)) {
      const CXXMethodDecl *MD = MC->getMethodDecl();
      std::string Method = simpleName(MD);
      // write_body(type, body), set_status(status, body): the body is second.
      if (MD && IsReply(MD->getParent()) && (Method == "write_body" || Method == "set_status") &&
          MC->getNumArgs() == 2)
        return EmissionSite{S, {MC->getArg(1)}};
      return std::nullopt;
    }
    return recognizeResponseObjectWrite(
        S, IsReply, [](llvm::StringRef) { return false; }, "_content");
  }
};

} // namespace

std::vector<std::unique_ptr<FrameworkRecognizer>> createSeastarRecognizers() {
  std::vector<std::unique_ptr<FrameworkRecognizer>> R;
  R.push_back(std::make_unique<SeastarRecognizer>());
  return R;
}

} // namespace pii
