#include "Report.h"

#include "CheckFilter.h"
#include "Fingerprint.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace pii {

namespace {

const char *severityName(Severity S) { return S == Severity::Error ? "error" : "warning"; }

std::string location(const SourcePos &P) {
  return displayPath(P.File) + ":" + std::to_string(P.Line) + ":" + std::to_string(P.Column);
}

nlohmann::json positionJson(const SourcePos &P) {
  return {{"file", displayPath(P.File)}, {"line", P.Line}, {"column", P.Column}};
}

} // namespace

std::string displayPath(const std::string &Path) {
  llvm::SmallString<256> Cwd;
  if (Path.empty() || llvm::sys::fs::current_path(Cwd))
    return Path;
  llvm::StringRef Rel(Path);
  if (Rel.consume_front(Cwd) && Rel.consume_front("/"))
    return Rel.str();
  return Path;
}

const Endpoint *findEndpoint(const Report &R, const Finding &F) {
  const Endpoint *Candidate = nullptr;
  for (const Endpoint &E : R.Endpoints) {
    if (E.label() != F.EndpointLabel || E.HandlerName != F.HandlerName)
      continue;
    // The same label may be registered twice; the registration note decides.
    if (llvm::any_of(F.Notes, [&](const Note &N) { return N.Where == E.Registration; }))
      return &E;
    if (!Candidate)
      Candidate = &E;
  }
  return Candidate;
}

Report buildReport(RunResult Run, const std::vector<std::string> &CheckGlobs) {
  Report R;
  CheckFilter Filter(CheckGlobs);
  for (TranslationUnitResult &U : Run.Units) {
    for (Finding &F : U.Findings)
      if (Filter.enabled(F.Check))
        R.Findings.push_back(std::move(F));
    for (Endpoint &E : U.Endpoints)
      R.Endpoints.push_back(std::move(E));
  }
  auto FindingKey = [](const Finding &F) {
    return std::tie(F.Where, F.Check, F.Message);
  };
  std::stable_sort(R.Findings.begin(), R.Findings.end(),
                   [&](const Finding &A, const Finding &B) { return FindingKey(A) < FindingKey(B); });
  R.Findings.erase(std::unique(R.Findings.begin(), R.Findings.end(),
                               [&](const Finding &A, const Finding &B) {
                                 return FindingKey(A) == FindingKey(B);
                               }),
                   R.Findings.end());
  auto EndpointKey = [](const Endpoint &E) {
    return std::tie(E.Registration, E.Method, E.Route);
  };
  std::stable_sort(R.Endpoints.begin(), R.Endpoints.end(), [&](const Endpoint &A, const Endpoint &B) {
    return EndpointKey(A) < EndpointKey(B);
  });
  R.Endpoints.erase(std::unique(R.Endpoints.begin(), R.Endpoints.end(),
                                [&](const Endpoint &A, const Endpoint &B) {
                                  return EndpointKey(A) == EndpointKey(B);
                                }),
                    R.Endpoints.end());
  R.Incomplete = std::move(Run.Incomplete);
  return R;
}

std::string renderText(const Report &R) {
  std::string Out;
  for (const Finding &F : R.Findings) {
    Out += location(F.Where) + ": " + severityName(F.Level) + ": " + F.Message + " [" +
           F.Check + "]\n";
    for (const Note &N : F.Notes)
      Out += location(N.Where) + ": note: " + N.Message + "\n";
  }
  return Out;
}

std::string renderJson(const Report &R) {
  nlohmann::json Doc;
  Doc["version"] = 1;
  Doc["tool"] = {{"name", "pii-tidy"}, {"version", PII_TIDY_VERSION}};
  Doc["findings"] = nlohmann::json::array();
  for (const Finding &F : R.Findings) {
    nlohmann::json J = positionJson(F.Where);
    J["check"] = F.Check;
    J["fingerprint"] = fingerprint(F);
    J["severity"] = severityName(F.Level);
    J["message"] = F.Message;
    J["endpoint"] = F.EndpointLabel;
    J["handler"] = F.HandlerName;
    J["categories"] = F.Categories;
    J["notes"] = nlohmann::json::array();
    for (const Note &N : F.Notes) {
      nlohmann::json NJ = positionJson(N.Where);
      NJ["message"] = N.Message;
      J["notes"].push_back(NJ);
    }
    Doc["findings"].push_back(J);
  }
  Doc["endpoints"] = nlohmann::json::array();
  for (const Endpoint &E : R.Endpoints) {
    nlohmann::json J;
    J["framework"] = E.Framework;
    J["method"] = E.Method;
    J["route"] = E.Route;
    J["handler"] = E.HandlerName;
    J["handler_resolved"] = E.HandlerResolved;
    J["registration"] = positionJson(E.Registration);
    J["handler_location"] = positionJson(E.Handler);
    J["returns"] = nlohmann::json::array();
    for (const PersonalValue &V : E.Returns)
      J["returns"].push_back({{"name", V.Name}, {"category", V.Category}});
    J["guards"] = nlohmann::json::array();
    for (const GuardUse &G : E.Guards) {
      nlohmann::json GJ = positionJson(G.Where);
      GJ["callee"] = G.Callee;
      GJ["kind"] = G.Kind;
      GJ["how"] = G.How;
      GJ["protects"] = G.Protects;
      if (!G.WhyNot.empty())
        GJ["why_not"] = G.WhyNot;
      J["guards"].push_back(GJ);
    }
    J["verdict"] = E.Verdict;
    Doc["endpoints"].push_back(J);
  }
  Doc["incomplete"] = nlohmann::json::array();
  for (const IncompleteFile &I : R.Incomplete)
    Doc["incomplete"].push_back({{"file", displayPath(I.File)}, {"reason", I.Reason}});
  if (R.BaselineApplied) {
    nlohmann::json Stale = nlohmann::json::array();
    for (const BaselineEntry &E : R.BaselineApplied->Unmatched)
      Stale.push_back(nlohmann::json(toJson(E)));
    Doc["baseline"] = {{"file", displayPath(R.BaselineApplied->Path)},
                       {"matched", R.BaselineApplied->Matched},
                       {"unmatched", Stale}};
  }
  return Doc.dump(2) + "\n";
}

} // namespace pii
