#include "UnguardedEndpointRule.h"

#include "llvm/ADT/StringExtras.h"

#include <map>
#include <set>

namespace pii {

namespace {

std::string kindTitle(const std::string &Kind) {
  if (Kind == "otp")
    return "OTP";
  if (Kind == "auth")
    return "authentication";
  return Kind;
}

} // namespace

std::vector<PersonalValue> mostSpecific(std::vector<PersonalValue> Values,
                                        const std::string &PreferredFile) {
  bool HaveNamed = llvm::any_of(Values, [](const PersonalValue &V) { return !V.FromType; });
  std::map<std::string, PersonalValue> Best;
  auto Rank = [&](const PersonalValue &V) {
    return std::make_tuple(V.Where.File != PreferredFile, V.Where.File, V.Where.Line, V.Where.Column);
  };
  for (const PersonalValue &V : Values) {
    if (HaveNamed && V.FromType)
      continue;
    auto [It, New] = Best.try_emplace(V.Name, V);
    if (!New && Rank(V) < Rank(It->second))
      It->second = V;
  }
  std::vector<PersonalValue> Out;
  for (auto &[Name, V] : Best)
    Out.push_back(V);
  std::sort(Out.begin(), Out.end(), [](const PersonalValue &A, const PersonalValue &B) {
    return std::tie(A.Where, A.Name) < std::tie(B.Where, B.Name);
  });
  return Out;
}

std::string describeGuardKinds(const std::vector<std::string> &Kinds) {
  std::string Text;
  for (size_t I = 0; I < Kinds.size(); ++I) {
    if (I > 0)
      Text += I + 1 == Kinds.size() ? " or " : ", ";
    Text += kindTitle(Kinds[I]);
  }
  bool Vowel = !Text.empty() && llvm::StringRef("aeiouAEIO").contains(Text[0]);
  return (Vowel ? "an " : "a ") + Text + " check";
}

std::optional<Finding> decideUnguardedEndpoint(const Endpoint &E, const HandlerVerdict &V,
                                               const Rule &R) {
  const EmissionVerdict *First = nullptr;
  std::vector<PersonalValue> Values;
  for (const EmissionVerdict &Em : V.Emissions) {
    if (Em.Protected)
      continue;
    bool Covered = false;
    for (const PersonalValue &PV : Em.Data.Values)
      if (R.coversCategory(PV.Category)) {
        Values.push_back(PV);
        Covered = true;
      }
    if (Covered && !First)
      First = &Em;
  }
  if (!First)
    return std::nullopt;

  Values = mostSpecific(std::move(Values), First->Where.File);

  Finding F = makeFinding(R, E, First->Where, "");
  std::set<std::string> Names, Categories;
  for (const PersonalValue &PV : Values) {
    Names.insert(PV.Name);
    Categories.insert(PV.Category);
  }
  F.Categories.assign(Categories.begin(), Categories.end());
  F.Message = "endpoint '" + E.label() + "' returns personal data (" +
              llvm::join(Names, ", ") + ") without " + describeGuardKinds(R.RequireAny);
  F.Notes.push_back({E.Registration, "endpoint registered here"});
  std::set<SourcePos> CallsShown;
  for (const PersonalValue &PV : Values)
    for (const Note &Call : PV.Via)
      if (CallsShown.insert(Call.Where).second)
        F.Notes.push_back({Call.Where, "personal data reaches the response through the call to '" +
                                           Call.Message + "' here"});
  for (const PersonalValue &PV : Values)
    F.Notes.push_back({PV.Where, "'" + PV.Name + "' (" + PV.Category + ") enters the response here"});
  for (const GuardUse &G : V.Guards)
    if (!G.Protects && !G.WhyNot.empty())
      F.Notes.push_back({G.Where, "guard '" + G.Callee + "' does not count: " + G.WhyNot});
  return F;
}

} // namespace pii
