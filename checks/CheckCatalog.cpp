#include "CheckCatalog.h"

namespace pii {

static const CheckInfo Checks[] = {
    {"pii-ignored-guard",
     "Flags guard calls whose result decides nothing.",
     "docs/checks/pii-ignored-guard.md", false},
    {"pii-identifier-lookup",
     "Flags endpoints that return a record looked up by a personal identifier "
     "from the request without an OTP verified for that identifier.",
     "docs/checks/pii-identifier-lookup.md", false},
    {"pii-spoofable-allowlist",
     "Flags allowlist decisions keyed on a client-controlled value.",
     "docs/checks/pii-spoofable-allowlist.md", false},
    {"pii-unguarded-endpoint",
     "Flags endpoints whose response carries personal data on a path that "
     "passes no guard of a kind the policy requires.",
     "docs/checks/pii-unguarded-endpoint.md", true},
};

llvm::ArrayRef<CheckInfo> allChecks() { return Checks; }

const CheckInfo *findCheck(llvm::StringRef Name) {
  for (const CheckInfo &C : Checks)
    if (C.Name == Name)
      return &C;
  return nullptr;
}

} // namespace pii
