// Per-function facts within one translation unit: what personal data a
// function returns, writes into its parameters or sends unguarded, and
// whether it acts as a guard (a wrapper whose success implies a guard's).
#pragma once

#include "PersonalData.h"
#include "Policy.h"
#include "ResponseEmitters.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseMap.h"

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace pii {

/// One response emission in a handler and its verdict.
struct EmissionVerdict {
  SourcePos Where;
  PiiSet Data;
  bool Protected = false;
  const clang::Stmt *At = nullptr;
};

struct HandlerVerdict {
  std::vector<EmissionVerdict> Emissions;  // in source order
  std::vector<GuardUse> Guards;            // guards seen and whether they protect
};


/// Computes and caches summaries for the functions of one translation unit.
class FrameworkRecognizer;

class AnalysisContext {
public:
  AnalysisContext(clang::ASTContext &Ctx, const Policy &P,
                  std::vector<std::string> RequiredGuardKinds,
                  std::vector<const FrameworkRecognizer *> Frameworks);
  ~AnalysisContext();

  clang::ASTContext &ast() { return Ctx; }
  const Policy &policy() const { return P; }
  bool isRequiredKind(llvm::StringRef Kind) const;

  /// Summary of a defined function; empty while it is being computed
  /// (recursion) or when it has no body.
  const FunctionSummary &summary(const clang::FunctionDecl *Def);
  /// The summary of any callee: its definition here, else another
  /// translation unit's (External), else null. Other's is Def's own body.
  const FunctionSummary *summaryOf(const clang::FunctionDecl *Callee,
                                   const clang::FunctionDecl *Other = nullptr);
  /// Summaries of other translation units, by USR; callees looked up there.
  void setExternal(const SummaryTable *Table) { External = Table; }
  const std::set<std::string> &externalCalls() const { return ExternalCalls; }
  /// Decides every emission of a handler. ReturnIsResponse: the handler's
  /// return value is sent to the client (Crow). ResponseParam >= 0: what is
  /// written into that parameter is sent at each return (gRPC). Scope: only
  /// emissions inside it count (one branch of a dispatch function).
  HandlerVerdict analyzeHandler(const clang::FunctionDecl *Def, bool ReturnIsResponse,
                                int ResponseParam = -1, const clang::Stmt *Scope = nullptr);
  /// The statement's response write, asking every enabled framework.
  std::optional<EmissionSite> responseWrite(const clang::Stmt *S) const;
  /// False when a framework says this return answers with an error.
  bool returnSendsResponse(const clang::ReturnStmt *R) const;
  /// The user-defined `to_json(json&, const T&)` for a record type, or null.
  const clang::FunctionDecl *toJsonFor(const clang::CXXRecordDecl *RD);

private:
  clang::ASTContext &Ctx;
  const Policy &P;
  std::vector<std::string> RequiredKinds;
  std::vector<const FrameworkRecognizer *> Frameworks;
  const SummaryTable *External = nullptr;
  std::set<std::string> ExternalCalls;
  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<FunctionSummary>> Summaries;
  std::set<const clang::FunctionDecl *> InProgress;
  std::unique_ptr<std::map<std::string, const clang::FunctionDecl *>> ToJsonIndex;
  FunctionSummary Empty;
};

} // namespace pii
