#include "ToolIdentity.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/xxhash.h"

namespace pii {

namespace {
int AddressInThisExecutable;
} // namespace

const std::string &toolBuildId() {
  static const std::string Id = [] {
    std::string Path = llvm::sys::fs::getMainExecutable("pii-tidy", &AddressInThisExecutable);
    auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                              /*RequiresNullTerminator=*/false);
    if (Path.empty() || !Buffer)
      return std::string("unknown");
    return llvm::utohexstr(llvm::xxh3_64bits((*Buffer)->getBuffer()), true, 16);
  }();
  return Id;
}

} // namespace pii
