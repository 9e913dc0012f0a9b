#include "CheckCatalog.h"

namespace pii {

static const CheckInfo Checks[] = {
    {"pii-ignored-guard",
     "Flags guard calls whose result decides nothing.",
     "A guard protects only if its failure stops the request. Return or throw "
     "when the OTP, allowlist or authentication check fails.",
     "docs/checks/pii-ignored-guard.md", true},
    {"pii-identifier-lookup",
     "Flags endpoints that return a record looked up by a personal identifier "
     "from the request without an OTP verified for that identifier.",
     "Anyone who knows or guesses a mobile or national ID number can read that "
     "person's record. Verify an OTP sent to that identifier before the lookup.",
     "docs/checks/pii-identifier-lookup.md", true},
    {"pii-spoofable-allowlist",
     "Flags allowlist decisions keyed on a client-controlled value.",
     "A header or parameter the client sends can claim any identity. Key the "
     "allowlist on the authenticated peer (TLS client identity, remote address).",
     "docs/checks/pii-spoofable-allowlist.md", true},
    {"pii-unguarded-endpoint",
     "Flags endpoints whose response carries personal data on a path that "
     "passes no guard of a kind the policy requires.",
     "Anyone who can reach such an endpoint can read the personal data it "
     "returns. Require an OTP, caller allowlist or authentication check whose "
     "failure stops the request on every path before the response, redact the "
     "values, or record a reviewed exemption in the policy.",
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
