#include "Exemptions.h"

#include "llvm/ADT/STLExtras.h"

#include <ctime>

namespace pii {

namespace {

bool exempts(const Exemption &X, const Finding &F) {
  bool Target = X.Endpoint.empty() ? X.Handler == F.HandlerName : X.Endpoint == F.EndpointLabel;
  return Target && (X.Check == "*" || X.Check == F.Check);
}

} // namespace

std::string localDate() {
  std::time_t Now = std::time(nullptr);
  std::tm Local{};
  localtime_r(&Now, &Local);
  char Text[11];
  std::strftime(Text, sizeof(Text), "%Y-%m-%d", &Local);
  return Text;
}

bool isIsoDate(llvm::StringRef Date) {
  unsigned Year, Month, Day;
  if (Date.size() != 10 || Date[4] != '-' || Date[7] != '-' ||
      Date.substr(0, 4).getAsInteger(10, Year) || Date.substr(5, 2).getAsInteger(10, Month) ||
      Date.substr(8, 2).getAsInteger(10, Day))
    return false;
  std::tm Parsed{};
  Parsed.tm_year = int(Year) - 1900;
  Parsed.tm_mon = int(Month) - 1;
  Parsed.tm_mday = int(Day);
  Parsed.tm_hour = 12;
  std::tm Normalized = Parsed;
  // mktime moves an impossible day such as 02-30 into the next month.
  return Month >= 1 && Month <= 12 && std::mktime(&Normalized) != -1 &&
         Normalized.tm_mon == Parsed.tm_mon && Normalized.tm_mday == Parsed.tm_mday;
}

void applyExemptions(std::vector<Finding> &Findings, const Policy &P, llvm::StringRef Today,
                     llvm::StringRef PolicyShownAs) {
  llvm::erase_if(Findings, [&](Finding &F) {
    std::vector<Note> Expired;
    for (const Exemption &X : P.Exemptions) {
      if (!exempts(X, F))
        continue;
      if (X.Expires.empty() || Today <= X.Expires)
        return true;
      std::string At = PolicyShownAs.str() + ":" + std::to_string(X.Line) + ":" +
                       std::to_string(X.Column);
      Expired.push_back({{P.SourceName, X.Line, X.Column},
                         "exemption at " + At + " expired on " + X.Expires});
    }
    F.Notes.insert(F.Notes.end(), Expired.begin(), Expired.end());
    return false;
  });
}

} // namespace pii
