// Hand-written routing (Boost.Beast, cpprestsdk): a handler that compares
// the request path with literals, each `if` branch serving one route.
#pragma once

#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/STLFunctionalExtras.h"

#include <optional>
#include <string>
#include <vector>

namespace pii {

struct DispatchBranch {
  const clang::IfStmt *If = nullptr;  // its then-branch serves the route
  std::string Route;   // "/users", or "/users/*" for a prefix test
  std::string Method;  // from a method test in the same condition, else "ANY"
};

/// Each `if` in Body whose condition (or one conjunct of it) compares a path
/// expression with a string literal: `path == "/x"`, `path.starts_with("/x")`,
/// `path.rfind("/x", 0) == 0`. IsPath says whether an expression is the
/// request path; MethodOf returns the method a conjunct tests, or "".
std::vector<DispatchBranch>
dispatchBranches(const clang::Stmt *Body, llvm::function_ref<bool(const clang::Expr *)> IsPath,
                 llvm::function_ref<std::string(const clang::Expr *)> MethodOf);

/// A comparison of the request path with a literal.
struct PathTest {
  std::string Literal;
  bool Prefix = false;  // starts_with / rfind(lit, 0) == 0 / find(lit) == 0
  bool accepts(llvm::StringRef Route) const {
    return Prefix ? Route.starts_with(Literal) : Route == Literal;
  }
};
std::optional<PathTest> pathTest(const clang::Expr *E,
                                 llvm::function_ref<bool(const clang::Expr *)> IsPath);

/// The enumerator a method test compares with, `req.method() == verb::get`
/// (either way round): "get"; "" when E is no such test. IsMethod says
/// whether an expression reads the request's method.
std::string comparedEnumerator(const clang::Expr *E,
                               llvm::function_ref<bool(const clang::Expr *)> IsMethod);

/// The two operands of `a == b`, whether built in or an overloaded operator.
bool equalityOperands(const clang::Expr *E, const clang::Expr *&L, const clang::Expr *&R);

} // namespace pii
