#include "Policy.h"

#include "llvm/ADT/STLExtras.h"

namespace pii {

using llvm::StringRef;

static bool containsOrStar(const std::vector<std::string> &Values,
                           StringRef Value) {
  return llvm::any_of(
      Values, [&](const std::string &V) { return V == "*" || V == Value; });
}

bool Rule::coversCategory(StringRef Category) const {
  return containsOrStar(Categories, Category);
}

std::optional<Classification>
Policy::classifyName(StringRef SimpleName, StringRef QualifiedName) const {
  if (isNotPersonal(SimpleName, QualifiedName))
    return std::nullopt;
  for (const Category &C : Categories)
    if (const NamePattern *P = C.Names.match(SimpleName, QualifiedName))
      return Classification{C.Name, P->text()};
  return std::nullopt;
}

std::optional<Classification>
Policy::classifyType(StringRef SimpleName, StringRef QualifiedName) const {
  if (isNotPersonal(SimpleName, QualifiedName))
    return std::nullopt;
  for (const Category &C : Categories)
    if (const NamePattern *P = C.Types.match(SimpleName, QualifiedName))
      return Classification{C.Name, P->text()};
  return std::nullopt;
}

bool Policy::isNotPersonal(StringRef SimpleName,
                           StringRef QualifiedName) const {
  return NotPersonal.match(SimpleName, QualifiedName) != nullptr;
}

bool Policy::isRedactor(StringRef SimpleName, StringRef QualifiedName) const {
  return Redactors.match(SimpleName, QualifiedName) != nullptr;
}

std::optional<std::string> Policy::guardKind(StringRef SimpleName,
                                             StringRef QualifiedName) const {
  for (const auto &[Kind, Patterns] : Guards)
    if (Patterns.match(SimpleName, QualifiedName))
      return Kind;
  return std::nullopt;
}

bool Policy::hasCategory(StringRef Name) const {
  return llvm::any_of(Categories,
                      [&](const Category &C) { return C.Name == Name; });
}

bool Policy::hasGuardKind(StringRef Kind) const {
  return llvm::any_of(Guards, [&](const auto &G) { return G.first == Kind; });
}

const Rule *Policy::ruleFor(StringRef Check) const {
  auto It =
      llvm::find_if(Rules, [&](const Rule &R) { return R.Check == Check; });
  return It == Rules.end() ? nullptr : &*It;
}

bool Policy::frameworkEnabled(StringRef Framework) const {
  return llvm::any_of(Frameworks, [&](const std::string &F) {
    return F == "*" || Framework.equals_insensitive(F);
  });
}

} // namespace pii
