#include "FrameworkRecognizer.h"

#include "AstUtil.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace pii {

namespace {

std::string enclosingFunctionName(const Decl *D) {
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent())
    if (const auto *FD = dyn_cast<FunctionDecl>(DC))
      if (!isa<CXXMethodDecl>(FD) || !cast<CXXMethodDecl>(FD)->getParent()->isLambda())
        return qualifiedName(FD);
  return "";
}

} // namespace

ResolvedHandler resolveHandler(const Expr *E, ASTContext &Ctx) {
  E = stripWrappers(E);
  if (!E)
    return {};
  if (const auto *UO = dyn_cast<UnaryOperator>(E))
    if (UO->getOpcode() == UO_AddrOf)
      return resolveHandler(UO->getSubExpr(), Ctx);
  if (const auto *LE = dyn_cast<LambdaExpr>(E)) {
    const CXXMethodDecl *Call = LE->getCallOperator();
    std::string Outer = enclosingFunctionName(Call->getParent());
    return {Call, "lambda in " + (Outer.empty() ? std::string("file scope") : Outer),
            LE->getBeginLoc()};
  }
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *FD = dyn_cast<FunctionDecl>(DRE->getDecl())) {
      const FunctionDecl *Def = userDefinition(FD);
      return {Def, qualifiedName(FD), Def ? Def->getLocation() : FD->getLocation()};
    }
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      if (VD->getInit())
        return resolveHandler(VD->getInit(), Ctx);
  }
  if (const auto *C = dyn_cast<CallExpr>(E))
    if (const FunctionDecl *Callee = C->getDirectCallee()) {
      std::string Name = qualifiedName(Callee);
      if ((Name == "std::bind" || Name == "std::bind_front") && C->getNumArgs() > 0)
        return resolveHandler(C->getArg(0), Ctx);
    }
  return {};
}

std::string routeText(const Expr *E) {
  if (auto Text = stringLiteralText(E))
    return *Text;
  return "<dynamic>";
}

RecognizedEndpoint makeEndpoint(llvm::StringRef Framework, std::string Method,
                                std::string Route, SourceLocation Registration,
                                const Expr *HandlerExpr, ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  RecognizedEndpoint R;
  R.Info.Framework = Framework.str();
  R.Info.Method = std::move(Method);
  R.Info.Route = std::move(Route);
  R.Info.Registration = toSourcePos(SM, Registration);
  ResolvedHandler H = resolveHandler(HandlerExpr, Ctx);
  R.Handler = H.Definition;
  R.Info.HandlerResolved = H.Definition != nullptr;
  R.Info.HandlerName = H.Name.empty() ? "<unresolved>" : H.Name;
  R.Info.Handler = toSourcePos(SM, H.Loc.isValid() ? H.Loc : Registration);
  return R;
}

RecognizedEndpoint makeFunctionEndpoint(llvm::StringRef Framework, std::string Method,
                                std::string Route, SourceLocation Registration,
                                const FunctionDecl *Handler, ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  RecognizedEndpoint R;
  R.Info.Framework = Framework.str();
  R.Info.Method = std::move(Method);
  R.Info.Route = std::move(Route);
  R.Info.Registration = toSourcePos(SM, Registration);
  R.Handler = Handler;
  R.Info.HandlerResolved = Handler != nullptr;
  R.Info.HandlerName = Handler ? qualifiedName(Handler) : "<unresolved>";
  R.Info.Handler = toSourcePos(SM, Handler ? Handler->getLocation() : Registration);
  return R;
}

} // namespace pii
