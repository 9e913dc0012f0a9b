#include "Exemptions.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

#include <ctime>

namespace pii {

namespace {

bool exempts(const Exemption &X, const Finding &F) {
  bool Target = X.Endpoint.empty() ? X.Handler == F.HandlerName : X.Endpoint == F.EndpointLabel;
  return Target && (X.Check == "*" || X.Check == F.Check);
}

bool isLeapYear(unsigned Year) {
  return (Year % 4 == 0 && Year % 100 != 0) || Year % 400 == 0;
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

DateProblem checkIsoDate(llvm::StringRef Date) {
  if (Date.size() != 10)
    return DateProblem::Format;
  for (size_t I = 0; I < Date.size(); ++I)
    if (I == 4 || I == 7 ? Date[I] != '-' : !llvm::isDigit(Date[I]))
      return DateProblem::Format;
  unsigned Year = 0, Month = 0, Day = 0;
  Date.substr(0, 4).getAsInteger(10, Year);
  Date.substr(5, 2).getAsInteger(10, Month);
  Date.substr(8, 2).getAsInteger(10, Day);
  static const unsigned DaysInMonth[] = {31, 28, 31, 30, 31, 30,
                                         31, 31, 30, 31, 30, 31};
  if (Year == 0 || Month < 1 || Month > 12 || Day < 1)
    return DateProblem::NoSuchDay;
  unsigned Last = DaysInMonth[Month - 1] + (Month == 2 && isLeapYear(Year));
  return Day > Last ? DateProblem::NoSuchDay : DateProblem::None;
}

bool isIsoDate(llvm::StringRef Date) { return checkIsoDate(Date) == DateProblem::None; }

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
