// Crow: CROW_ROUTE(app, url), CROW_BP_ROUTE(bp, url) and app.route_dynamic(url),
// optionally followed by .methods(...)/.name(...), then (handler).
#include "FrameworkRecognizer.h"

#include "AstUtil.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace pii {

namespace {

bool isRuleClass(const CXXRecordDecl *RD) {
  std::string Name = qualifiedName(RD);
  return Name == "crow::TaggedRule" || Name == "crow::DynamicRule";
}

/// "GET" from "GET"_method or crow::HTTPMethod::Get.
std::string methodName(const Expr *E) {
  E = stripWrappers(E);
  if (const auto *UDL = dyn_cast<UserDefinedLiteral>(E))
    if (const Expr *Cooked = UDL->getCookedLiteral())
      if (const auto *SL = dyn_cast<StringLiteral>(Cooked->IgnoreParenImpCasts()))
        return SL->getString().upper();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    if (isa<EnumConstantDecl>(DRE->getDecl()))
      return llvm::StringRef(simpleName(DRE->getDecl())).upper();
  return "";
}

/// The prefix a crow::Blueprint variable was constructed with.
std::string blueprintPrefix(const Expr *Object) {
  const auto *DRE = dyn_cast<DeclRefExpr>(Object->IgnoreParenImpCasts());
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!VD || !VD->getInit())
    return "";
  const auto *CE = dyn_cast<CXXConstructExpr>(VD->getInit()->IgnoreImplicit());
  if (!CE || CE->getNumArgs() == 0)
    return "";
  return stringLiteralText(CE->getArg(0)).value_or("");
}

std::string joinRoute(llvm::StringRef Prefix, llvm::StringRef Rule) {
  if (Prefix.empty())
    return Rule.str();
  return "/" + Prefix.trim('/').str() + "/" + Rule.ltrim('/').str();
}

class CrowRecognizer : public FrameworkRecognizer {
public:
  llvm::StringRef name() const override { return "crow"; }

  void visitCall(const CallExpr *Call, ASTContext &Ctx,
                 std::vector<RecognizedEndpoint> &Out) override {
    const auto *OC = dyn_cast<CXXOperatorCallExpr>(Call);
    if (!OC || OC->getOperator() != OO_Call || OC->getNumArgs() != 2)
      return;
    const auto *MD = dyn_cast_or_null<CXXMethodDecl>(OC->getDirectCallee());
    if (!MD || !isRuleClass(MD->getParent()))
      return;
    std::vector<std::string> Methods;
    const Expr *Obj = stripWrappers(OC->getArg(0));
    while (const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(Obj)) {
      std::string Name = simpleName(MC->getMethodDecl());
      if (Name == "methods") {
        for (const Expr *Arg : MC->arguments())
          if (std::string M = methodName(Arg); !M.empty())
            Methods.push_back(M);
      } else if (Name == "route" || Name == "route_dynamic" ||
                 Name == "new_rule_tagged" || Name == "new_rule_dynamic") {
        std::string Route = routeText(MC->getArg(0));
        if (Name.rfind("new_rule", 0) == 0 && Route != "<dynamic>")
          Route = joinRoute(blueprintPrefix(MC->getImplicitObjectArgument()), Route);
        if (Methods.empty())
          Methods.push_back("GET");
        for (const std::string &M : Methods) {
          RecognizedEndpoint R =
              makeEndpoint(name(), M, Route, MC->getBeginLoc(), OC->getArg(1), Ctx);
          R.ReturnIsResponse = R.Handler && !R.Handler->getReturnType()->isVoidType();
          Out.push_back(std::move(R));
        }
        return;
      }
      Obj = stripWrappers(MC->getImplicitObjectArgument());
    }
  }

  std::optional<EmissionSite> responseWrite(const Stmt *S) const override {
    return recognizeResponseObjectWrite(
        S, [](const CXXRecordDecl *RD) { return qualifiedName(RD) == "crow::response"; },
        [](llvm::StringRef Method) { return Method == "write" || Method == "end"; });
  }
};

} // namespace

std::vector<std::unique_ptr<FrameworkRecognizer>> createCrowRecognizers() {
  std::vector<std::unique_ptr<FrameworkRecognizer>> R;
  R.push_back(std::make_unique<CrowRecognizer>());
  return R;
}

} // namespace pii
