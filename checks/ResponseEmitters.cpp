#include "ResponseEmitters.h"

#include "AstUtil.h"

#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/StringSwitch.h"

using namespace clang;

namespace pii {

namespace {

enum class ResponseKind { None, Httplib, Crow };

ResponseKind responseKindOf(QualType T) {
  const CXXRecordDecl *RD = recordOf(T);
  if (!RD)
    return ResponseKind::None;
  std::string Name = qualifiedName(RD);
  if (Name == "httplib::Response")
    return ResponseKind::Httplib;
  if (Name == "crow::response")
    return ResponseKind::Crow;
  return ResponseKind::None;
}

bool writesBody(ResponseKind K, llvm::StringRef Method) {
  switch (K) {
  case ResponseKind::Httplib:
    return llvm::StringSwitch<bool>(Method)
        .Cases("set_content", "set_content_provider",
               "set_chunked_content_provider", true)
        .Default(false);
  case ResponseKind::Crow:
    return Method == "write" || Method == "end";
  case ResponseKind::None:
    return false;
  }
  return false;
}

/// `res.body = x` / `res.body += x` for a response object `res`.
std::optional<EmissionSite> bodyAssignment(const Stmt *S, const Expr *LHS,
                                           const Expr *RHS) {
  const auto *ME = dyn_cast<MemberExpr>(LHS->IgnoreParenImpCasts());
  if (!ME || simpleName(ME->getMemberDecl()) != "body" ||
      responseKindOf(ME->getBase()->getType()) == ResponseKind::None)
    return std::nullopt;
  return EmissionSite{S, {RHS}};
}

} // namespace

std::optional<EmissionSite> recognizeResponseWrite(const Stmt *S) {
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(S)) {
    const CXXMethodDecl *MD = MC->getMethodDecl();
    if (!MD || !writesBody(responseKindOf(MC->getObjectType()), simpleName(MD)))
      return std::nullopt;
    EmissionSite Site{S, {}};
    if (MC->getNumArgs() > 0)
      Site.Values.push_back(MC->getArg(0));
    return Site;
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(S))
    if (BO->isAssignmentOp())
      return bodyAssignment(S, BO->getLHS(), BO->getRHS());
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(S))
    if ((OC->getOperator() == OO_Equal || OC->getOperator() == OO_PlusEqual) &&
        OC->getNumArgs() == 2)
      return bodyAssignment(S, OC->getArg(0), OC->getArg(1));
  return std::nullopt;
}

} // namespace pii
