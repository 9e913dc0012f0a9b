// NOLINT comments, as clang-tidy users write them.
#pragma once

#include "Report.h"

namespace pii {

/// Drops each finding whose primary location, handler or registration is
/// covered by NOLINT, NOLINTNEXTLINE or a NOLINTBEGIN/NOLINTEND block naming
/// its check (or no check). Every unmatched NOLINTBEGIN/NOLINTEND in the files
/// read becomes a "clang-tidy-nolint" error, as clang-tidy reports it.
void applyNoLintComments(Report &R);

} // namespace pii
