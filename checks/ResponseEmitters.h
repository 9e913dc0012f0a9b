// How data leaves for the client: the statements that write a response body.
// Each framework recognizer says which types are its responses; the shapes
// (`res.method(value)`, `res.body = value`) are shared here.
#pragma once

#include "clang/AST/DeclCXX.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/STLFunctionalExtras.h"

#include <optional>
#include <vector>

namespace pii {

struct EmissionSite {
  const clang::Stmt *At = nullptr;              // the statement sending data
  std::vector<const clang::Expr *> Values;      // what it sends
  /// It also sends the handler's response parameter (gRPC's
  /// `reactor->Finish(Status::OK)` sends the reply message).
  bool SendsResponseParam = false;
};

/// `res.<method>(value, ...)` where IsResponse(record of res) and
/// WritesBody(method); or `res.<BodyField> = value` / `+= value`.
std::optional<EmissionSite>
recognizeResponseObjectWrite(const clang::Stmt *S,
                             llvm::function_ref<bool(const clang::CXXRecordDecl *)> IsResponse,
                             llvm::function_ref<bool(llvm::StringRef)> WritesBody,
                             llvm::StringRef BodyField = "body");

} // namespace pii
