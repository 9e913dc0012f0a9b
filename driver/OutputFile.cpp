#include "OutputFile.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

namespace pii {

std::string writeOutputAtomically(const std::string &Path, const std::string &Content) {
  if (Path.empty() || Path == "-") {
    llvm::outs() << Content;
    llvm::outs().flush();
    return "";
  }
  llvm::Error E = llvm::writeToOutput(Path, [&](llvm::raw_ostream &OS) {
    OS << Content;
    return llvm::Error::success();
  });
  if (E)
    return "cannot write output file '" + Path + "': " + llvm::toString(std::move(E));
  return "";
}

} // namespace pii
