#include "DispatchBranches.h"

#include "AstUtil.h"

#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace pii {

namespace {

bool isZero(const Expr *E) {
  const auto *I = dyn_cast<IntegerLiteral>(stripWrappers(E));
  return I && I->getValue() == 0;
}

void conjuncts(const Expr *E, std::vector<const Expr *> &Out) {
  E = E->IgnoreParenImpCasts();
  if (const auto *BO = dyn_cast<BinaryOperator>(E); BO && BO->getOpcode() == BO_LAnd) {
    conjuncts(BO->getLHS(), Out);
    conjuncts(BO->getRHS(), Out);
    return;
  }
  Out.push_back(E);
}

void collect(const Stmt *S, llvm::function_ref<bool(const Expr *)> IsPath,
             llvm::function_ref<std::string(const Expr *)> MethodOf,
             std::vector<DispatchBranch> &Out) {
  if (!S || isa<LambdaExpr>(S))
    return;
  if (const auto *If = dyn_cast<IfStmt>(S); If && If->getCond()) {
    std::vector<const Expr *> Tests;
    conjuncts(If->getCond(), Tests);
    DispatchBranch B{If, "", "ANY"};
    for (const Expr *T : Tests) {
      if (auto Test = pathTest(T, IsPath))
        B.Route = Test->Prefix ? llvm::StringRef(Test->Literal).rtrim('/').str() + "/*"
                               : Test->Literal;
      else if (std::string Method = MethodOf(T); !Method.empty())
        B.Method = Method;
    }
    if (!B.Route.empty())
      Out.push_back(B);
  }
  for (const Stmt *Child : S->children())
    collect(Child, IsPath, MethodOf, Out);
}

} // namespace

std::optional<PathTest> pathTest(const Expr *E, llvm::function_ref<bool(const Expr *)> IsPath) {
  const Expr *L, *R;
  if (equalityOperands(E, L, R)) {
    if (isZero(R))
      std::swap(L, R);
    if (isZero(L))
      if (const auto *MC = dyn_cast<CXXMemberCallExpr>(stripWrappers(R))) {
        std::string Name = MC->getMethodDecl() ? simpleName(MC->getMethodDecl()) : "";
        bool FromStart = Name == "find" || (Name == "rfind" && MC->getNumArgs() > 1 &&
                                            isZero(MC->getArg(1)));
        if (FromStart && IsPath(MC->getImplicitObjectArgument()))
          if (auto Text = stringLiteralText(MC->getArg(0)))
            return PathTest{*Text, true};
        return std::nullopt;
      }
    if (IsPath(R))
      std::swap(L, R);
    if (IsPath(L))
      if (auto Text = stringLiteralText(R))
        return PathTest{*Text, false};
    return std::nullopt;
  }
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(stripWrappers(E)))
    if (MC->getMethodDecl() && simpleName(MC->getMethodDecl()) == "starts_with" &&
        MC->getNumArgs() == 1 && IsPath(MC->getImplicitObjectArgument()))
      if (auto Text = stringLiteralText(MC->getArg(0)))
        return PathTest{*Text, true};
  return std::nullopt;
}

std::string comparedEnumerator(const Expr *E, llvm::function_ref<bool(const Expr *)> IsMethod) {
  const Expr *L, *R;
  if (!equalityOperands(E, L, R))
    return "";
  if (IsMethod(R))
    std::swap(L, R);
  const auto *Value = dyn_cast<DeclRefExpr>(stripWrappers(R));
  if (!IsMethod(L) || !Value || !isa<EnumConstantDecl>(Value->getDecl()))
    return "";
  return simpleName(Value->getDecl());
}

bool equalityOperands(const Expr *E, const Expr *&L, const Expr *&R) {
  E = stripWrappers(E);
  if (const auto *BO = dyn_cast_or_null<BinaryOperator>(E); BO && BO->getOpcode() == BO_EQ) {
    L = BO->getLHS(), R = BO->getRHS();
    return true;
  }
  if (const auto *OC = dyn_cast_or_null<CXXOperatorCallExpr>(E);
      OC && OC->getOperator() == OO_EqualEqual && OC->getNumArgs() == 2) {
    L = OC->getArg(0), R = OC->getArg(1);
    return true;
  }
  return false;
}

std::vector<DispatchBranch> dispatchBranches(const Stmt *Body,
                                             llvm::function_ref<bool(const Expr *)> IsPath,
                                             llvm::function_ref<std::string(const Expr *)> MethodOf) {
  std::vector<DispatchBranch> Out;
  collect(Body, IsPath, MethodOf, Out);
  return Out;
}

} // namespace pii
