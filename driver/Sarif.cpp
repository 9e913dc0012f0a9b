#include "Sarif.h"

#include "CheckCatalog.h"
#include "Fingerprint.h"
#include "Paths.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"

#include <nlohmann/json.hpp>

namespace pii {

namespace {

using Json = nlohmann::ordered_json;

constexpr const char *RootId = "%SRCROOT%";
constexpr const char *NoLintRule = "clang-tidy-nolint";

std::string percentEncode(llvm::StringRef Path) {
  std::string Out;
  for (unsigned char C : Path) {
    if (llvm::isAlnum(C) || llvm::StringRef("-._~/").contains(C))
      Out += C;
    else
      Out += "%" + llvm::utohexstr(C, /*LowerCase=*/false, /*Width=*/2);
  }
  return Out;
}

const char *levelName(Severity S) { return S == Severity::Error ? "error" : "warning"; }

const char *securitySeverity(Severity S) { return S == Severity::Error ? "8.0" : "5.0"; }

Json text(const std::string &Text) { return {{"text", Text}}; }

class SarifWriter {
public:
  SarifWriter(const Report &R, const Policy &P, const SarifOptions &O)
      : R(R), P(P), HelpBase(O.HelpBase), Root(canonicalPath(O.Root.empty() ? "." : O.Root)) {}

  Json log() {
    Json Run;
    Run["tool"] = {{"driver", driver()}};
    Run["originalUriBaseIds"] = {{RootId, {{"uri", "file://" + percentEncode(Root) + "/"}}}};
    Run["invocations"] = Json::array({invocation()});
    Run["results"] = Json::array();
    for (const Finding &F : R.Findings)
      Run["results"].push_back(result(F));
    return {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
            {"version", "2.1.0"},
            {"runs", Json::array({Run})}};
  }

private:
  const Report &R;
  const Policy &P;
  std::string HelpBase;
  std::string Root;
  std::vector<std::string> RuleIds;

  Json artifact(const std::string &File) const {
    std::string Rel = pathRelativeTo(File, Root);
    if (llvm::sys::path::is_absolute(Rel))
      return {{"uri", "file://" + percentEncode(Rel)}};
    return {{"uri", percentEncode(Rel)}, {"uriBaseId", RootId}};
  }

  Json location(const SourcePos &Where, const std::string &Message = "") const {
    Json Region = {{"startLine", Where.Line}};
    if (Where.Column)
      Region["startColumn"] = Where.Column;
    Json L = {{"physicalLocation", {{"artifactLocation", artifact(Where.File)}, {"region", Region}}}};
    if (!Message.empty())
      L["message"] = text(Message);
    return L;
  }

  Json rule(llvm::StringRef Id, llvm::StringRef Summary, llvm::StringRef Rationale,
            llvm::StringRef DocsPage, Severity Level) const {
    std::string Help = HelpBase + DocsPage.str();
    return {{"id", Id},
            {"name", Id},
            {"shortDescription", text(Summary.str())},
            {"fullDescription", text(Rationale.str())},
            {"help", {{"text", Rationale.str() + " See " + Help + "."},
                      {"markdown", Rationale.str() + "\n\n[Documentation](" + Help + ")"}}},
            {"helpUri", Help},
            {"defaultConfiguration", {{"level", levelName(Level)}}},
            {"properties", {{"tags", {"security", "privacy"}},
                            {"security-severity", securitySeverity(Level)}}}};
  }

  Json driver() {
    Json Rules = Json::array();
    for (const CheckInfo &C : allChecks()) {
      const Rule *PolicyRule = P.ruleFor(C.Name);
      if (!C.Implemented || !PolicyRule)
        continue;
      Rules.push_back(rule(C.Name, C.Summary, C.Rationale, C.DocsPage, PolicyRule->Level));
      RuleIds.push_back(C.Name.str());
    }
    if (llvm::any_of(R.Findings, [](const Finding &F) { return F.Check == NoLintRule; })) {
      Rules.push_back(rule(NoLintRule, "Reports NOLINTBEGIN and NOLINTEND comments that do not pair up.",
                           "An unmatched NOLINTBEGIN or NOLINTEND suppresses nothing. Close each "
                           "NOLINTBEGIN with a NOLINTEND naming the same checks.",
                           "docs/cli.md#suppressions", Severity::Error));
      RuleIds.push_back(NoLintRule);
    }
    return {{"name", "pii-tidy"},
            {"version", PII_TIDY_VERSION},
            {"semanticVersion", PII_TIDY_VERSION},
            {"rules", Rules}};
  }

  Json invocation() const {
    Json Notifications = Json::array();
    for (const IncompleteFile &I : R.Incomplete)
      Notifications.push_back({{"level", "error"},
                               {"message", text("analysis incomplete: " + I.Reason)},
                               {"locations", Json::array({{{"physicalLocation",
                                                            {{"artifactLocation", artifact(I.File)}}}}})}});
    if (R.BaselineApplied)
      for (const BaselineEntry &E : R.BaselineApplied->Unmatched)
        Notifications.push_back(
            {{"level", "warning"},
             {"message", text("baseline entry " + E.Fingerprint + " (" + E.Check + ", '" +
                              E.Endpoint + "' in " + E.File + ") matches no finding; remove it from " +
                              displayPath(R.BaselineApplied->Path))}});
    return {{"executionSuccessful", R.Incomplete.empty()},
            {"toolExecutionNotifications", Notifications}};
  }

  // registration -> personal values -> response
  Json codeFlow(const Finding &F, const Endpoint &E) const {
    Json Steps = Json::array();
    Steps.push_back({{"location", location(E.Registration, "endpoint '" + E.label() + "' registered here")}});
    for (const PersonalValue &V : E.Returns)
      if (llvm::is_contained(F.Categories, V.Category))
        Steps.push_back({{"location", location(V.Where, "'" + V.Name + "' (" + V.Category + ") is read")}});
    Steps.push_back({{"location", location(F.Where, "the response is sent here")}});
    return {{"threadFlows", Json::array({{{"locations", Steps}}})}};
  }

  Json result(const Finding &F) const {
    Json Out = {{"ruleId", F.Check}};
    auto Index = llvm::find(RuleIds, F.Check);
    if (Index != RuleIds.end())
      Out["ruleIndex"] = Index - RuleIds.begin();
    Out["level"] = levelName(F.Level);
    Out["message"] = text(F.Message);
    Out["locations"] = Json::array({location(F.Where)});
    if (!F.Notes.empty()) {
      Json Related = Json::array();
      for (size_t I = 0; I < F.Notes.size(); ++I) {
        Json L = location(F.Notes[I].Where, F.Notes[I].Message);
        L["id"] = I + 1;
        Related.push_back(L);
      }
      Out["relatedLocations"] = Related;
    }
    if (const Endpoint *E = findEndpoint(R, F))
      Out["codeFlows"] = Json::array({codeFlow(F, *E)});
    Out["partialFingerprints"] = {{"piiTidyFingerprint/v1", fingerprint(F)}};
    Json Properties = {{"security-severity", securitySeverity(F.Level)}};
    if (!F.EndpointLabel.empty()) {
      Properties["endpoint"] = F.EndpointLabel;
      Properties["handler"] = F.HandlerName;
      Properties["categories"] = F.Categories;
    }
    Out["properties"] = Properties;
    return Out;
  }
};

} // namespace

std::string renderSarif(const Report &R, const Policy &P, const SarifOptions &O) {
  return SarifWriter(R, P, O).log().dump(2) + "\n";
}

} // namespace pii
