// oatpp: ENDPOINT methods of ApiController subclasses, as the codegen macros
// expand them (Z__PROXY_METHOD_<name>, Z__CREATE_ENDPOINT_INFO_<name>);
// AUTHORIZATION parameters, ENDPOINT_INTERCEPTORs and request interceptors
// as route guards. The endpoint method's return value is the response.
#include "FrameworkRecognizer.h"

#include "AstUtil.h"
#include "RouteArguments.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

#include <map>

using namespace clang;

namespace pii {

namespace {

constexpr llvm::StringLiteral ProxyPrefix = "Z__PROXY_METHOD_";
constexpr llvm::StringLiteral InfoPrefix = "Z__CREATE_ENDPOINT_INFO_";
constexpr llvm::StringLiteral InterceptorPrefix = "Z__USER_INTERCEPTOR_METHOD_";
constexpr llvm::StringLiteral ApiController = "oatpp::web::server::api::ApiController";

/// The class of a handler object: T of a std::shared_ptr<T> expression.
const CXXRecordDecl *pointeeClass(const Expr *E) {
  E = stripWrappers(E);
  if (!E)
    return nullptr;
  const CXXRecordDecl *RD = recordOf(E->getType());
  if (qualifiedName(RD) == "std::shared_ptr")
    return templateRecordArg(RD, 0);
  return RD;
}

/// `info->method = "GET"` and `info->path = ... PATH` in an endpoint's
/// info builder lambda.
class InfoReader : public RecursiveASTVisitor<InfoReader> {
public:
  bool shouldVisitLambdaBodies() const { return true; }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *OC) {
    if (OC->getOperator() != OO_Equal || OC->getNumArgs() != 2)
      return true;
    const auto *ME = dyn_cast<MemberExpr>(OC->getArg(0)->IgnoreParenImpCasts());
    if (!ME)
      return true;
    std::string Field = simpleName(ME->getMemberDecl());
    if (Field == "method")
      Method = httpMethodText(OC->getArg(1));
    else if (Field == "path")
      Path = lastLiteral(OC->getArg(1));
    return true;
  }
  std::string Method, Path;

private:
  static std::string lastLiteral(const Stmt *S) {
    std::string Found;
    if (const auto *SL = dyn_cast<StringLiteral>(S))
      return SL->getString().str();
    for (const Stmt *Child : S->children())
      if (Child)
        if (std::string Inner = lastLiteral(Child); !Inner.empty())
          Found = Inner;
    return Found;
  }
};

/// The router prefix a controller passes to ApiController's constructor.
std::string routerPrefix(const CXXRecordDecl *RD) {
  for (const CXXConstructorDecl *Ctor : RD->ctors())
    for (const CXXCtorInitializer *Init : Ctor->inits()) {
      if (!Init->isBaseInitializer() ||
          qualifiedName(recordOf(QualType(Init->getBaseClass(), 0))) != ApiController)
        continue;
      const auto *CE = dyn_cast<CXXConstructExpr>(Init->getInit()->IgnoreImplicit());
      if (CE && CE->getNumArgs() >= 2 && !isa<CXXDefaultArgExpr>(CE->getArg(1)))
        if (auto Text = stringLiteralText(CE->getArg(1)))
          return *Text;
    }
  return "";
}

/// `return nullptr;`: a request interceptor lets the request through.
void collectNullReturns(const Stmt *S, std::vector<const Stmt *> &Out) {
  if (!S || isa<LambdaExpr>(S))
    return;
  if (const auto *R = dyn_cast<ReturnStmt>(S))
    if (R->getRetValue() && isa<CXXNullPtrLiteralExpr>(stripWrappers(R->getRetValue())))
      Out.push_back(R);
  for (const Stmt *Child : S->children())
    collectNullReturns(Child, Out);
}

struct HandlerSetting {
  const CXXRecordDecl *Class = nullptr;
  SourceLocation Loc;
};

class OatppRecognizer : public FrameworkRecognizer {
public:
  llvm::StringRef name() const override { return "oatpp"; }

  void visitDecl(const Decl *D, ASTContext &Ctx, std::vector<RecognizedEndpoint> &Out) override {
    const auto *RD = dyn_cast<CXXRecordDecl>(D);
    if (RD && RD->isThisDeclarationADefinition() && isOrDerivesFrom(RD, ApiController))
      Controllers.push_back(RD);
  }

  void visitCall(const CallExpr *Call, ASTContext &Ctx,
                 std::vector<RecognizedEndpoint> &Out) override {
    const auto *MC = dyn_cast<CXXMemberCallExpr>(Call);
    const CXXMethodDecl *MD = MC ? MC->getMethodDecl() : nullptr;
    if (!MD || MC->getNumArgs() != 1)
      return;
    std::string Method = simpleName(MD);
    if (Method == "setDefaultAuthorizationHandler" &&
        qualifiedName(MD->getParent()) == ApiController)
      DefaultHandlers[recordOf(MC->getImplicitObjectArgument()->IgnoreParenImpCasts()->getType())] =
          {pointeeClass(MC->getArg(0)), MC->getBeginLoc()};
    else if (Method == "addRequestInterceptor" &&
             qualifiedName(MD->getParent()) == "oatpp::web::server::HttpConnectionHandler")
      Interceptors.push_back({pointeeClass(MC->getArg(0)), MC->getBeginLoc()});
  }

  void finish(ASTContext &Ctx, std::vector<RecognizedEndpoint> &Out) override {
    for (const CXXRecordDecl *RD : Controllers)
      addEndpoints(RD, Ctx, Out);
  }

private:
  void addEndpoints(const CXXRecordDecl *RD, ASTContext &Ctx,
                    std::vector<RecognizedEndpoint> &Out) {
    const SourceManager &SM = Ctx.getSourceManager();
    std::string Prefix = routerPrefix(RD);
    std::map<std::string, size_t> ByName;  // endpoint name -> index in Out
    for (const CXXMethodDecl *Proxy : RD->methods()) {
      llvm::StringRef Name = Proxy->getName();
      if (!Proxy->getDeclName().isIdentifier() || !Name.consume_front(ProxyPrefix))
        continue;
      InfoReader Info;
      for (const FieldDecl *F : RD->fields())
        if (F->getName() == (InfoPrefix + Name).str() && F->getInClassInitializer())
          Info.TraverseStmt(F->getInClassInitializer());
      RecognizedEndpoint R = makeEndpoint(name(), Info.Method, Prefix + Info.Path,
                                          Proxy->getBeginLoc(), nullptr, Ctx);
      for (const CXXMethodDecl *MD : RD->methods())
        if (MD->getDeclName().isIdentifier() && MD->getName() == Name)
          R.Handler = userDefinition(MD);
      R.Info.HandlerResolved = R.Handler != nullptr;
      R.Info.HandlerName = R.Handler ? qualifiedName(R.Handler) : "<unresolved>";
      if (R.Handler)
        R.Info.Handler = toSourcePos(SM, R.Handler->getLocation());
      R.ReturnIsResponse = true;
      addAuthorization(RD, Proxy, SM, R);
      for (const auto &[Class, Loc] : Interceptors) {
        GuardingCallback CB;
        CB.Function = methodDefinition(Class, "intercept");
        CB.Name = Class ? qualifiedName(Class) : "<request interceptor>";
        CB.Where = toSourcePos(SM, Loc);
        if (CB.Function)
          collectNullReturns(CB.Function->getBody(), CB.Continues);
        R.GuardCallbacks.push_back(std::move(CB));
      }
      ByName[Name.str()] = Out.size();
      Out.push_back(std::move(R));
    }
    addEndpointInterceptors(RD, SM, ByName, Out);
  }

  /// AUTHORIZATION(TYPE, NAME [, HANDLER]) expands, in the proxy method, to
  /// handleDefaultAuthorization(...) or HANDLER->handleAuthorization(...).
  void addAuthorization(const CXXRecordDecl *RD, const CXXMethodDecl *Proxy,
                        const SourceManager &SM, RecognizedEndpoint &R) {
    const Stmt *Body = Proxy->getBody();
    if (!Body)
      return;
    for (const Stmt *S : Body->children()) {
      const auto *DS = dyn_cast_or_null<DeclStmt>(S);
      if (!DS || !DS->isSingleDecl())
        continue;
      const auto *VD = dyn_cast<VarDecl>(DS->getSingleDecl());
      if (!VD || !VD->getInit())
        continue;
      if (VD->getName().starts_with("__auth_handler_")) {
        R.RouteGuards.push_back(authGuard(pointeeClass(VD->getInit()), VD->getLocation(), SM));
        continue;
      }
      const auto *Call = dyn_cast<CXXMemberCallExpr>(stripWrappers(VD->getInit()));
      if (Call && simpleName(Call->getMethodDecl()) == "handleDefaultAuthorization") {
        auto It = DefaultHandlers.find(RD);
        HandlerSetting H = It == DefaultHandlers.end() ? HandlerSetting{} : It->second;
        R.RouteGuards.push_back(
            authGuard(H.Class, H.Loc.isValid() ? H.Loc : VD->getLocation(), SM));
      }
    }
  }

  static GuardUse authGuard(const CXXRecordDecl *Handler, SourceLocation Loc,
                            const SourceManager &SM) {
    GuardUse G;
    G.Kind = "auth";
    G.Where = toSourcePos(SM, Loc);
    G.Callee = Handler ? qualifiedName(Handler) : "AUTHORIZATION";
    if (!Handler)
      G.WhyNot = "no authorization handler is set on the controller in this translation unit";
    else if (!methodDefinition(Handler, "authorize") &&
             !methodDefinition(Handler, "handleAuthorization"))
      G.WhyNot = "oatpp's stock handler accepts any credentials; override authorize()";
    return G;
  }

  void addEndpointInterceptors(const CXXRecordDecl *RD, const SourceManager &SM,
                               const std::map<std::string, size_t> &ByName,
                               std::vector<RecognizedEndpoint> &Out) {
    for (const Decl *D : RD->decls()) {
      const auto *FTD = dyn_cast<FunctionTemplateDecl>(D);
      llvm::StringRef Name = FTD ? FTD->getName() : "";
      if (!Name.consume_front(InterceptorPrefix))
        continue;
      // Names are <endpoint>_<interceptor>; the longest endpoint name wins.
      const std::string *Endpoint = nullptr;
      for (const auto &[EndpointName, Index] : ByName)
        if (Name.starts_with(EndpointName + "_") &&
            (!Endpoint || EndpointName.size() > Endpoint->size()))
          Endpoint = &EndpointName;
      if (!Endpoint)
        continue;
      GuardingCallback CB;
      CB.Name = "ENDPOINT_INTERCEPTOR(" + *Endpoint + ", " +
                Name.drop_front(Endpoint->size() + 1).str() + ")";
      CB.Where = toSourcePos(SM, FTD->getBeginLoc());
      // The instantiation for the controller has a body without dependent types.
      for (const FunctionDecl *Spec : FTD->specializations())
        if (Spec->hasBody())
          CB.Function = Spec->getDefinition();
      if (!CB.Function)
        CB.Function = FTD->getTemplatedDecl();
      CB.Continues = usesOfParam(CB.Function, 0);
      Out[ByName.at(*Endpoint)].GuardCallbacks.push_back(std::move(CB));
    }
  }

  std::vector<const CXXRecordDecl *> Controllers;
  std::map<const CXXRecordDecl *, HandlerSetting> DefaultHandlers;
  std::vector<std::pair<const CXXRecordDecl *, SourceLocation>> Interceptors;
};

} // namespace

std::vector<std::unique_ptr<FrameworkRecognizer>> createOatppRecognizers() {
  std::vector<std::unique_ptr<FrameworkRecognizer>> R;
  R.push_back(std::make_unique<OatppRecognizer>());
  return R;
}

} // namespace pii
