// Where diff mode's changes come from: git, or a unified diff on stdin.
#pragma once

#include "DiffFilter.h"

namespace pii {

/// "-" reads a unified diff from standard input, with paths relative to the
/// current directory. Anything else is a git revision: pii-tidy runs
/// `git diff -U0 <Revision>` (never a shell) in the repository holding
/// AnchorDir, with paths relative to its top level.
llvm::Expected<ChangedLines> loadChanges(llvm::StringRef Revision, llvm::StringRef AnchorDir);

} // namespace pii
