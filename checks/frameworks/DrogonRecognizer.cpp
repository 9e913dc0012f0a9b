// Drogon: HttpController method lists (METHOD_ADD, ADD_METHOD_TO,
// ADD_METHOD_VIA_REGEX), HttpSimpleController PATH_ADD, app().registerHandler
// and registerHttpSimpleController; filters and middleware named in the
// constraint list; responses passed to the handler's callback.
#include "FrameworkRecognizer.h"

#include "AstUtil.h"
#include "RouteArguments.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

#include <map>
#include <set>

using namespace clang;

namespace pii {

namespace {

/// Drogon's own filters that admit only local or intranet callers.
bool isBuiltinAllowlistFilter(llvm::StringRef Name) {
  return Name == "drogon::IntranetIpFilter" || Name == "drogon::LocalHostFilter";
}

struct NamedFilter {
  std::string Name;
  SourceLocation Loc;
};

/// The methods and filter names of a constraint list `{Get, "LoginFilter"}`.
class ConstraintReader : public RecursiveASTVisitor<ConstraintReader> {
public:
  bool VisitDeclRefExpr(DeclRefExpr *DRE) {
    if (const auto *EC = dyn_cast<EnumConstantDecl>(DRE->getDecl()))
      if (qualifiedName(cast<EnumDecl>(EC->getDeclContext())) == "drogon::HttpMethod")
        Methods.push_back(httpMethodText(DRE));
    return true;
  }
  bool VisitStringLiteral(StringLiteral *SL) {
    if (SL->getCharByteWidth() == 1)
      Filters.push_back({SL->getString().str(), SL->getBeginLoc()});
    return true;
  }
  std::vector<std::string> Methods;
  std::vector<NamedFilter> Filters;
};

/// A registration waiting for the whole translation unit: controllers are
/// live only when auto-created or registered, and filter classes may be
/// defined after the registration.
struct PendingRoute {
  std::string Route;
  SourceLocation Registration;
  const Expr *HandlerExpr = nullptr;                // a function or lambda
  const CXXRecordDecl *SimpleController = nullptr;  // or its asyncHandleHttpRequest
  std::string SimpleControllerName;                 // or the record named so
  const CXXRecordDecl *Controller = nullptr;        // the method list's class
  bool AutoCreated = true;
  const Expr *Constraints = nullptr;
};

std::string joinClassPath(const CXXRecordDecl *Class, llvm::StringRef Pattern) {
  std::string Path = "/" + qualifiedName(Class);
  for (size_t Pos; (Pos = Path.find("::")) != std::string::npos;)
    Path.replace(Pos, 2, "/");
  if (Pattern.empty() || Pattern.front() == '/')
    return Path + Pattern.str();
  return Path + "/" + Pattern.str();
}

/// True for `cb(resp)` where cb is a std::function taking an HttpResponsePtr.
bool isResponseCallbackCall(const CXXOperatorCallExpr *OC) {
  if (OC->getOperator() != OO_Call || OC->getNumArgs() != 2)
    return false;
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(OC->getDirectCallee());
  if (!MD || qualifiedName(MD->getParent()) != "std::function" || MD->getNumParams() != 1)
    return false;
  const CXXRecordDecl *Ptr = recordOf(MD->getParamDecl(0)->getType());
  return qualifiedName(Ptr) == "std::shared_ptr" &&
         qualifiedName(templateRecordArg(Ptr, 0)) == "drogon::HttpResponse";
}

class DrogonRecognizer : public FrameworkRecognizer {
public:
  llvm::StringRef name() const override { return "drogon"; }

  void visitCall(const CallExpr *Call, ASTContext &Ctx,
                 std::vector<RecognizedEndpoint> &Out) override {
    const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Call->getDirectCallee());
    if (!MD)
      return;
    const CXXRecordDecl *Owner = MD->getParent();
    std::string Method = simpleName(MD);
    if (isSpecializationOf(Owner, "drogon::HttpController") ||
        isSpecializationOf(Owner, "drogon::HttpSimpleController"))
      visitMethodList(Call, Owner, Method);
    else if (qualifiedName(Owner) == "drogon::HttpAppFramework")
      visitAppCall(Call, MD, Method);
  }

  void visitDecl(const Decl *D, ASTContext &Ctx, std::vector<RecognizedEndpoint> &Out) override {
    const auto *RD = dyn_cast<CXXRecordDecl>(D);
    if (!RD || !RD->isThisDeclarationADefinition())
      return;
    if (isOrDerivesFrom(RD, "drogon::HttpFilterBase") ||
        isOrDerivesFrom(RD, "drogon::HttpMiddlewareBase") ||
        isOrDerivesFrom(RD, "drogon::HttpSimpleControllerBase"))
      ClassesByName[qualifiedName(RD)] = RD;
  }

  void finish(ASTContext &Ctx, std::vector<RecognizedEndpoint> &Out) override {
    for (const PendingRoute &P : Pending)
      if (!P.Controller || P.AutoCreated || Registered.count(P.Controller))
        resolve(P, Ctx, Out);
  }

  std::optional<EmissionSite> responseWrite(const Stmt *S) const override {
    const auto *OC = dyn_cast<CXXOperatorCallExpr>(S);
    if (!OC || !isResponseCallbackCall(OC))
      return std::nullopt;
    return EmissionSite{S, {OC->getArg(1)}};
  }

private:
  void visitMethodList(const CallExpr *Call, const CXXRecordDecl *Base, llvm::StringRef Method) {
    const CXXRecordDecl *Class = templateRecordArg(Base, 0);
    const auto *Spec = cast<ClassTemplateSpecializationDecl>(Base);
    PendingRoute P;
    P.Controller = Class;
    P.AutoCreated = Spec->getTemplateArgs().size() < 2 ||
                    Spec->getTemplateArgs()[1].getKind() != TemplateArgument::Integral ||
                    Spec->getTemplateArgs()[1].getAsIntegral().getBoolValue();
    P.Registration = Call->getBeginLoc();
    if (Method == "registerSelf__" && Call->getNumArgs() >= 2) {
      P.Route = routeText(Call->getArg(0));
      P.SimpleController = Class;
      P.Constraints = Call->getArg(1);
    } else if (Method == "registerMethod" && Call->getNumArgs() >= 4) {
      P.HandlerExpr = Call->getArg(0);
      P.Constraints = Call->getArg(2);
      std::optional<std::string> Pattern = stringLiteralText(Call->getArg(1));
      const auto *InPath = dyn_cast<CXXBoolLiteralExpr>(Call->getArg(3)->IgnoreImplicit());
      if (!Pattern)
        P.Route = "<dynamic>";
      else if (!InPath || InPath->getValue())
        P.Route = joinClassPath(Class, *Pattern);
      else
        P.Route = llvm::StringRef(*Pattern).starts_with("/") ? *Pattern : "/" + *Pattern;
    } else if (Method == "registerMethodViaRegex" && Call->getNumArgs() >= 3) {
      P.HandlerExpr = Call->getArg(0);
      P.Route = routeText(Call->getArg(1));
      P.Constraints = Call->getArg(2);
    } else {
      return;
    }
    Pending.push_back(P);
  }

  void visitAppCall(const CallExpr *Call, const CXXMethodDecl *MD, llvm::StringRef Method) {
    if (Method == "registerController") {
      if (const TemplateArgumentList *Args = MD->getTemplateSpecializationArgs())
        if (Args->size() == 1 && Args->get(0).getKind() == TemplateArgument::Type)
          Registered.insert(recordOf(Args->get(0).getAsType()));
      return;
    }
    if (Call->getNumArgs() < 3)
      return;
    PendingRoute P;
    P.Registration = Call->getBeginLoc();
    P.Route = routeText(Call->getArg(0));
    P.Constraints = Call->getArg(2);
    if (Method == "registerHandler" || Method == "registerHandlerViaRegex")
      P.HandlerExpr = Call->getArg(1);
    else if (Method == "registerHttpSimpleController")
      P.SimpleControllerName = stringLiteralText(Call->getArg(1)).value_or("");
    else
      return;
    Pending.push_back(P);
  }

  /// One endpoint per method; without a method constraint Drogon serves all.
  void resolve(const PendingRoute &P, ASTContext &Ctx, std::vector<RecognizedEndpoint> &Out) {
    ConstraintReader Constraints;
    if (P.Constraints)
      Constraints.TraverseStmt(const_cast<Expr *>(P.Constraints));
    RecognizedEndpoint R = makeEndpoint(name(), "ANY", P.Route, P.Registration, P.HandlerExpr, Ctx);
    const CXXRecordDecl *Simple = P.SimpleController;
    if (!P.SimpleControllerName.empty())
      Simple = lookup(P.SimpleControllerName);
    if (Simple || !P.SimpleControllerName.empty()) {
      R.Handler = methodDefinition(Simple, "asyncHandleHttpRequest");
      R.Info.HandlerResolved = R.Handler != nullptr;
      R.Info.HandlerName = R.Handler ? qualifiedName(R.Handler) : "<unresolved>";
      if (R.Handler)
        R.Info.Handler = toSourcePos(Ctx.getSourceManager(), R.Handler->getLocation());
    }
    const SourceManager &SM = Ctx.getSourceManager();
    for (const NamedFilter &F : Constraints.Filters) {
      if (isBuiltinAllowlistFilter(F.Name)) {
        GuardUse G;
        G.Callee = F.Name;
        G.Kind = "allowlist";
        G.Where = toSourcePos(SM, F.Loc);
        R.RouteGuards.push_back(G);
        continue;
      }
      GuardingCallback CB;
      CB.Name = F.Name;
      CB.Where = toSourcePos(SM, F.Loc);
      if (const CXXRecordDecl *Class = lookup(F.Name)) {
        bool IsFilter = isOrDerivesFrom(Class, "drogon::HttpFilterBase");
        CB.Function = methodDefinition(Class, IsFilter ? "doFilter" : "invoke");
        CB.Continues = usesOfParam(CB.Function, IsFilter ? 2 : 1);
      }
      R.GuardCallbacks.push_back(std::move(CB));
    }
    if (Constraints.Methods.empty()) {
      Out.push_back(std::move(R));
      return;
    }
    for (const std::string &M : Constraints.Methods) {
      Out.push_back(R);
      Out.back().Info.Method = M;
    }
  }

  const CXXRecordDecl *lookup(const std::string &Name) const {
    auto It = ClassesByName.find(Name);
    return It == ClassesByName.end() ? nullptr : It->second;
  }

  std::vector<PendingRoute> Pending;
  std::set<const CXXRecordDecl *> Registered;
  std::map<std::string, const CXXRecordDecl *> ClassesByName;
};

} // namespace

std::vector<std::unique_ptr<FrameworkRecognizer>> createDrogonRecognizers() {
  std::vector<std::unique_ptr<FrameworkRecognizer>> R;
  R.push_back(std::make_unique<DrogonRecognizer>());
  return R;
}

} // namespace pii
