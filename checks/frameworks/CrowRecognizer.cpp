// Crow: CROW_ROUTE(app, url), CROW_BP_ROUTE(bp, url) and app.route_dynamic(url),
// optionally followed by .methods(...)/.name(...)/.CROW_MIDDLEWARES(app, M),
// then (handler). Middleware of crow::App<M...> guards the app's routes.
#include "FrameworkRecognizer.h"

#include "AstUtil.h"
#include "RouteArguments.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
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

/// The record types among template arguments, packs expanded.
void recordArgs(llvm::ArrayRef<TemplateArgument> Args, std::vector<const CXXRecordDecl *> &Out) {
  for (const TemplateArgument &A : Args) {
    if (A.getKind() == TemplateArgument::Pack)
      recordArgs(A.pack_elements(), Out);
    else if (A.getKind() == TemplateArgument::Type)
      if (const CXXRecordDecl *RD = recordOf(A.getAsType()))
        Out.push_back(RD);
  }
}

/// Middleware runs before_handle first; the request goes on to the handler
/// when it returns without having ended the response.
GuardingCallback middlewareCallback(const CXXRecordDecl *M, SourceLocation At, ASTContext &Ctx) {
  GuardingCallback CB;
  CB.Function = methodDefinition(M, "before_handle");
  CB.Name = qualifiedName(M);
  CB.Where = toSourcePos(Ctx.getSourceManager(), At);
  CB.ContinuesAtExit = true;
  std::vector<const Stmt *> Work;
  if (CB.Function)
    Work.push_back(CB.Function->getBody());
  while (!Work.empty()) {
    const Stmt *S = Work.back();
    Work.pop_back();
    if (!S || isa<LambdaExpr>(S))
      continue;
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(S))
      if (MC->getMethodDecl() && simpleName(MC->getMethodDecl()) == "end" &&
          qualifiedName(recordOf(MC->getObjectType())) == "crow::response")
        CB.Stops.push_back(S);
    for (const Stmt *Child : S->children())
      Work.push_back(Child);
  }
  return CB;
}

/// Global middleware of the app a rule is created on (crow::App<M...>),
/// and local middleware named by CROW_MIDDLEWARES on this rule.
std::vector<GuardingCallback> routeMiddleware(const CXXMemberCallExpr *Creation,
                                              const std::vector<const CXXRecordDecl *> &Local,
                                              ASTContext &Ctx) {
  std::vector<GuardingCallback> Out;
  const auto *App =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(recordOf(Creation->getObjectType()));
  if (App && qualifiedName(App) == "crow::Crow") {
    std::vector<const CXXRecordDecl *> Global;
    recordArgs(App->getTemplateArgs().asArray(), Global);
    for (const CXXRecordDecl *M : Global)
      if (!isOrDerivesFrom(M, "crow::ILocalMiddleware"))
        Out.push_back(middlewareCallback(M, Creation->getBeginLoc(), Ctx));
  }
  for (const CXXRecordDecl *M : Local)
    Out.push_back(middlewareCallback(M, Creation->getBeginLoc(), Ctx));
  return Out;
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
    std::vector<const CXXRecordDecl *> LocalMiddleware;
    const Expr *Obj = stripWrappers(OC->getArg(0));
    while (const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(Obj)) {
      std::string Name = simpleName(MC->getMethodDecl());
      if (Name == "methods") {
        for (const Expr *Arg : MC->arguments())
          if (std::string M = methodName(Arg); !M.empty())
            Methods.push_back(M);
      } else if (Name == "middlewares") {
        // middlewares<App, M...>(): the first argument is the app type.
        if (const TemplateArgumentList *Args =
                MC->getMethodDecl()->getTemplateSpecializationArgs())
          recordArgs(Args->asArray().drop_front(), LocalMiddleware);
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
          R.GuardCallbacks = routeMiddleware(MC, LocalMiddleware, Ctx);
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
