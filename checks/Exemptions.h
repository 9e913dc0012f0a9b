// Policy exemptions: reviewed, dated decisions not to report an endpoint.
// Shared by the driver and the clang-tidy module.
#pragma once

#include "Findings.h"
#include "Policy.h"

#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace pii {

/// Today as YYYY-MM-DD in local time.
std::string localDate();
enum class DateProblem { None, Format, NoSuchDay };
/// Whether Date is written YYYY-MM-DD and, if so, is a day of the calendar.
DateProblem checkIsoDate(llvm::StringRef Date);
/// Whether Date is a real calendar date written YYYY-MM-DD.
bool isIsoDate(llvm::StringRef Date);
/// Drops findings an exemption in force on Today covers; an exemption that
/// expired before Today leaves its finding with a note saying so, naming the
/// policy as PolicyShownAs.
void applyExemptions(std::vector<Finding> &Findings, const Policy &P, llvm::StringRef Today,
                     llvm::StringRef PolicyShownAs);

} // namespace pii
