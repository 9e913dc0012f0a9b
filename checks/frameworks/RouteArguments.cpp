#include "RouteArguments.h"

#include "AstUtil.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace pii {

std::string httpMethodText(const Expr *E) {
  E = stripWrappers(E);
  if (auto Text = stringLiteralText(E))
    return llvm::StringRef(*Text).upper();
  if (const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E))
    if (isa<EnumConstantDecl>(DRE->getDecl()))
      return llvm::StringRef(simpleName(DRE->getDecl())).upper();
  return "";
}

const ValueDecl *receiverDecl(const Expr *E) {
  while (E) {
    E = stripWrappers(E);
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      return DRE->getDecl();
    if (const auto *ME = dyn_cast<MemberExpr>(E))
      return ME->getMemberDecl();
    if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
      E = UO->getSubExpr();
      continue;
    }
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E))
      if ((OC->getOperator() == OO_Arrow || OC->getOperator() == OO_Star) &&
          OC->getNumArgs() == 1) {
        E = OC->getArg(0);
        continue;
      }
    return nullptr;
  }
  return nullptr;
}

bool isSpecializationOf(const CXXRecordDecl *RD, llvm::StringRef QualifiedTemplate) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(RD);
  return Spec && qualifiedName(Spec->getSpecializedTemplate()) == QualifiedTemplate;
}

const CXXRecordDecl *templateRecordArg(const CXXRecordDecl *RD, unsigned I) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(RD);
  if (!Spec || I >= Spec->getTemplateArgs().size())
    return nullptr;
  const TemplateArgument &Arg = Spec->getTemplateArgs()[I];
  return Arg.getKind() == TemplateArgument::Type ? recordOf(Arg.getAsType()) : nullptr;
}

const FunctionDecl *methodDefinition(const CXXRecordDecl *RD, llvm::StringRef Name) {
  if (!RD || !RD->hasDefinition())
    return nullptr;
  RD = RD->getDefinition();
  for (const CXXMethodDecl *MD : RD->methods())
    if (simpleName(MD) == Name)
      if (const FunctionDecl *Def = userDefinition(MD))
        return Def;
  for (const CXXBaseSpecifier &B : RD->bases())
    if (const FunctionDecl *Def = methodDefinition(recordOf(B.getType()), Name))
      return Def;
  return nullptr;
}

} // namespace pii
