// Writes a whole output file or nothing: a failed run leaves no partial file.
#pragma once

#include <string>

namespace pii {

/// Writes Content to Path ("-" is stdout) through a temporary file renamed
/// into place. Returns an error message, empty on success.
std::string writeOutputAtomically(const std::string &Path, const std::string &Content);

} // namespace pii
