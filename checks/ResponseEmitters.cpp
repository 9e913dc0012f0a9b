#include "ResponseEmitters.h"

#include "AstUtil.h"

#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace pii {

std::optional<EmissionSite>
recognizeResponseObjectWrite(const Stmt *S, llvm::function_ref<bool(const CXXRecordDecl *)> IsResponse,
                             llvm::function_ref<bool(llvm::StringRef)> WritesBody,
                             llvm::StringRef BodyField) {
  auto BodyAssignment = [&](const Expr *LHS, const Expr *RHS) -> std::optional<EmissionSite> {
    const auto *ME = dyn_cast<MemberExpr>(LHS->IgnoreParenImpCasts());
    if (!ME || simpleName(ME->getMemberDecl()) != BodyField)
      return std::nullopt;
    const CXXRecordDecl *RD = recordOf(ME->getBase()->getType());
    if (!RD || !IsResponse(RD))
      return std::nullopt;
    return EmissionSite{S, {RHS}};
  };
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(S)) {
    const CXXMethodDecl *MD = MC->getMethodDecl();
    const CXXRecordDecl *RD = recordOf(MC->getObjectType());
    if (!MD || !RD || !IsResponse(RD) || !WritesBody(simpleName(MD)))
      return std::nullopt;
    EmissionSite Site{S, {}};
    if (MC->getNumArgs() > 0)
      Site.Values.push_back(MC->getArg(0));
    return Site;
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(S))
    if (BO->isAssignmentOp())
      return BodyAssignment(BO->getLHS(), BO->getRHS());
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(S))
    if ((OC->getOperator() == OO_Equal || OC->getOperator() == OO_PlusEqual) &&
        OC->getNumArgs() == 2)
      return BodyAssignment(OC->getArg(0), OC->getArg(1));
  return std::nullopt;
}

} // namespace pii
