#include "Fingerprint.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/xxhash.h"

namespace pii {

std::string fingerprint(const Finding &F) {
  std::string Key = F.Check + '\0' + F.EndpointLabel + '\0' + F.HandlerName + '\0' +
                    llvm::join(F.Categories, ",");
  if (F.EndpointLabel.empty())
    Key += '\0' + F.Message + '\0' + llvm::sys::path::filename(F.Where.File).str();
  uint64_t Hash = llvm::xxh3_64bits(llvm::StringRef(Key));
  return llvm::formatv("{0:x-16}", Hash).str();
}

} // namespace pii
