#include "Paths.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace pii {

std::string canonicalPath(llvm::StringRef Path) {
  llvm::SmallString<256> Real;
  if (!llvm::sys::fs::real_path(Path, Real))
    return Real.str().str();
  llvm::SmallString<256> Absolute(Path);
  llvm::sys::fs::make_absolute(Absolute);
  llvm::sys::path::remove_dots(Absolute, /*remove_dot_dot=*/true);
  return Absolute.str().str();
}

std::string pathRelativeTo(llvm::StringRef Path, llvm::StringRef Dir) {
  std::string Full = canonicalPath(Path);
  std::string Base = canonicalPath(Dir);
  llvm::StringRef Rel(Full);
  if (Rel.consume_front(Base) && Rel.consume_front("/"))
    return Rel.str();
  return Full;
}

} // namespace pii
