// Comparing and printing paths from the compiler, diffs, baselines and SARIF.
#pragma once

#include "llvm/ADT/StringRef.h"

#include <string>

namespace pii {

/// Path made absolute against the current directory, with symlinks resolved
/// when it exists, so that two spellings of one file compare equal.
std::string canonicalPath(llvm::StringRef Path);
/// Path relative to Dir when it lies below it (both canonicalized); else the
/// canonical path.
std::string pathRelativeTo(llvm::StringRef Path, llvm::StringRef Dir);

} // namespace pii
