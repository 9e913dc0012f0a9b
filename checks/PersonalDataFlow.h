// Flow-insensitive tracking of personal data through one function's local
// variables, containers, JSON objects, string building and calls.
#pragma once

#include "PersonalData.h"

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"

namespace pii {

class AnalysisContext;

class PersonalDataFlow {
public:
  PersonalDataFlow(const clang::FunctionDecl *F, AnalysisContext &AC);
  /// What personal data the value of E carries.
  PiiSet eval(const clang::Expr *E);
  /// What has been written into a variable (or a data member of `this`)
  /// anywhere in the function.
  const PiiSet &written(const clang::ValueDecl *V) const;
  /// Maps a callee's facts to this call: its own values (marked as passing
  /// through the call) and what its parameters receive here.
  PiiSet bindArguments(const PiiSet &CalleeFacts, const clang::CallExpr *C);

private:
  struct Write {
    const clang::ValueDecl *Target;  // a variable or a data member of `this`
    const clang::Expr *Source;
    PiiSet Extra;  // fixed contributions (setter names, callee out-parameters)
  };
  void collectWrites(const clang::Stmt *S);
  void addWrite(const clang::Expr *Dest, const clang::Expr *Source, PiiSet Extra = {});
  void solveWrites();

  PiiSet evalDeclRef(const clang::DeclRefExpr *DRE);
  PiiSet evalMember(const clang::MemberExpr *ME);
  PiiSet evalCall(const clang::CallExpr *C);
  PiiSet evalConstruct(const clang::CXXConstructExpr *CE);
  PiiSet evalChildren(const clang::Stmt *S);
  /// A literal, a redacted value or a count: what a personal JSON key holds
  /// when nothing personal is stored under it.
  bool isNeutralValue(const clang::Expr *E);
  void addNamed(PiiSet &Out, const std::string &Name, const struct Classification &C,
                clang::SourceLocation Loc, bool FromType = false);
  void addKey(PiiSet &Out, const clang::Expr *MaybeKey);

  const clang::FunctionDecl *F;
  AnalysisContext &AC;
  llvm::DenseMap<const clang::ParmVarDecl *, unsigned> ParamIndex;
  llvm::DenseMap<const clang::ValueDecl *, PiiSet> Written;
  std::vector<Write> Writes;
  PiiSet None;
};

/// The variable an lvalue expression is rooted at (`j` in `j["a"]["b"]`,
/// `v` in `v.items[0]`), or null (members of `this`, temporaries).
const clang::VarDecl *rootVariable(const clang::Expr *E);
/// What a write into E writes into: its root variable, or the data member of
/// `this` it is rooted at (`reply_` in `reply_.set_name(n)`), or null.
const clang::ValueDecl *writeTarget(const clang::Expr *E);
/// Argument of a call that binds parameter I of the callee (skips the object
/// argument of member operator calls).
const clang::Expr *argumentForParam(const clang::CallExpr *C, unsigned I);

} // namespace pii
