// Framework callbacks a request passes before its handler (filters,
// middleware, interceptors, authentication handlers) and whether they guard it.
#pragma once

#include "Findings.h"

#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace pii {

class AnalysisContext;

/// A callback that lets the request continue only through the statements in
/// Continues (calling the next-callback, returning nullptr to proceed).
struct GuardingCallback {
  const clang::FunctionDecl *Function = nullptr;  // the definition, or null
  std::string Name;                                // shown in notes
  SourcePos Where;                                 // where it is attached
  std::vector<const clang::Stmt *> Continues;
  /// The request also continues when the callback returns, unless it passed
  /// one of Stops first (Crow's before_handle continues unless `res.end()`).
  bool ContinuesAtExit = false;
  std::vector<const clang::Stmt *> Stops;
  /// Conditions known for the route it is attached to (a pre-routing
  /// handler's `req.path` tests), see GuardReachability::Assumption.
  std::function<std::optional<bool>(const clang::Expr *)> Assume;
};

/// The route guard a callback provides: a guard of the kinds it calls when
/// every continuing statement is reached only through such a guard's success;
/// one that does not count (WhyNot) when the request can continue without
/// it; none when the callback calls no guard at all.
std::optional<GuardUse> evaluateGuardingCallback(const GuardingCallback &CB,
                                                 AnalysisContext &AC);

/// Every use of parameter Index of F: its calls (`fccb()`,
/// `(this->*intercepted)(request)`), and where it is passed on or captured
/// by a lambda, since the request continues wherever it escapes to.
std::vector<const clang::Stmt *> usesOfParam(const clang::FunctionDecl *F, unsigned Index);

} // namespace pii
