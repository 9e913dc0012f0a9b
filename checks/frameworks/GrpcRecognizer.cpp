// gRPC C++: RPC methods overridden in a class deriving from a generated
// `X::Service` (sync) or `X::CallbackService`; async services, where a
// `service->RequestM(&ctx, &request, &responder, ...)` call asks for calls of
// M and the class's method that calls `responder.Finish(reply, ...)` answers
// them; server-wide guards from an AuthMetadataProcessor or from interceptors
// registered on a ServerBuilder.
#include "FrameworkRecognizer.h"

#include "AstUtil.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace pii {

namespace {

bool isGeneratedFile(const Decl *D) {
  const SourceManager &SM = D->getASTContext().getSourceManager();
  llvm::StringRef File = SM.getFilename(SM.getExpansionLoc(D->getLocation()));
  return File.ends_with(".pb.h") || File.ends_with(".pb.cc");
}

/// True for `Status(StatusCode::X, ...)` with X other than OK, and for the
/// predefined `Status::CANCELLED`: answers that carry no reply message.
bool isErrorStatus(const Expr *E) {
  E = stripWrappers(E);
  if (!E || !isOrDerivesFrom(recordOf(E->getType()), "grpc::Status"))
    return false;
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
    if (CE->getNumArgs() == 0)
      return false;
    const auto *Code = dyn_cast<DeclRefExpr>(stripWrappers(CE->getArg(0)));
    return Code && isa<EnumConstantDecl>(Code->getDecl()) && simpleName(Code->getDecl()) != "OK";
  }
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    return qualifiedName(DRE->getDecl()) == "grpc::Status::CANCELLED";
  return false;
}

/// "/pkg.Greeter/SayHello" from the generated method MD overrides.
std::string rpcRoute(const CXXMethodDecl *MD) {
  const CXXMethodDecl *Origin = MD;
  while (Origin->size_overridden_methods() > 0)
    Origin = *Origin->begin_overridden_methods();
  const DeclContext *ServiceClass = Origin->getParent()->getDeclContext();
  std::string Service = isa<CXXRecordDecl>(ServiceClass)
                            ? simpleName(cast<CXXRecordDecl>(ServiceClass))
                            : simpleName(Origin->getParent());
  std::string Package;
  for (const DeclContext *DC = ServiceClass; DC; DC = DC->getParent())
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC))
      Package = NS->getName().str() + (Package.empty() ? "" : "." + Package);
  return "/" + (Package.empty() ? "" : Package + ".") + Service + "/" + simpleName(MD);
}

template <typename Fn> void forEachStmt(const Stmt *S, Fn &&Visit) {
  if (!S)
    return;
  Visit(S);
  for (const Stmt *Child : S->children())
    forEachStmt(Child, Visit);
}

/// "/pkg.Service/M" for a generated `Service::WithAsyncMethod_M<...>::RequestM`.
std::string asyncRoute(const CXXMethodDecl *Request) {
  const DeclContext *ServiceClass = Request->getParent()->getDeclContext();
  std::string Service =
      isa<CXXRecordDecl>(ServiceClass) ? simpleName(cast<CXXRecordDecl>(ServiceClass)) : "";
  std::string Package;
  for (const DeclContext *DC = ServiceClass; DC; DC = DC->getParent())
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC))
      Package = NS->getName().str() + (Package.empty() ? "" : "." + Package);
  std::string Method = llvm::StringRef(simpleName(Request)).drop_front(strlen("Request")).str();
  return "/" + (Package.empty() ? "" : Package + ".") + Service + "/" + Method;
}

/// The data member `&responder_` names, or null.
const FieldDecl *responderField(const Expr *Arg) {
  const Expr *E = stripWrappers(Arg);
  if (const auto *UO = dyn_cast_or_null<UnaryOperator>(E); UO && UO->getOpcode() == UO_AddrOf)
    E = UO->getSubExpr()->IgnoreParenImpCasts();
  const auto *ME = dyn_cast_or_null<MemberExpr>(E);
  return ME ? dyn_cast<FieldDecl>(ME->getMemberDecl()) : nullptr;
}

/// The method of the responder's class that finishes calls through it.
const CXXMethodDecl *finishingMethod(const FieldDecl *Responder) {
  const auto *Class = dyn_cast<CXXRecordDecl>(Responder->getParent());
  if (!Class)
    return nullptr;
  for (const CXXMethodDecl *M : Class->methods()) {
    bool Finishes = false;
    forEachStmt(M->getBody(), [&](const Stmt *S) {
      const auto *MC = dyn_cast<CXXMemberCallExpr>(S);
      const auto *Object = MC ? dyn_cast<MemberExpr>(stripWrappers(MC->getImplicitObjectArgument()))
                              : nullptr;
      Finishes |= Object && Object->getMemberDecl() == Responder && MC->getMethodDecl() &&
                  llvm::StringRef(simpleName(MC->getMethodDecl())).starts_with("Finish");
    });
    if (Finishes)
      return M;
  }
  return nullptr;
}

class GrpcRecognizer : public FrameworkRecognizer {
public:
  llvm::StringRef name() const override { return "grpc"; }

  void visitDecl(const Decl *D, ASTContext &Ctx, std::vector<RecognizedEndpoint> &Out) override {
    const auto *MD = dyn_cast<CXXMethodDecl>(D);
    if (!MD || !MD->doesThisDeclarationHaveABody() || isGeneratedFile(MD))
      return;
    const CXXRecordDecl *Class = MD->getParent();
    if (isOrDerivesFrom(Class, "grpc::AuthMetadataProcessor") && simpleName(MD) == "Process")
      Processors.push_back(MD);
    if (isOrDerivesFrom(Class, "grpc::experimental::Interceptor") &&
        simpleName(MD) == "Intercept")
      Interceptors.push_back(MD);
    if (!isOrDerivesFrom(Class, "grpc::Service") || MD->size_overridden_methods() == 0 ||
        MD->getNumParams() != 3 ||
        !isOrDerivesFrom(recordOf(MD->getParamDecl(0)->getType()), "grpc::ServerContextBase"))
      return;
    RecognizedEndpoint R =
        makeFunctionEndpoint(name(), "RPC", rpcRoute(MD), MD->getLocation(), MD, Ctx);
    // A streaming writer sends through Write(); a reply message at returns
    // (sync) or at reactor->Finish() (callback).
    if (!isOrDerivesFrom(recordOf(MD->getParamDecl(2)->getType()), "grpc::ServerWriter"))
      R.ResponseParam = 2;
    Endpoints.push_back(Out.size());
    Out.push_back(std::move(R));
  }

  void visitCall(const CallExpr *Call, ASTContext &Ctx, std::vector<RecognizedEndpoint> &Out) override {
    const auto *MC = dyn_cast<CXXMemberCallExpr>(Call);
    const CXXMethodDecl *MD = MC ? MC->getMethodDecl() : nullptr;
    if (!MD)
      return;
    if (isAsyncRequest(MD) && MC->getNumArgs() == 6) {
      addAsyncEndpoint(MC, Ctx, Out);
      return;
    }
    std::string Name = qualifiedName(MD);
    if (Name == "grpc::ServerCredentials::SetAuthMetadataProcessor")
      ProcessorSet = Call->getBeginLoc();
    else if (Name == "grpc::ServerBuilder::experimental_type::SetInterceptorCreators")
      InterceptorsSet = Call->getBeginLoc();
  }

  void finish(ASTContext &Ctx, std::vector<RecognizedEndpoint> &Out) override {
    const SourceManager &SM = Ctx.getSourceManager();
    std::vector<GuardUse> Guards;
    if (ProcessorSet.isValid())
      for (const CXXMethodDecl *P : Processors) {
        GuardUse G;
        G.Callee = qualifiedName(P->getParent());
        G.Kind = "auth";
        G.Where = toSourcePos(SM, ProcessorSet);
        bool Rejects = false;
        forEachStmt(P->getBody(), [&](const Stmt *S) {
          if (const auto *R = dyn_cast<ReturnStmt>(S))
            Rejects |= R->getRetValue() && isErrorStatus(R->getRetValue());
        });
        if (!Rejects)
          G.WhyNot = "it never rejects a call";
        Guards.push_back(std::move(G));
      }
    std::vector<GuardingCallback> Callbacks;
    if (InterceptorsSet.isValid())
      for (const CXXMethodDecl *I : Interceptors) {
        GuardingCallback CB;
        CB.Function = I;
        CB.Name = qualifiedName(I->getParent());
        CB.Where = toSourcePos(SM, InterceptorsSet);
        forEachStmt(I->getBody(), [&](const Stmt *S) {
          if (const auto *MC = dyn_cast<CXXMemberCallExpr>(S))
            if (MC->getMethodDecl() && simpleName(MC->getMethodDecl()) == "Proceed")
              CB.Continues.push_back(S);
        });
        Callbacks.push_back(std::move(CB));
      }
    for (size_t Index : Endpoints) {
      llvm::append_range(Out[Index].RouteGuards, Guards);
      llvm::append_range(Out[Index].GuardCallbacks, Callbacks);
    }
  }

  std::optional<EmissionSite> responseWrite(const Stmt *S) const override {
    const auto *MC = dyn_cast<CXXMemberCallExpr>(S);
    const CXXMethodDecl *MD = MC ? MC->getMethodDecl() : nullptr;
    if (!MD || MC->getNumArgs() == 0)
      return std::nullopt;
    const CXXRecordDecl *RD = recordOf(MC->getObjectType());
    if (simpleName(MD) == "Finish" && isOrDerivesFrom(RD, "grpc::ServerUnaryReactor")) {
      if (isErrorStatus(MC->getArg(0)))
        return std::nullopt;
      EmissionSite Site{S, {}};
      Site.SendsResponseParam = true;
      return Site;
    }
    if (simpleName(MD) == "Write" && isOrDerivesFrom(RD, "grpc::ServerWriter"))
      return EmissionSite{S, {MC->getArg(0)}};
    // Async: responder.Finish(reply, status, tag); FinishWithError sends none.
    if (simpleName(MD) == "Finish" && MC->getNumArgs() == 3 &&
        qualifiedName(RD) == "grpc::ServerAsyncResponseWriter" && !isErrorStatus(MC->getArg(1)))
      return EmissionSite{S, {MC->getArg(0)}};
    return std::nullopt;
  }

  bool returnSendsResponse(const ReturnStmt *R) const override {
    const Expr *V = R->getRetValue();
    // A callback method returns its reactor; the reply leaves at Finish().
    return !V || !(isErrorStatus(V) ||
                   isOrDerivesFrom(recordOf(V->getType()), "grpc::ServerUnaryReactor"));
  }

private:
  /// `RequestM` of a generated `Service::WithAsyncMethod_M<Base>`.
  static bool isAsyncRequest(const CXXMethodDecl *MD) {
    return llvm::StringRef(simpleName(MD)).starts_with("Request") && isGeneratedFile(MD) &&
           llvm::StringRef(simpleName(MD->getParent())).starts_with("WithAsyncMethod_");
  }

  void addAsyncEndpoint(const CXXMemberCallExpr *Request, ASTContext &Ctx,
                        std::vector<RecognizedEndpoint> &Out) {
    const FieldDecl *Responder = responderField(Request->getArg(2));
    const CXXMethodDecl *Handler = Responder ? finishingMethod(Responder) : nullptr;
    Endpoints.push_back(Out.size());
    Out.push_back(makeFunctionEndpoint(name(), "RPC", asyncRoute(Request->getMethodDecl()),
                                       Request->getBeginLoc(), Handler, Ctx));
  }

  std::vector<size_t> Endpoints;
  std::vector<const CXXMethodDecl *> Processors, Interceptors;
  SourceLocation ProcessorSet, InterceptorsSet;
};

} // namespace

std::vector<std::unique_ptr<FrameworkRecognizer>> createGrpcRecognizers() {
  std::vector<std::unique_ptr<FrameworkRecognizer>> R;
  R.push_back(std::make_unique<GrpcRecognizer>());
  return R;
}

} // namespace pii
