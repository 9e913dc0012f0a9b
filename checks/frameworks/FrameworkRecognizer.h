// The interface every framework recognizer implements, and helpers they share.
#pragma once

#include "Findings.h"
#include "GuardingCallback.h"
#include "ResponseEmitters.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"

#include <memory>
#include <string>
#include <vector>

namespace pii {

/// An endpoint as found in the AST, before its handler is analysed.
struct RecognizedEndpoint {
  Endpoint Info;
  const clang::FunctionDecl *Handler = nullptr;  // the definition, or null
  bool ReturnIsResponse = false;  // the handler's return value is sent
  /// Index of a handler parameter whose contents are the response, sent at
  /// each return (gRPC's reply message); -1 when there is none.
  int ResponseParam = -1;
  /// Guards the framework attaches to this route (middleware, filters,
  /// authorization handlers); How is "route-attached".
  std::vector<GuardUse> RouteGuards;
  /// Filters, middleware and interceptors attached to this route, whose
  /// bodies decide whether they are route guards.
  std::vector<GuardingCallback> GuardCallbacks;
  /// For hand-written dispatch (Beast, cpprest): the branch of the handler
  /// serving this route; only emissions inside it count. Null: all of them.
  const clang::Stmt *Scope = nullptr;
};

class FrameworkRecognizer {
public:
  virtual ~FrameworkRecognizer() = default;
  /// Framework name as written in policies ("cpp-httplib", "crow").
  virtual llvm::StringRef name() const = 0;
  /// Called for every call expression outside library code.
  virtual void visitCall(const clang::CallExpr *Call, clang::ASTContext &Ctx,
                         std::vector<RecognizedEndpoint> &Out) {}
  /// Called for every declaration outside library code (controllers,
  /// service classes, macro-generated endpoint methods).
  virtual void visitDecl(const clang::Decl *D, clang::ASTContext &Ctx,
                         std::vector<RecognizedEndpoint> &Out) {}
  /// Called once after the traversal, for decisions that need the whole
  /// translation unit (global middleware, pre-routing handlers).
  virtual void finish(clang::ASTContext &Ctx, std::vector<RecognizedEndpoint> &Out) {}
  /// A statement that writes this framework's response, or none.
  virtual std::optional<EmissionSite> responseWrite(const clang::Stmt *S) const {
    return std::nullopt;
  }
  /// False for a return that answers with an error instead of the response
  /// parameter (gRPC: `return Status(StatusCode::UNAUTHENTICATED, ...)`).
  virtual bool returnSendsResponse(const clang::ReturnStmt *R) const { return true; }
};

std::vector<std::unique_ptr<FrameworkRecognizer>> createHttplibRecognizers();
std::vector<std::unique_ptr<FrameworkRecognizer>> createCrowRecognizers();
std::vector<std::unique_ptr<FrameworkRecognizer>> createPistacheRecognizers();
std::vector<std::unique_ptr<FrameworkRecognizer>> createGrpcRecognizers();
std::vector<std::unique_ptr<FrameworkRecognizer>> createBeastRecognizers();
std::vector<std::unique_ptr<FrameworkRecognizer>> createCpprestRecognizers();
std::vector<std::unique_ptr<FrameworkRecognizer>> createDrogonRecognizers();
std::vector<std::unique_ptr<FrameworkRecognizer>> createOatppRecognizers();
std::vector<std::unique_ptr<FrameworkRecognizer>> createRestbedRecognizers();
std::vector<std::unique_ptr<FrameworkRecognizer>> createSeastarRecognizers();
/// Home-grown frameworks declared in the policy's endpoints.custom and
/// endpoints.guard_attachments; enabled whenever the policy declares any.
std::vector<std::unique_ptr<FrameworkRecognizer>> createCustomRecognizers(const Policy &P);

/// The function a handler expression names: a lambda, a function, a
/// variable holding either, a member function through std::bind.
struct ResolvedHandler {
  const clang::FunctionDecl *Definition = nullptr;
  std::string Name;
  clang::SourceLocation Loc;
};
ResolvedHandler resolveHandler(const clang::Expr *E, clang::ASTContext &Ctx);

/// The route text of a literal (or const variable), else "<dynamic>".
std::string routeText(const clang::Expr *E);
/// Fills the endpoint fields every recognizer sets the same way.
RecognizedEndpoint makeEndpoint(llvm::StringRef Framework, std::string Method,
                                std::string Route, clang::SourceLocation Registration,
                                const clang::Expr *HandlerExpr, clang::ASTContext &Ctx);
/// The same for a handler known by its definition (a dispatch function, an
/// RPC method); null Handler: unresolved.
RecognizedEndpoint makeFunctionEndpoint(llvm::StringRef Framework, std::string Method,
                                std::string Route, clang::SourceLocation Registration,
                                const clang::FunctionDecl *Handler, clang::ASTContext &Ctx);

} // namespace pii
