// Boost.Beast: no router; a function taking an http::request dispatches on
// req.target() (and req.method()), each branch an endpoint. Responses are
// written through `res.body() = x` or built as http::response{status, version, body}.
#include "FrameworkRecognizer.h"

#include "AstUtil.h"
#include "DispatchBranches.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace pii {

namespace {

/// http::request<...> (IsRequest) or http::response<...>, or its header
/// base class (where target() and method() are members).
bool isBeastMessage(const CXXRecordDecl *RD, bool IsRequest) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(RD);
  if (!Spec || (qualifiedName(Spec) != "boost::beast::http::message" &&
                qualifiedName(Spec) != "boost::beast::http::header"))
    return false;
  const TemplateArgument &Kind = Spec->getTemplateArgs()[0];
  return Kind.getKind() == TemplateArgument::Integral &&
         Kind.getAsIntegral().getBoolValue() == IsRequest;
}

/// `req.<Accessor>()` on a request, seen through a local copy of it.
bool isRequestAccessor(const Expr *E, llvm::StringRef Accessor) {
  E = stripWrappers(E);
  if (const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()); VD && VD->getInit() &&
                                                             VD->getType().isConstQualified())
      return isRequestAccessor(VD->getInit(), Accessor);
  const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(E);
  return MC && MC->getMethodDecl() && simpleName(MC->getMethodDecl()) == Accessor &&
         isBeastMessage(recordOf(MC->getObjectType()), true);
}

/// "GET" from `req.method() == http::verb::get`.
std::string verbTest(const Expr *E) {
  return llvm::StringRef(comparedEnumerator(E, [](const Expr *M) {
           return isRequestAccessor(M, "method");
         })).upper();
}

class BeastRecognizer : public FrameworkRecognizer {
public:
  llvm::StringRef name() const override { return "boost-beast"; }

  void visitDecl(const Decl *D, ASTContext &Ctx, std::vector<RecognizedEndpoint> &Out) override {
    const auto *FD = dyn_cast<FunctionDecl>(D);
    // A dispatch template over the body type (the Beast examples'
    // handle_request<Body, Allocator, Send>): its pattern's request type is
    // dependent, so the first instantiation in this file is analysed.
    if (const auto *FTD = dyn_cast<FunctionTemplateDecl>(D)) {
      for (const FunctionDecl *Spec : FTD->specializations())
        if (Spec->isDefined() && Spec->getBody()) {
          FD = Spec;
          break;
        }
      if (!FD)
        return;
    } else if (FD && FD->getDescribedFunctionTemplate()) {
      return;  // the pattern: handled through its template above
    }
    if (!FD || !FD->getBody() ||
        llvm::none_of(FD->parameters(), [](const ParmVarDecl *P) {
          return isBeastMessage(recordOf(P->getType()), true);
        }))
      return;
    auto IsTarget = [](const Expr *E) { return isRequestAccessor(E, "target"); };
    for (const DispatchBranch &B : dispatchBranches(FD->getBody(), IsTarget, verbTest)) {
      RecognizedEndpoint R =
          makeFunctionEndpoint(name(), B.Method, B.Route, B.If->getCond()->getBeginLoc(), FD, Ctx);
      R.Scope = B.If->getThen();
      Out.push_back(std::move(R));
    }
  }

  std::optional<EmissionSite> responseWrite(const Stmt *S) const override {
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(S)) {
      if ((OC->getOperator() != OO_Equal && OC->getOperator() != OO_PlusEqual) ||
          OC->getNumArgs() != 2)
        return std::nullopt;
      const auto *Body = dyn_cast<CXXMemberCallExpr>(stripWrappers(OC->getArg(0)));
      if (Body && Body->getMethodDecl() && simpleName(Body->getMethodDecl()) == "body" &&
          isBeastMessage(recordOf(Body->getObjectType()), false))
        return EmissionSite{S, {OC->getArg(1)}};
      return std::nullopt;
    }
    // http::response<http::string_body>{http::status::ok, version, body}
    if (const auto *CE = dyn_cast<CXXConstructExpr>(S);
        CE && CE->getNumArgs() >= 3 && isBeastMessage(recordOf(CE->getType()), false)) {
      EmissionSite Site{S, {}};
      for (unsigned I = 2; I < CE->getNumArgs(); ++I)
        Site.Values.push_back(CE->getArg(I));
      return Site;
    }
    return std::nullopt;
  }
};

} // namespace

std::vector<std::unique_ptr<FrameworkRecognizer>> createBeastRecognizers() {
  std::vector<std::unique_ptr<FrameworkRecognizer>> R;
  R.push_back(std::make_unique<BeastRecognizer>());
  return R;
}

} // namespace pii
