// Home-grown frameworks declared in the policy: calls to endpoints.custom
// functions register routes; calls to endpoints.guard_attachments functions
// attach a guard to every route registered on the same router object.
#include "FrameworkRecognizer.h"

#include "AstUtil.h"
#include "RouteArguments.h"

#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace pii {

namespace {

/// The router a call acts on: the object of a member call, else the first
/// argument naming a variable or member that is not one of Skip.
const ValueDecl *routerOf(const CallExpr *Call, std::initializer_list<int> Skip) {
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call))
    return receiverDecl(MC->getImplicitObjectArgument());
  for (unsigned I = 0; I < Call->getNumArgs(); ++I)
    if (!llvm::is_contained(Skip, static_cast<int>(I)))
      if (const ValueDecl *D = receiverDecl(Call->getArg(I)))
        return D;
  return nullptr;
}

const Expr *argument(const CallExpr *Call, int Index) {
  return Index >= 0 && static_cast<unsigned>(Index) < Call->getNumArgs() ? Call->getArg(Index)
                                                                         : nullptr;
}

struct Registration {
  CustomRegistration Spec;
  NamePattern Function;
};

struct Attachment {
  CustomGuardAttachment Spec;
  NamePattern Function;
};

struct RouteOnRouter {
  size_t Index;  // in the recognizer's output
  const ValueDecl *Router;
};

class CustomRecognizer : public FrameworkRecognizer {
public:
  explicit CustomRecognizer(const Policy &P) {
    // The policy loader has already rejected malformed patterns.
    for (const CustomRegistration &R : P.CustomEndpoints)
      Registrations.push_back({R, llvm::cantFail(NamePattern::create(R.Function))});
    for (const CustomGuardAttachment &A : P.CustomGuards)
      Attachments.push_back({A, llvm::cantFail(NamePattern::create(A.Function))});
  }

  llvm::StringRef name() const override { return "custom"; }

  void visitCall(const CallExpr *Call, ASTContext &Ctx,
                 std::vector<RecognizedEndpoint> &Out) override {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee || isa<CXXOperatorCallExpr>(Call))
      return;
    std::string Simple = simpleName(Callee), Qualified = qualifiedName(Callee);
    for (const Registration &R : Registrations)
      if (R.Function.matches(Simple, Qualified))
        addRoute(Call, R.Spec, Ctx, Out);
    for (const Attachment &A : Attachments)
      if (A.Function.matches(Simple, Qualified)) {
        GuardUse G;
        G.Callee = Qualified;
        G.Kind = A.Spec.Kind;
        G.Where = toSourcePos(Ctx.getSourceManager(), Call->getBeginLoc());
        Guards.push_back({routerOf(Call, {}), G});
      }
  }

  void finish(ASTContext &Ctx, std::vector<RecognizedEndpoint> &Out) override {
    for (const RouteOnRouter &Route : Routes)
      for (const auto &[Router, G] : Guards)
        if (Router && Router == Route.Router)
          Out[Route.Index].RouteGuards.push_back(G);
  }

private:
  void addRoute(const CallExpr *Call, const CustomRegistration &Spec, ASTContext &Ctx,
                std::vector<RecognizedEndpoint> &Out) {
    const Expr *Handler = argument(Call, Spec.HandlerArg);
    const Expr *Path = argument(Call, Spec.PathArg);
    if (!Handler || !Path)
      return;
    std::string Method = Spec.Method.empty() ? "ANY" : Spec.Method;
    if (const Expr *M = argument(Call, Spec.MethodArg))
      Method = httpMethodText(M).empty() ? "<dynamic>" : httpMethodText(M);
    RecognizedEndpoint R =
        makeEndpoint(name(), Method, routeText(Path), Call->getBeginLoc(), Handler, Ctx);
    R.ReturnIsResponse = R.Handler && !R.Handler->getReturnType()->isVoidType();
    Routes.push_back({Out.size(), routerOf(Call, {Spec.PathArg, Spec.HandlerArg, Spec.MethodArg})});
    Out.push_back(std::move(R));
  }

  std::vector<Registration> Registrations;
  std::vector<Attachment> Attachments;
  std::vector<RouteOnRouter> Routes;
  std::vector<std::pair<const ValueDecl *, GuardUse>> Guards;
};

} // namespace

std::vector<std::unique_ptr<FrameworkRecognizer>> createCustomRecognizers(const Policy &P) {
  std::vector<std::unique_ptr<FrameworkRecognizer>> R;
  if (!P.CustomEndpoints.empty())
    R.push_back(std::make_unique<CustomRecognizer>(P));
  return R;
}

} // namespace pii
