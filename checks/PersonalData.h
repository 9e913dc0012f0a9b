// What a value carries: personal values it was built from, and which of the
// enclosing function's parameters flow into it (resolved at call sites).
#pragma once

#include "Findings.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace pii {

struct PiiSet {
  std::vector<PersonalValue> Values;
  std::set<unsigned> Params;

  bool empty() const { return Values.empty() && Params.empty(); }
  /// Adds what is new; true when something was added.
  bool add(const PersonalValue &V);
  bool merge(const PiiSet &Other);
  /// Only the personal values, in source order.
  std::vector<PersonalValue> sortedValues() const;
};

/// Plain, serialisable facts about one function, keyed across translation
/// units by its USR.
struct FunctionSummary {
  PiiSet Returns;
  std::map<unsigned, PiiSet> ParamWrites;  // non-const reference/pointer params
  PiiSet UnguardedSends;    // response writes inside not protected inside
  std::set<std::string> GuardKindsIfTrue;   // returns true only after a guard succeeded
  std::set<std::string> GuardKindsIfReturns;  // returns at all only after a guard succeeded
};

using SummaryTable = std::map<std::string, FunctionSummary>;  // by USR

/// What one translation unit yields.
struct TranslationUnitResult {
  std::string MainFile;
  std::vector<Endpoint> Endpoints;
  std::vector<Finding> Findings;
  SummaryTable Exports;                    // externally visible functions defined here
  std::set<std::string> ExternalCalls;     // USRs of callees defined elsewhere
};

} // namespace pii
