// Policy name patterns: token sequences ("mob_no" matches mobNo, MOB_NO,
// customerMobNo) and case-insensitive globs ("redact*", "*::verify_otp").
#pragma once

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/GlobPattern.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pii {

/// Splits an identifier into lower-case words: camelCase, PascalCase,
/// snake_case, kebab-case, ACRONYMWord and digit runs ("PANNumber2" ->
/// pan, number, 2).
std::vector<std::string> splitIdentifierWords(llvm::StringRef Identifier);

/// One pattern from the policy.
///  - contains "::"           -> glob on the qualified name ("ns::Class::fn")
///                               or on a trailing part of it after a "::"
///  - contains * ? or [       -> glob on the simple name
///  - otherwise               -> its words must appear contiguously in the
///                               name's words; a name word may add a plural or
///                               verb suffix (s, es, ed, d, ing, er)
/// All comparisons are case-insensitive.
class NamePattern {
public:
  static llvm::Expected<NamePattern> create(llvm::StringRef Text);
  bool matches(llvm::StringRef SimpleName, llvm::StringRef QualifiedName) const;
  const std::string &text() const { return Text; }

private:
  enum class Kind { Words, SimpleGlob, QualifiedGlob };
  std::string Text;
  Kind K = Kind::Words;
  std::vector<std::string> Words;
  // GlobPattern keeps a StringRef into its source; copies share this text.
  std::shared_ptr<const std::string> GlobText;
  std::optional<llvm::GlobPattern> Glob;
};

/// An ordered set of patterns; the first match wins.
class NameSet {
public:
  void add(NamePattern P) { Patterns.push_back(std::move(P)); }
  /// The first pattern matching, or nullptr. QualifiedName may be empty.
  const NamePattern *match(llvm::StringRef SimpleName,
                           llvm::StringRef QualifiedName = "") const;
  bool empty() const { return Patterns.empty(); }
  const std::vector<NamePattern> &patterns() const { return Patterns; }

private:
  std::vector<NamePattern> Patterns;
};

} // namespace pii
