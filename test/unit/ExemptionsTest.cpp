#include "Exemptions.h"

#include "gtest/gtest.h"

using namespace pii;

namespace {

Finding findingFor(std::string Check, std::string Endpoint, std::string Handler) {
  Finding F;
  F.Check = std::move(Check);
  F.EndpointLabel = std::move(Endpoint);
  F.HandlerName = std::move(Handler);
  return F;
}

Exemption exemption(std::string Endpoint, std::string Check, std::string Expires) {
  Exemption X;
  X.Endpoint = std::move(Endpoint);
  X.Check = std::move(Check);
  X.Reason = "reviewed";
  X.Expires = std::move(Expires);
  X.Line = 7;
  X.Column = 5;
  return X;
}

TEST(IsoDate, AcceptsRealDaysOnly) {
  EXPECT_EQ(checkIsoDate("2026-11-27"), DateProblem::None);
  EXPECT_EQ(checkIsoDate("2024-02-29"), DateProblem::None);    // leap year
  EXPECT_EQ(checkIsoDate("2000-02-29"), DateProblem::None);    // divisible by 400
  EXPECT_EQ(checkIsoDate("1900-02-29"), DateProblem::NoSuchDay);  // divisible by 100
  EXPECT_EQ(checkIsoDate("2026-04-31"), DateProblem::NoSuchDay);
  EXPECT_EQ(checkIsoDate("2026-13-01"), DateProblem::NoSuchDay);
  EXPECT_EQ(checkIsoDate("2026-00-10"), DateProblem::NoSuchDay);
  EXPECT_EQ(checkIsoDate("26-11-27"), DateProblem::Format);
  EXPECT_EQ(checkIsoDate("2026/11/27"), DateProblem::Format);
  EXPECT_EQ(checkIsoDate("2026-1-277"), DateProblem::Format);
  EXPECT_TRUE(isIsoDate("2026-12-31"));
  EXPECT_FALSE(isIsoDate("tomorrow"));
}

TEST(Exemptions, InForceUntilTheirLastDayThenNoted) {
  Policy P;
  P.Exemptions = {exemption("GET /beneficiary", "*", "2026-12-31")};
  std::vector<Finding> Findings = {findingFor("pii-unguarded-endpoint", "GET /beneficiary", "h")};

  std::vector<Finding> OnLastDay = Findings;
  applyExemptions(OnLastDay, P, "2026-12-31", "policy.json");
  EXPECT_TRUE(OnLastDay.empty());

  std::vector<Finding> DayAfter = Findings;
  applyExemptions(DayAfter, P, "2027-01-01", "policy.json");
  ASSERT_EQ(DayAfter.size(), 1u);
  ASSERT_EQ(DayAfter[0].Notes.size(), 1u);
  EXPECT_EQ(DayAfter[0].Notes[0].Message, "exemption at policy.json:7:5 expired on 2026-12-31");
}

TEST(Exemptions, MatchTheirCheckAndTarget) {
  Policy P;
  Exemption ByHandler = exemption("", "pii-ignored-guard", "");
  ByHandler.Handler = "Routes::export";
  P.Exemptions = {exemption("GET /lookup", "pii-ignored-guard", ""), ByHandler};
  std::vector<Finding> Findings = {
      findingFor("pii-unguarded-endpoint", "GET /lookup", "a"),  // another check
      findingFor("pii-ignored-guard", "GET /lookup", "b"),       // exempt
      findingFor("pii-ignored-guard", "GET /other", "c"),        // another endpoint
      findingFor("pii-ignored-guard", "GET /export", "Routes::export"),  // exempt by handler
  };
  applyExemptions(Findings, P, "2026-11-27", "policy.json");
  ASSERT_EQ(Findings.size(), 2u);
  EXPECT_EQ(Findings[0].HandlerName, "a");
  EXPECT_EQ(Findings[1].HandlerName, "c");
}

} // namespace
