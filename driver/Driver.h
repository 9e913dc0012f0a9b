#pragma once

namespace pii {

/// The whole pii-tidy command line; returns the process exit code.
int runDriver(int Argc, const char **Argv);

} // namespace pii
