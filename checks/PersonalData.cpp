#include "PersonalData.h"

#include <algorithm>

namespace pii {

bool PiiSet::add(const PersonalValue &V) {
  for (const PersonalValue &Have : Values)
    if (Have.Name == V.Name && Have.Category == V.Category && Have.Where == V.Where)
      return false;
  Values.push_back(V);
  return true;
}

bool PiiSet::merge(const PiiSet &Other) {
  bool Changed = false;
  for (const PersonalValue &V : Other.Values)
    Changed |= add(V);
  for (unsigned P : Other.Params)
    Changed |= Params.insert(P).second;
  return Changed;
}

std::vector<PersonalValue> PiiSet::sortedValues() const {
  std::vector<PersonalValue> Sorted = Values;
  std::stable_sort(Sorted.begin(), Sorted.end(),
                   [](const PersonalValue &A, const PersonalValue &B) {
                     return std::tie(A.Where, A.Name) < std::tie(B.Where, B.Name);
                   });
  return Sorted;
}

} // namespace pii
