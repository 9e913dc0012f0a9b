#include "IdentifierLookupRule.h"

#include "AstUtil.h"
#include "RequestSources.h"
#include "UnguardedEndpointRule.h"

#include "clang/AST/ExprCXX.h"

#include <optional>

using namespace clang;

namespace pii {

namespace {

/// A personal identifier the client sends: a named request field, or a
/// handler parameter bound from the path.
struct Identifier {
  std::string Key;  // lower-case
  std::string Category;
  SourcePos Where;
  std::string Kind;  // "query parameter", "path parameter", ...
  const ParmVarDecl *Param = nullptr;
};

template <typename Fn> void forEachOwnExpr(const Stmt *S, Fn &&Visit) {
  if (!S || isa<LambdaExpr>(S))
    return;
  if (const auto *E = dyn_cast<Expr>(S))
    Visit(E);
  for (const Stmt *Child : S->children())
    forEachOwnExpr(Child, Visit);
}

/// A framework's request, response or context object (not a std value).
bool isFrameworkObject(QualType T) {
  const CXXRecordDecl *RD = recordOf(T);
  return RD && isLibraryDecl(RD) && !llvm::StringRef(qualifiedName(RD)).starts_with("std::");
}

class LookupFinder {
public:
  LookupFinder(const FunctionDecl *Handler, const Stmt *Scope, AnalysisContext &AC, const Rule &R)
      : Handler(Handler), Root(Scope ? Scope : Handler->getBody()), AC(AC), R(R) {}

  std::vector<Identifier> identifiers() {
    std::vector<Identifier> Found;
    const SourceManager &SM = AC.ast().getSourceManager();
    auto Add = [&](Identifier I) {
      for (const Identifier &Have : Found)
        if (Have.Key == I.Key)
          return;
      Found.push_back(std::move(I));
    };
    forEachOwnExpr(Root, [&](const Expr *E) {
      auto Read = directRequestRead(E);
      // A helper or lambda of the service that reads a named field: param("pan").
      if (const auto *C = dyn_cast<CallExpr>(E); !Read && C && userDefinition(C->getDirectCallee()))
        Read = findRequestRead(C);
      if (!Read || Read->Key.empty())
        return;
      if (auto C = AC.policy().classifyName(Read->Key); C && R.coversCategory(C->Category))
        Add({llvm::StringRef(Read->Key).lower(), C->Category, toSourcePos(SM, E->getBeginLoc()),
             Read->Kind, nullptr});
    });
    for (const ParmVarDecl *P : Handler->parameters()) {
      if (isFrameworkObject(P->getType()) || P->getName().empty())
        continue;
      if (auto C = AC.policy().classifyName(P->getName()); C && R.coversCategory(C->Category))
        Add({P->getName().lower(), C->Category, toSourcePos(SM, P->getLocation()),
             "path parameter", P});
    }
    return Found;
  }

  /// True when E uses the handler parameter identifier I is bound to.
  static bool usesParam(const Expr *E, const Identifier &I) {
    bool Uses = false;
    if (I.Param)
      forEachOwnExpr(E, [&](const Expr *Sub) {
        if (const auto *DRE = dyn_cast<DeclRefExpr>(Sub))
          Uses |= DRE->getDecl() == I.Param;
      });
    return Uses;
  }

  /// True when E is built from identifier I.
  static bool mentions(const Expr *E, const Identifier &I) {
    if (usesParam(E, I))
      return true;
    auto Read = findRequestRead(E);
    return Read && llvm::StringRef(Read->Key).lower() == I.Key;
  }

  /// For each identifier, the first call to a user function (not a guard)
  /// that receives it, or null: one walk over the handler for all of them.
  std::vector<const CallExpr *> lookupCalls(const std::vector<Identifier> &Ids) {
    std::vector<const CallExpr *> Found(Ids.size(), nullptr);
    size_t Missing = Ids.size();
    forEachOwnExpr(Root, [&](const Expr *E) {
      const auto *C = dyn_cast<CallExpr>(E);
      const FunctionDecl *Callee = C ? C->getDirectCallee() : nullptr;
      if (!Missing || !Callee || isLibraryDecl(Callee) || guardKinds(C).size())
        return;
      for (const Expr *Arg : C->arguments()) {
        std::optional<RequestRead> Read = findRequestRead(Arg);
        std::string Key = Read ? llvm::StringRef(Read->Key).lower() : "";
        for (size_t K = 0; K < Ids.size(); ++K)
          if (!Found[K] && ((Read && Key == Ids[K].Key) || usesParam(Arg, Ids[K]))) {
            Found[K] = C;
            --Missing;
          }
      }
    });
    return Found;
  }

  /// Kinds a call guards: by the policy's names, or as a wrapper.
  std::set<std::string> guardKinds(const CallExpr *C) {
    const FunctionDecl *Callee = C->getDirectCallee();
    if (!Callee)
      return {};
    if (auto K = AC.policy().guardKind(simpleName(Callee), qualifiedName(Callee)))
      return {*K};
    if (const FunctionDecl *Def = userDefinition(Callee)) {
      const FunctionSummary &S = AC.summary(Def);
      std::set<std::string> Kinds = S.GuardKindsIfTrue;
      Kinds.insert(S.GuardKindsIfReturns.begin(), S.GuardKindsIfReturns.end());
      return Kinds;
    }
    return {};
  }

  /// Required-kind guard calls in the handler, and whether each verifies I.
  /// A wrapper handed the request object may read I itself: it counts.
  std::vector<std::pair<const CallExpr *, bool>> requiredGuards(const Identifier &I) {
    std::vector<std::pair<const CallExpr *, bool>> Out;
    forEachOwnExpr(Root, [&](const Expr *E) {
      const auto *C = dyn_cast<CallExpr>(E);
      if (!C)
        return;
      bool Required = false;
      for (const std::string &K : guardKinds(C))
        Required |= llvm::is_contained(R.RequireAny, K);
      if (!Required)
        return;
      bool Wrapper = userDefinition(C->getDirectCallee()) != nullptr;
      bool ForI = false;
      for (const Expr *Arg : C->arguments())
        ForI |= mentions(Arg, I) || (Wrapper && isFrameworkObject(Arg->getType()));
      Out.push_back({C, ForI});
    });
    return Out;
  }

private:
  const FunctionDecl *Handler;
  const Stmt *Root;  // the handler's body, or the branch of a dispatch function
  AnalysisContext &AC;
  const Rule &R;
};

} // namespace

std::optional<Finding> decideIdentifierLookup(const RecognizedEndpoint &RE, const Endpoint &E,
                                              const HandlerVerdict &Unguarded,
                                              AnalysisContext &AC, AnalysisContext &RuleAC,
                                              const Rule &R) {
  if (!RE.Handler || !RE.Handler->getBody())
    return std::nullopt;
  for (const GuardUse &G : RE.RouteGuards)  // an OTP filter on the route reads the request itself
    if (llvm::is_contained(R.RequireAny, G.Kind) && G.WhyNot.empty())
      return std::nullopt;
  LookupFinder Finder(RE.Handler, RE.Scope, AC, R);
  const SourceManager &SM = AC.ast().getSourceManager();
  // Is personal data sent without an OTP (the rule's kinds) on some path?
  // The same for every identifier: decided once, when a lookup needs it.
  std::optional<std::pair<std::vector<PersonalValue>, bool>> SentUnprotected;
  auto sentData = [&]() -> const std::pair<std::vector<PersonalValue>, bool> & {
    if (!SentUnprotected) {
      HandlerVerdict V =
          RuleAC.analyzeHandler(RE.Handler, RE.ReturnIsResponse, RE.ResponseParam, RE.Scope);
      SentUnprotected.emplace();
      for (const EmissionVerdict &Em : V.Emissions)
        for (const PersonalValue &PV : Em.Data.Values)
          if (R.coversCategory(PV.Category)) {
            SentUnprotected->first.push_back(PV);
            SentUnprotected->second |= !Em.Protected;
          }
    }
    return *SentUnprotected;
  };
  std::vector<Identifier> Identifiers = Finder.identifiers();
  std::vector<const CallExpr *> Lookups = Finder.lookupCalls(Identifiers);
  for (size_t K = 0; K < Identifiers.size(); ++K) {
    const Identifier &I = Identifiers[K];
    const CallExpr *Lookup = Lookups[K];
    if (!Lookup)
      continue;
    const auto &[AllSent, Unprotected] = sentData();
    // Sending back the identifier the client sent discloses nothing.
    std::vector<PersonalValue> Sent;
    for (const PersonalValue &PV : AllSent)
      if (llvm::StringRef(PV.Name).lower() != I.Key)
        Sent.push_back(PV);
    if (Sent.empty())
      continue;
    auto Guards = Finder.requiredGuards(I);
    bool VerifiesI = llvm::any_of(Guards, [](const auto &G) { return G.second; });
    if (!Unprotected && VerifiesI)
      continue;

    Finding F = makeFinding(R, E, toSourcePos(SM, Lookup->getBeginLoc()),
                            "endpoint '" + E.label() + "' returns a record looked up by '" +
                                I.Key + "' (" + I.Category + ") from the request without " +
                                describeGuardKinds(R.RequireAny) + " for that identifier");
    F.Categories = {I.Category};
    F.Notes.push_back({E.Registration, "endpoint registered here"});
    F.Notes.push_back({I.Where, "'" + I.Key + "' is taken from the request (" + I.Kind + ") here"});
    for (const PersonalValue &PV : mostSpecific(Sent, F.Where.File))
      F.Notes.push_back({PV.Where, "'" + PV.Name + "' (" + PV.Category + ") enters the response here"});
    for (const auto &[Call, ForI] : Guards)
      if (!ForI)
        F.Notes.push_back({toSourcePos(SM, Call->getBeginLoc()),
                           "guard '" + simpleName(Call->getDirectCallee()) +
                               "' does not count: it does not verify '" + I.Key + "'"});
    for (const GuardUse &G : Unguarded.Guards)
      if (G.Protects && !llvm::is_contained(R.RequireAny, G.Kind))
        F.Notes.push_back({G.Where, "guard '" + G.Callee + "' (" + G.Kind +
                                        ") does not count: every caller it admits can look up anyone's record"});
    return F;
  }
  return std::nullopt;
}

} // namespace pii
