// Policy exemptions: reviewed, dated decisions not to report an endpoint.
#pragma once

#include "Report.h"

#include "llvm/ADT/StringRef.h"

#include <string>

namespace pii {

/// Today as YYYY-MM-DD in local time.
std::string localDate();
/// Whether Date is a real calendar date written YYYY-MM-DD.
bool isIsoDate(llvm::StringRef Date);
/// Drops findings an exemption in force on Today covers; an exemption that
/// expired before Today leaves its finding with a note saying so.
void applyExemptions(Report &R, const Policy &P, llvm::StringRef Today);

} // namespace pii
