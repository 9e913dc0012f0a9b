// The exit codes users and CI rely on (documented in docs/cli.md).
#pragma once

namespace pii {

enum ExitCode : int {
  ExitClean = 0,       // no blocking finding
  ExitFindings = 1,    // at least one finding at "error" severity
  ExitUsage = 2,       // bad command line, policy, or input path
  ExitIncomplete = 3,  // a file could not be (fully) analysed
};

} // namespace pii
