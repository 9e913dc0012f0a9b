#include "NameMatcher.h"

#include "gtest/gtest.h"

using namespace pii;

namespace {

using Words = std::vector<std::string>;

NamePattern pattern(llvm::StringRef Text) {
  return llvm::cantFail(NamePattern::create(Text));
}

bool matches(llvm::StringRef Pattern, llvm::StringRef Simple,
             llvm::StringRef Qualified = "") {
  return pattern(Pattern).matches(Simple, Qualified);
}

std::string createError(llvm::StringRef Text) {
  llvm::Expected<NamePattern> P = NamePattern::create(Text);
  return P ? "" : llvm::toString(P.takeError());
}

TEST(SplitIdentifierWords, CamelCase) {
  EXPECT_EQ(splitIdentifierWords("aadhaarNumber"),
            Words({"aadhaar", "number"}));
}

TEST(SplitIdentifierWords, PascalCase) {
  EXPECT_EQ(splitIdentifierWords("MobileNumber"), Words({"mobile", "number"}));
}

TEST(SplitIdentifierWords, SnakeCase) {
  EXPECT_EQ(splitIdentifierWords("MOB_NO"), Words({"mob", "no"}));
}

TEST(SplitIdentifierWords, KebabCase) {
  EXPECT_EQ(splitIdentifierWords("e-mail-id"), Words({"e", "mail", "id"}));
}

TEST(SplitIdentifierWords, AcronymBeforeWord) {
  EXPECT_EQ(splitIdentifierWords("PANNumber"), Words({"pan", "number"}));
}

TEST(SplitIdentifierWords, DigitRuns) {
  EXPECT_EQ(splitIdentifierWords("addr1"), Words({"addr", "1"}));
  EXPECT_EQ(splitIdentifierWords("PANNumber2"), Words({"pan", "number", "2"}));
  EXPECT_EQ(splitIdentifierWords("dose12Date"), Words({"dose", "12", "date"}));
}

TEST(SplitIdentifierWords, PluralAcronymStaysOneWord) {
  EXPECT_EQ(splitIdentifierWords("getIDs"), Words({"get", "ids"}));
  EXPECT_EQ(splitIdentifierWords("IDsList"), Words({"ids", "list"}));
}

TEST(SplitIdentifierWords, ScopesAndLeadingSeparators) {
  EXPECT_EQ(splitIdentifierWords("__acme::userMob_"),
            Words({"acme", "user", "mob"}));
}

TEST(SplitIdentifierWords, EmptyAndSeparatorsOnly) {
  EXPECT_EQ(splitIdentifierWords(""), Words());
  EXPECT_EQ(splitIdentifierWords("__"), Words());
}

TEST(NamePattern, WordPatternMatchesEveryNamingStyle) {
  EXPECT_TRUE(matches("mob_no", "mobNo"));
  EXPECT_TRUE(matches("mob_no", "MOB_NO"));
  EXPECT_TRUE(matches("mob_no", "customerMobNo"));
  EXPECT_TRUE(matches("mobNo", "mob_no"));
}

TEST(NamePattern, WordPatternMatchesWholeWordsOnly) {
  EXPECT_TRUE(matches("pan", "panNumber"));
  EXPECT_TRUE(matches("pan", "PAN"));
  EXPECT_FALSE(matches("pan", "company"));
  EXPECT_FALSE(matches("pan", "span"));
  EXPECT_FALSE(matches("pan", "panel"));
}

TEST(NamePattern, WordPatternAllowsPluralAndVerbSuffixes) {
  EXPECT_TRUE(matches("whitelist", "isWhitelisted"));
  EXPECT_TRUE(matches("address", "addresses"));
  EXPECT_TRUE(matches("mask", "maskingRule"));
  EXPECT_TRUE(matches("authorize", "isAuthorized"));
  EXPECT_TRUE(matches("trusted_caller", "trustedCallers"));
  EXPECT_FALSE(matches("mask", "maskable"));
}

TEST(NamePattern, WordPatternNeedsContiguousWordsInOrder) {
  EXPECT_TRUE(matches("verify_otp", "verifyOtpCode"));
  EXPECT_FALSE(matches("verify_otp", "verifyUserOtp"));
  EXPECT_FALSE(matches("verify_otp", "otpVerify"));
}

TEST(NamePattern, WordPatternIsCaseInsensitive) {
  EXPECT_TRUE(matches("AADHAAR", "aadhaarNo"));
}

TEST(NamePattern, WordPatternReadsTheSimpleNameOfAQualifiedOne) {
  EXPECT_TRUE(matches("verify_otp", "", "acme::OtpService::verifyOtp"));
  EXPECT_FALSE(matches("acme", "", "acme::OtpService::verifyOtp"));
}

TEST(NamePattern, SimpleGlobMatchesTheLowercasedName) {
  EXPECT_TRUE(matches("redact*", "RedactAadhaar"));
  EXPECT_TRUE(matches("*aadhaar*", "AADHAARNO"));
  EXPECT_FALSE(matches("redact*", "unredact"));
}

TEST(NamePattern, SimpleGlobIgnoresTheQualifiedName) {
  EXPECT_FALSE(matches("redact*", "apply", "redactor::apply"));
}

TEST(NamePattern, QualifiedGlobMatchesTheQualifiedName) {
  EXPECT_TRUE(
      matches("*otp*::verify*", "verifyCode", "auth::OtpService::verifyCode"));
  EXPECT_FALSE(matches("*otp*::verify*", "verify", "auth::Session::verify"));
}

TEST(NamePattern, QualifiedPatternMatchesTrailingScopes) {
  EXPECT_TRUE(matches("IpAllowList::contains", "contains",
                      "acme::net::IpAllowList::contains"));
  EXPECT_FALSE(matches("IpAllowList::contains", "contains",
                       "acme::MyIpAllowList::contains"));
}

TEST(NamePattern, QualifiedPatternIgnoresALeadingScope) {
  EXPECT_TRUE(matches("::acme::verify", "verify", "acme::verify"));
}

TEST(NamePattern, QualifiedPatternFallsBackToTheSimpleName) {
  EXPECT_TRUE(matches("IpAllowList::contains", "IpAllowList::contains"));
}

TEST(NamePattern, CopiesKeepTheirGlob) {
  std::vector<NamePattern> Patterns;
  {
    std::string Text = "verify*";
    Patterns.push_back(pattern(Text));
    Text.assign(Text.size(), 'x');
  }
  NamePattern Copy = Patterns.front();
  Patterns.clear();
  EXPECT_TRUE(Copy.matches("verifyOtp", ""));
  EXPECT_EQ(Copy.text(), "verify*");
}

TEST(NamePatternCreate, RejectsEmpty) {
  EXPECT_EQ(createError(""), "bad pattern '': a pattern must not be empty");
}

TEST(NamePatternCreate, RejectsWhitespace) {
  EXPECT_EQ(createError("verify otp"),
            "bad pattern 'verify otp': a pattern must not contain whitespace");
}

TEST(NamePatternCreate, RejectsBadGlob) {
  EXPECT_EQ(createError("mobile[0-9"),
            "bad pattern 'mobile[0-9': invalid glob pattern, unmatched '['");
}

TEST(NamePatternCreate, RejectsPunctuationInWordPattern) {
  EXPECT_EQ(createError("acme.verify"),
            "bad pattern 'acme.verify': '.' cannot appear in a word pattern; "
            "use a glob (with * ? [) or a qualified name (with ::)");
}

TEST(NamePatternCreate, RejectsWordPatternWithoutWords) {
  EXPECT_EQ(createError("__"),
            "bad pattern '__': a word pattern needs at least one letter or "
            "digit");
}

TEST(NameSet, FirstMatchingPatternWins) {
  NameSet Set;
  Set.add(pattern("mobile"));
  Set.add(pattern("mobile_no"));
  const NamePattern *P = Set.match("mobileNo");
  ASSERT_NE(P, nullptr);
  EXPECT_EQ(P->text(), "mobile");
}

TEST(NameSet, NoMatchIsNull) {
  NameSet Set;
  Set.add(pattern("mobile"));
  EXPECT_EQ(Set.match("email"), nullptr);
}

} // namespace
