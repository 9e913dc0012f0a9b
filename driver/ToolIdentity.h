// Which pii-tidy produced a result: its version, and a hash of its own
// executable, so that cached results and shard facts of another build (a
// fix in the analysis without a version bump) are never reused as this one's.
#pragma once

#include <string>

namespace pii {

/// Hex hash of the running executable's contents; "unknown" when it cannot
/// be read (then only the version tells builds apart).
const std::string &toolBuildId();

} // namespace pii
