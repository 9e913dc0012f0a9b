// What a value carries: personal values it was built from, and which of the
// enclosing function's parameters flow into it (resolved at call sites).
#pragma once

#include "Findings.h"

#include <set>
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

} // namespace pii
