// --inventory: every endpoint found, for reviewers of a whole service.
#pragma once

#include "Report.h"

#include <string>

namespace pii {

/// A Markdown table with one row per endpoint, unresolved ones included.
std::string renderInventory(const Report &R);

} // namespace pii
