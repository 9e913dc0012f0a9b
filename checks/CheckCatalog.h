// The single source of truth for pii-tidy's checks: name, summary, docs page.
#pragma once

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace pii {

struct CheckInfo {
  llvm::StringRef Name;        // user-visible, e.g. "pii-unguarded-endpoint"
  llvm::StringRef Summary;     // one sentence, same as the docs page and header
  llvm::StringRef Rationale;   // why it matters and how to fix it (SARIF full description, help)
  llvm::StringRef DocsPage;    // repository-relative, e.g. "docs/checks/pii-unguarded-endpoint.md"
  bool Implemented;            // false: reserved name, accepted in policies, not run yet
};

llvm::ArrayRef<CheckInfo> allChecks();
const CheckInfo *findCheck(llvm::StringRef Name);

} // namespace pii
