#include "Policy.h"

#include "gtest/gtest.h"

using namespace pii;

namespace {

// The smallest valid policy, for tests to extend.
constexpr const char *Minimal =
    R"({"version": 1, "personal_data": {}, "rules": []})";

std::string errorOf(llvm::StringRef Text) {
  llvm::Expected<Policy> P = parsePolicy(Text, "p.json");
  return P ? "" : llvm::toString(P.takeError());
}

Policy parse(llvm::StringRef Text) {
  return llvm::cantFail(parsePolicy(Text, "p.json"));
}

const Policy &defaultPolicy() {
  static const Policy P = llvm::cantFail(loadDefaultPolicy());
  return P;
}

std::string categoryOf(llvm::StringRef Name) {
  std::optional<Classification> C = defaultPolicy().classifyName(Name);
  return C ? C->Category : "";
}

std::string guardOf(llvm::StringRef Simple, llvm::StringRef Qualified = "") {
  return defaultPolicy().guardKind(Simple, Qualified).value_or("");
}

// Default policy.

TEST(DefaultPolicy, Loads) {
  llvm::Expected<Policy> P = loadDefaultPolicy();
  ASSERT_TRUE(bool(P)) << llvm::toString(P.takeError());
  EXPECT_EQ(P->SourceName, "<default policy>");
}

TEST(DefaultPolicy, AadhaarIsNationalId) {
  EXPECT_EQ(categoryOf("aadhaarNumber"), "national_id");
}

TEST(DefaultPolicy, MobNoIsContact) {
  EXPECT_EQ(categoryOf("mobNo"), "contact");
}

TEST(DefaultPolicy, PanMatchesOnlyTheWord) {
  EXPECT_EQ(categoryOf("PANNumber"), "national_id");
  EXPECT_EQ(categoryOf("companyName"), "");
}

TEST(DefaultPolicy, SupportPhoneIsNotPersonal) {
  EXPECT_EQ(categoryOf("supportPhone"), "");
}

TEST(DefaultPolicy, VaccineNameIsNotPersonal) {
  EXPECT_EQ(categoryOf("vaccineName"), "");
}

TEST(DefaultPolicy, IpAddressIsNotPersonal) {
  EXPECT_EQ(categoryOf("remoteAddr"), "");
  EXPECT_EQ(categoryOf("permanentAddress"), "contact");
}

TEST(DefaultPolicy, ClassificationNamesThePattern) {
  std::optional<Classification> C = defaultPolicy().classifyName("dateOfBirth");
  ASSERT_TRUE(C);
  EXPECT_EQ(C->Category, "demographic");
  EXPECT_EQ(C->Pattern, "date_of_birth");
}

TEST(DefaultPolicy, RecordTypesAreClassified) {
  std::optional<Classification> C =
      defaultPolicy().classifyType("Beneficiary", "cowin::Beneficiary");
  ASSERT_TRUE(C);
  EXPECT_EQ(C->Category, "identity");
}

TEST(DefaultPolicy, VerifyOtpIsOtpGuard) {
  EXPECT_EQ(guardOf("verifyOtp"), "otp");
}

TEST(DefaultPolicy, OtpServiceMethodIsOtpGuard) {
  EXPECT_EQ(guardOf("verify", "auth::OtpService::verify"), "otp");
}

TEST(DefaultPolicy, IsWhitelistedIsAllowlistGuard) {
  EXPECT_EQ(guardOf("isWhitelisted"), "allowlist");
}

TEST(DefaultPolicy, AllowListContainsIsAllowlistGuard) {
  EXPECT_EQ(guardOf("contains", "acme::IpAllowList::contains"), "allowlist");
}

TEST(DefaultPolicy, ValidateSessionTokenIsAuthGuard) {
  EXPECT_EQ(guardOf("validateSessionToken"), "auth");
}

TEST(DefaultPolicy, ReadingAnAuthHeaderIsNoGuard) {
  EXPECT_EQ(guardOf("getAuthorizationHeader"), "");
}

TEST(DefaultPolicy, MaskIsARedactor) {
  EXPECT_TRUE(defaultPolicy().isRedactor("maskAadhaar", "util::maskAadhaar"));
  EXPECT_FALSE(defaultPolicy().isRedactor("unmaskAadhaar", ""));
}

TEST(DefaultPolicy, UnguardedEndpointRuleIsAnError) {
  const Rule *R = defaultPolicy().ruleFor("pii-unguarded-endpoint");
  ASSERT_NE(R, nullptr);
  EXPECT_EQ(R->Level, Severity::Error);
  EXPECT_EQ(R->RequireAny,
            std::vector<std::string>({"otp", "allowlist", "auth"}));
  EXPECT_TRUE(R->coversCategory("health"));
}

TEST(DefaultPolicy, ReservedChecksWarn) {
  const Rule *R = defaultPolicy().ruleFor("pii-ignored-guard");
  ASSERT_NE(R, nullptr);
  EXPECT_EQ(R->Level, Severity::Warning);
}

TEST(DefaultPolicy, EnablesEveryFramework) {
  EXPECT_TRUE(defaultPolicy().frameworkEnabled("crow"));
}

TEST(DefaultPolicy, DocumentKeepsWrittenOrder) {
  EXPECT_EQ(defaultPolicy().Document.begin().key(), "$schema");
}

// Model queries on small policies.

TEST(PolicyModel, NotPersonalWinsOverCategories) {
  Policy P = parse(R"({"version": 1, "rules": [],
    "personal_data": {"categories": {"contact": {"names": ["phone"]}},
                      "not_personal": ["support_phone"]}})");
  EXPECT_FALSE(P.classifyName("supportPhone"));
  EXPECT_TRUE(P.classifyName("phone"));
}

TEST(PolicyModel, CategoriesApplyInWrittenOrder) {
  Policy P = parse(R"({"version": 1, "rules": [],
    "personal_data": {"categories": {"zeta": {"names": ["id"]},
                                     "alpha": {"names": ["id"]}}}})");
  EXPECT_EQ(P.classifyName("id")->Category, "zeta");
}

TEST(PolicyModel, RuleCoversListedCategoriesOnly) {
  Rule R;
  R.Categories = {"health"};
  EXPECT_TRUE(R.coversCategory("health"));
  EXPECT_FALSE(R.coversCategory("contact"));
}

TEST(PolicyModel, FrameworksCanBeListed) {
  Policy P = parse(R"({"version": 1, "personal_data": {}, "rules": [],
    "endpoints": {"frameworks": ["Crow"]}})");
  EXPECT_TRUE(P.frameworkEnabled("crow"));
  EXPECT_FALSE(P.frameworkEnabled("drogon"));
}

TEST(PolicyModel, RequireAnyDefaultsToEveryGuardKind) {
  Policy P = parse(R"({"version": 1, "personal_data": {},
    "guards": {"otp": ["verify_otp"], "sso": ["sso_login"]},
    "rules": [{"check": "pii-unguarded-endpoint"}]})");
  EXPECT_EQ(P.ruleFor("pii-unguarded-endpoint")->RequireAny,
            std::vector<std::string>({"otp", "sso"}));
}

TEST(PolicyModel, MissingRuleIsNull) {
  EXPECT_EQ(parse(Minimal).ruleFor("pii-unguarded-endpoint"), nullptr);
}

TEST(PolicyModel, CustomEndpointDefaults) {
  Policy P = parse(R"({"version": 1, "personal_data": {}, "rules": [],
    "endpoints": {"custom": [{"function": "myrpc::Router::add"}]}})");
  ASSERT_EQ(P.CustomEndpoints.size(), 1u);
  EXPECT_EQ(P.CustomEndpoints[0].PathArg, 0);
  EXPECT_EQ(P.CustomEndpoints[0].HandlerArg, 1);
  EXPECT_EQ(P.CustomEndpoints[0].MethodArg, -1);
}

TEST(PolicyModel, ExemptionRecordsItsPosition) {
  Policy P = parse(R"({"version": 1, "personal_data": {}, "rules": [],
  "exemptions": [{"endpoint": "GET /internal/export", "reason": "VPN only",
                  "expires": "2028-02-29"}]})");
  ASSERT_EQ(P.Exemptions.size(), 1u);
  EXPECT_EQ(P.Exemptions[0].Check, "*");
  EXPECT_EQ(P.Exemptions[0].Line, 2u);
  EXPECT_EQ(P.Exemptions[0].Column, 18u);
}

// Errors: each names the file, line and column of the offending key or value.

TEST(PolicyErrors, UnreadableFile) {
  llvm::Expected<Policy> P = loadPolicyFile("/nonexistent/policy.json");
  ASSERT_FALSE(P);
  EXPECT_EQ(llvm::toString(P.takeError()),
            "/nonexistent/policy.json: error: cannot read policy file: No "
            "such file or directory");
}

TEST(PolicyErrors, MalformedJson) {
  EXPECT_EQ(errorOf("{\n  \"version\": 1,\n}"),
            "p.json:3:1: error: invalid JSON: syntax error while parsing "
            "object key - unexpected '}'; expected string literal");
}

TEST(PolicyErrors, EmptyFile) {
  EXPECT_EQ(errorOf(""), "p.json:1:1: error: invalid JSON: syntax error while "
                         "parsing value - unexpected end of input; expected "
                         "'[', '{', or a literal");
}

TEST(PolicyErrors, DuplicateKey) {
  EXPECT_EQ(errorOf(R"({"version": 1, "version": 1})"),
            "p.json:1:16: error: duplicate key 'version'");
}

TEST(PolicyErrors, TopLevelNotAnObject) {
  EXPECT_EQ(errorOf("\n  [1]"),
            "p.json:2:3: error: a policy must be a JSON object");
}

TEST(PolicyErrors, MissingVersion) {
  EXPECT_EQ(errorOf(R"({"personal_data": {}, "rules": []})"),
            "p.json:1:1: error: missing required key 'version'");
}

TEST(PolicyErrors, VersionNotAnInteger) {
  EXPECT_EQ(errorOf(R"({"version": "1"})"),
            "p.json:1:13: error: 'version' must be an integer");
}

TEST(PolicyErrors, UnsupportedVersion) {
  EXPECT_EQ(errorOf(R"({"version": 2})"),
            "p.json:1:13: error: unsupported policy version 2; this pii-tidy "
            "reads version 1");
}

TEST(PolicyErrors, MissingRules) {
  EXPECT_EQ(errorOf(R"({"version": 1, "personal_data": {}})"),
            "p.json:1:1: error: missing required key 'rules'");
}

TEST(PolicyErrors, UnknownKeySuggestsClosest) {
  EXPECT_EQ(errorOf(R"({"version": 1, "redactor": []})"),
            "p.json:1:16: error: unknown key 'redactor'; did you mean "
            "'redactors'?");
}

TEST(PolicyErrors, UnknownKeyListsValidKeys) {
  EXPECT_EQ(
      errorOf(R"({"version": 1, "personal_data": {"xyz": 1}, "rules": []})"),
      "p.json:1:34: error: unknown key 'xyz' in 'personal_data'; valid "
      "keys are 'categories', 'not_personal'");
}

TEST(PolicyErrors, UnknownKeyInCategory) {
  EXPECT_EQ(
      errorOf(R"({"version": 1, "rules": [], "personal_data": {"categories":
    {"contact": {"name": ["phone"]}}}})"),
      "p.json:2:18: error: unknown key 'name' in "
      "'personal_data.categories.contact'; did you mean 'names'?");
}

TEST(PolicyErrors, PositionsSurviveEscapedQuotes) {
  EXPECT_EQ(errorOf(R"({"description": "say \"hi\" \\", "vesion": 1})"),
            "p.json:1:34: error: unknown key 'vesion'; did you mean "
            "'version'?");
}

TEST(PolicyErrors, WrongType) {
  EXPECT_EQ(errorOf(R"({"version": 1, "personal_data": {}, "rules": [],
  "guards": {"otp": "verify_otp"}})"),
            "p.json:2:21: error: 'guards.otp' must be an array of strings");
}

TEST(PolicyErrors, WrongElementType) {
  EXPECT_EQ(errorOf(R"({"version": 1, "personal_data": {}, "rules": [],
  "redactors": ["mask", 42]})"),
            "p.json:2:25: error: 'redactors' must be an array of strings");
}

TEST(PolicyErrors, BadPattern) {
  EXPECT_EQ(errorOf(R"({"version": 1, "personal_data": {}, "rules": [],
  "redactors": ["mask", "redact[*"]})"),
            "p.json:2:25: error: bad pattern 'redact[*': invalid glob "
            "pattern, unmatched '['");
}

TEST(PolicyErrors, BadCategoryName) {
  EXPECT_EQ(errorOf(R"({"version": 1, "rules": [],
  "personal_data": {"categories": {"*": {}}}})"),
            "p.json:2:36: error: '*' cannot name a category; use letters, "
            "digits, '_' and '-'");
}

TEST(PolicyErrors, UnknownCheck) {
  EXPECT_EQ(errorOf(R"({"version": 1, "personal_data": {},
  "rules": [{"check": "pii-unguarded-endpiont"}]})"),
            "p.json:2:23: error: unknown check 'pii-unguarded-endpiont'; did "
            "you mean 'pii-unguarded-endpoint'?");
}

TEST(PolicyErrors, SecondRuleForACheck) {
  EXPECT_EQ(errorOf(R"({"version": 1, "personal_data": {},
  "rules": [{"check": "pii-ignored-guard"}, {"check": "pii-ignored-guard"}]})"),
            "p.json:2:55: error: a second rule for check 'pii-ignored-guard'; "
            "merge it into the first one");
}

TEST(PolicyErrors, UnknownCategory) {
  EXPECT_EQ(errorOf(R"({"version": 1,
  "personal_data": {"categories": {"health": {}}},
  "rules": [{"check": "pii-unguarded-endpoint", "categories": ["helth"]}]})"),
            "p.json:3:64: error: unknown category 'helth' in "
            "'rules[0].categories'; did you mean 'health'?");
}

TEST(PolicyErrors, UnknownGuardKind) {
  EXPECT_EQ(errorOf(R"({"version": 1, "personal_data": {},
  "guards": {"otp": [], "allowlist": []},
  "rules": [{"check": "pii-unguarded-endpoint", "require_any": ["otpp"]}]})"),
            "p.json:3:65: error: unknown guard kind 'otpp' in "
            "'rules[0].require_any'; did you mean 'otp'?");
}

TEST(PolicyErrors, EmptyRequireAny) {
  EXPECT_EQ(errorOf(R"({"version": 1, "personal_data": {},
  "rules": [{"check": "pii-unguarded-endpoint", "require_any": []}]})"),
            "p.json:2:64: error: 'rules[0].require_any' must not be empty");
}

TEST(PolicyErrors, BadSeverity) {
  EXPECT_EQ(errorOf(R"({"version": 1, "personal_data": {},
  "rules": [{"check": "pii-ignored-guard", "severity": "fatal"}]})"),
            "p.json:2:56: error: 'rules[0].severity' must be 'error' or "
            "'warning', not 'fatal'");
}

TEST(PolicyErrors, CustomEndpointSharesAnArgument) {
  EXPECT_EQ(errorOf(R"({"version": 1, "personal_data": {}, "rules": [],
  "endpoints": {"custom": [{"function": "add", "handler_arg": 0}]}})"),
            "p.json:2:28: error: 'endpoints.custom[0]' uses argument 0 for "
            "both the path and the handler");
}

TEST(PolicyErrors, CustomEndpointBadIndex) {
  EXPECT_EQ(errorOf(R"({"version": 1, "personal_data": {}, "rules": [],
  "endpoints": {"custom": [{"function": "add", "path_arg": -1}]}})"),
            "p.json:2:60: error: 'endpoints.custom[0].path_arg' must be an "
            "argument index from 0 to 255");
}

TEST(PolicyErrors, GuardAttachmentUnknownKind) {
  EXPECT_EQ(errorOf(R"({"version": 1, "personal_data": {}, "rules": [],
  "guards": {"auth": []},
  "endpoints": {"guard_attachments": [{"function": "use_auth", "kind": "ath"}]}})"),
            "p.json:3:72: error: unknown guard kind 'ath'; did you mean "
            "'auth'?");
}

TEST(PolicyErrors, ExemptionWithoutTarget) {
  EXPECT_EQ(errorOf(R"({"version": 1, "personal_data": {}, "rules": [],
  "exemptions": [{"reason": "internal"}]})"),
            "p.json:2:18: error: 'exemptions[0]' needs an 'endpoint' or a "
            "'handler'");
}

TEST(PolicyErrors, ExemptionWithTwoTargets) {
  EXPECT_EQ(errorOf(R"({"version": 1, "personal_data": {}, "rules": [],
  "exemptions": [{"endpoint": "GET /a", "handler": "h", "reason": "x"}]})"),
            "p.json:2:18: error: 'exemptions[0]' has both 'endpoint' and "
            "'handler'; write one exemption for each");
}

TEST(PolicyErrors, ExemptionWithoutReason) {
  EXPECT_EQ(errorOf(R"({"version": 1, "personal_data": {}, "rules": [],
  "exemptions": [{"endpoint": "GET /a"}]})"),
            "p.json:2:18: error: 'exemptions[0]' has no 'reason'; every "
            "exemption must say why it is safe");
}

TEST(PolicyErrors, ExemptionWithBlankReason) {
  EXPECT_EQ(errorOf(R"({"version": 1, "personal_data": {}, "rules": [],
  "exemptions": [{"endpoint": "GET /a", "reason": " "}]})"),
            "p.json:2:51: error: 'exemptions[0].reason' must not be empty");
}

TEST(PolicyErrors, ExemptionUnknownCheck) {
  EXPECT_EQ(errorOf(R"({"version": 1, "personal_data": {}, "rules": [],
  "exemptions": [{"endpoint": "GET /a", "check": "pii-ignored-guards",
                  "reason": "x"}]})"),
            "p.json:2:50: error: unknown check 'pii-ignored-guards'; did you "
            "mean 'pii-ignored-guard'?");
}

TEST(PolicyErrors, ExemptionDateFormat) {
  EXPECT_EQ(errorOf(R"({"version": 1, "personal_data": {}, "rules": [],
  "exemptions": [{"endpoint": "GET /a", "reason": "x", "expires": "31/03/2027"}]})"),
            "p.json:2:67: error: 'exemptions[0].expires' must be a date "
            "written YYYY-MM-DD, not '31/03/2027'");
}

TEST(PolicyErrors, ExemptionDateNotInCalendar) {
  EXPECT_EQ(errorOf(R"({"version": 1, "personal_data": {}, "rules": [],
  "exemptions": [{"endpoint": "GET /a", "reason": "x", "expires": "2027-02-29"}]})"),
            "p.json:2:67: error: 'exemptions[0].expires' is not a calendar "
            "date: '2027-02-29'");
}

} // namespace
