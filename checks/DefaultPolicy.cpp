#include "Policy.h"

namespace pii {

llvm::StringRef defaultPolicyText() {
  static const char Text[] =
#include "DefaultPolicy.inc"
      ;
  return llvm::StringRef(Text, sizeof(Text) - 1);
}

llvm::Expected<Policy> loadDefaultPolicy() {
  return parsePolicy(defaultPolicyText(), "<default policy>");
}

} // namespace pii
