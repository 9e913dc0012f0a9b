// The interface every framework recognizer implements, and helpers they share.
#pragma once

#include "Findings.h"

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
};

class FrameworkRecognizer {
public:
  virtual ~FrameworkRecognizer() = default;
  /// Framework name as written in policies ("cpp-httplib", "crow").
  virtual llvm::StringRef name() const = 0;
  /// Called for every call expression outside system headers.
  virtual void visitCall(const clang::CallExpr *Call, clang::ASTContext &Ctx,
                         std::vector<RecognizedEndpoint> &Out) = 0;
};

std::vector<std::unique_ptr<FrameworkRecognizer>> createHttplibRecognizers();
std::vector<std::unique_ptr<FrameworkRecognizer>> createCrowRecognizers();

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

} // namespace pii
