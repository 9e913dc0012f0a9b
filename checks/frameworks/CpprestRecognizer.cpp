// cpprestsdk: listener.support(methods::GET, handler) under the listener's
// URI; inside a handler, branches on request.relative_uri().path() are
// endpoints of their own. request.reply(status, body) sends the response.
#include "FrameworkRecognizer.h"

#include "AstUtil.h"
#include "DispatchBranches.h"
#include "RouteArguments.h"

#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace pii {

namespace {

constexpr llvm::StringLiteral Listener = "web::http::experimental::listener::http_listener";

/// The path of the URI a listener variable was constructed with ("/api").
std::string listenerPath(const Expr *Object) {
  const auto *VD = dyn_cast_or_null<VarDecl>(receiverDecl(Object));
  const auto *CE = VD && VD->getInit()
                       ? dyn_cast<CXXConstructExpr>(VD->getInit()->IgnoreImplicit())
                       : nullptr;
  std::optional<std::string> Uri =
      CE && CE->getNumArgs() > 0 ? stringLiteralText(CE->getArg(0)) : std::nullopt;
  if (!Uri)
    return "";
  llvm::StringRef Path = *Uri;
  if (size_t Scheme = Path.find("://"); Scheme != llvm::StringRef::npos) {
    Path = Path.drop_front(Scheme + 3);
    Path = Path.substr(std::min(Path.find('/'), Path.size()));
  }
  return Path.rtrim('/').str();
}

/// `request.relative_uri().path()`, seen through a const local copy.
bool isRelativePath(const Expr *E) {
  E = stripWrappers(E);
  if (const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()); VD && VD->getInit() &&
                                                             VD->getType().isConstQualified())
      return isRelativePath(VD->getInit());
  const auto *Path = dyn_cast_or_null<CXXMemberCallExpr>(E);
  if (!Path || !Path->getMethodDecl() || simpleName(Path->getMethodDecl()) != "path")
    return false;
  const auto *Uri = dyn_cast<CXXMemberCallExpr>(stripWrappers(Path->getImplicitObjectArgument()));
  return Uri && Uri->getMethodDecl() && simpleName(Uri->getMethodDecl()) == "relative_uri" &&
         qualifiedName(recordOf(Uri->getObjectType())) == "web::http::http_request";
}

class CpprestRecognizer : public FrameworkRecognizer {
public:
  llvm::StringRef name() const override { return "cpprestsdk"; }

  void visitCall(const CallExpr *Call, ASTContext &Ctx,
                 std::vector<RecognizedEndpoint> &Out) override {
    const auto *MC = dyn_cast<CXXMemberCallExpr>(Call);
    if (!MC || !MC->getMethodDecl() || simpleName(MC->getMethodDecl()) != "support" ||
        qualifiedName(recordOf(MC->getObjectType())) != Listener || MC->getNumArgs() == 0)
      return;
    std::string Method = "ANY";
    if (MC->getNumArgs() == 2)
      if (const auto *DRE = dyn_cast<DeclRefExpr>(stripWrappers(MC->getArg(0))))
        Method = simpleName(DRE->getDecl());
    std::string Base = listenerPath(MC->getImplicitObjectArgument());
    RecognizedEndpoint Whole = makeEndpoint(name(), Method, Base.empty() ? "/" : Base,
                                            Call->getBeginLoc(),
                                            MC->getArg(MC->getNumArgs() - 1), Ctx);
    std::vector<DispatchBranch> Branches;
    if (Whole.Handler)
      Branches = dispatchBranches(Whole.Handler->getBody(), isRelativePath,
                                  [](const Expr *) { return std::string(); });
    if (Branches.empty()) {
      Out.push_back(std::move(Whole));
      return;
    }
    for (const DispatchBranch &B : Branches) {
      RecognizedEndpoint R = Whole;
      R.Info.Route = Base + "/" + llvm::StringRef(B.Route).ltrim('/').str();
      R.Scope = B.If->getThen();
      Out.push_back(std::move(R));
    }
  }

  std::optional<EmissionSite> responseWrite(const Stmt *S) const override {
    const auto *MC = dyn_cast<CXXMemberCallExpr>(S);
    if (!MC || !MC->getMethodDecl())
      return std::nullopt;
    std::string Method = simpleName(MC->getMethodDecl());
    std::string Class = qualifiedName(recordOf(MC->getObjectType()));
    EmissionSite Site{S, {}};
    if (Class == "web::http::http_request" && Method == "reply") {
      for (unsigned I = 1; I < MC->getNumArgs(); ++I)
        Site.Values.push_back(MC->getArg(I));
      return Site;
    }
    if (Class == "web::http::http_response" && Method == "set_body" && MC->getNumArgs() > 0) {
      Site.Values.push_back(MC->getArg(0));
      return Site;
    }
    return std::nullopt;
  }
};

} // namespace

std::vector<std::unique_ptr<FrameworkRecognizer>> createCpprestRecognizers() {
  std::vector<std::unique_ptr<FrameworkRecognizer>> R;
  R.push_back(std::make_unique<CpprestRecognizer>());
  return R;
}

} // namespace pii
