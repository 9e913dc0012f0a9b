#include "NameMatcher.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ErrorHandling.h"

namespace pii {

using llvm::StringRef;

namespace {

enum class CharClass { Lower, Upper, Digit, Separator };

CharClass classify(char C) {
  if (llvm::isDigit(C))
    return CharClass::Digit;
  if (llvm::isUpper(C))
    return CharClass::Upper;
  if (llvm::isLower(C))
    return CharClass::Lower;
  return CharClass::Separator;
}

// "URLs" and "IDs" are plurals, not "UR" + "Ls".
bool isPluralS(StringRef Identifier, size_t I) {
  return Identifier[I] == 's' &&
         (I + 1 == Identifier.size() ||
          classify(Identifier[I + 1]) != CharClass::Lower);
}

bool isWordSuffix(StringRef Suffix) {
  return Suffix.empty() || Suffix == "s" || Suffix == "es" || Suffix == "ed" ||
         Suffix == "d" || Suffix == "ing" || Suffix == "er";
}

bool wordMatches(StringRef NameWord, StringRef PatternWord) {
  return NameWord.consume_front(PatternWord) && isWordSuffix(NameWord);
}

bool containsWords(llvm::ArrayRef<std::string> NameWords,
                   llvm::ArrayRef<std::string> PatternWords) {
  if (PatternWords.size() > NameWords.size())
    return false;
  for (size_t Start = 0; Start + PatternWords.size() <= NameWords.size();
       ++Start) {
    bool All = true;
    for (size_t I = 0; I < PatternWords.size() && All; ++I)
      All = wordMatches(NameWords[Start + I], PatternWords[I]);
    if (All)
      return true;
  }
  return false;
}

// A qualified pattern also matches a trailing part of the name that starts at
// a scope boundary: "IpAllowList::contains" matches
// "acme::IpAllowList::contains".
bool matchesQualifiedSuffix(const llvm::GlobPattern &Glob, StringRef Name) {
  while (true) {
    if (Glob.match(Name))
      return true;
    size_t Sep = Name.find("::");
    if (Sep == StringRef::npos)
      return false;
    Name = Name.drop_front(Sep + 2);
  }
}

llvm::Error patternError(StringRef Text, const llvm::Twine &Why) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "bad pattern '" + Text + "': " + Why);
}

StringRef lastScopeComponent(StringRef QualifiedName) {
  size_t Sep = QualifiedName.rfind("::");
  return Sep == StringRef::npos ? QualifiedName
                                : QualifiedName.drop_front(Sep + 2);
}

bool isWordPatternChar(char C) {
  return llvm::isAlnum(C) || C == '_' || C == '-';
}

} // namespace

std::vector<std::string> splitIdentifierWords(StringRef Identifier) {
  std::vector<std::string> Words;
  std::string Current;
  auto Flush = [&] {
    if (!Current.empty())
      Words.push_back(llvm::StringRef(Current).lower());
    Current.clear();
  };
  for (size_t I = 0; I < Identifier.size(); ++I) {
    char C = Identifier[I];
    CharClass Class = classify(C);
    if (Class == CharClass::Separator) {
      Flush();
      continue;
    }
    if (!Current.empty()) {
      CharClass Prev = classify(Current.back());
      bool DigitEdge =
          (Class == CharClass::Digit) != (Prev == CharClass::Digit);
      bool CamelEdge = Class == CharClass::Upper && Prev == CharClass::Lower;
      // "PANNumber": the last capital of an acronym starts the next word.
      bool AcronymEdge = Class == CharClass::Lower &&
                         Prev == CharClass::Upper && Current.size() >= 2 &&
                         !isPluralS(Identifier, I);
      if (DigitEdge || CamelEdge) {
        Flush();
      } else if (AcronymEdge) {
        char Last = Current.back();
        Current.pop_back();
        Flush();
        Current.push_back(Last);
      }
    }
    Current.push_back(C);
  }
  Flush();
  return Words;
}

llvm::Expected<NamePattern> NamePattern::create(StringRef Text) {
  if (Text.empty())
    return patternError(Text, "a pattern must not be empty");
  if (Text.find_first_of(" \t\r\n\f\v") != StringRef::npos)
    return patternError(Text, "a pattern must not contain whitespace");

  NamePattern P;
  P.Text = Text.str();
  bool Qualified = Text.contains("::");
  if (!Qualified && Text.find_first_of("*?[") == StringRef::npos) {
    auto Bad = llvm::find_if_not(Text, isWordPatternChar);
    if (Bad != Text.end())
      return patternError(Text, "'" + llvm::Twine(*Bad) +
                                    "' cannot appear in a word pattern; use "
                                    "a glob (with * ? [) or a qualified name "
                                    "(with ::)");
    P.Words = splitIdentifierWords(Text);
    if (P.Words.empty())
      return patternError(Text, "a word pattern needs at least one letter or "
                                "digit");
    return P;
  }

  // Qualified names from the AST carry no leading "::".
  StringRef GlobSource = Qualified ? Text.ltrim(':') : Text;
  P.K = Qualified ? Kind::QualifiedGlob : Kind::SimpleGlob;
  P.GlobText = std::make_shared<const std::string>(GlobSource.lower());
  auto Glob = llvm::GlobPattern::create(*P.GlobText);
  if (!Glob)
    return patternError(Text, llvm::toString(Glob.takeError()));
  P.Glob = std::move(*Glob);
  return P;
}

bool NamePattern::matches(StringRef SimpleName, StringRef QualifiedName) const {
  if (SimpleName.empty())
    SimpleName = lastScopeComponent(QualifiedName);
  switch (K) {
  case Kind::Words:
    return containsWords(splitIdentifierWords(SimpleName), Words);
  case Kind::SimpleGlob:
    return Glob->match(SimpleName.lower());
  case Kind::QualifiedGlob:
    return matchesQualifiedSuffix(
        *Glob, (QualifiedName.empty() ? SimpleName : QualifiedName).lower());
  }
  llvm_unreachable("unknown pattern kind");
}

const NamePattern *NameSet::match(StringRef SimpleName,
                                  StringRef QualifiedName) const {
  for (const NamePattern &P : Patterns)
    if (P.matches(SimpleName, QualifiedName))
      return &P;
  return nullptr;
}

} // namespace pii
