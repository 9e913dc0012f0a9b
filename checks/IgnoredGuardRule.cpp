#include "IgnoredGuardRule.h"

namespace pii {

namespace {

bool decidesNothing(const GuardUse &G) {
  return G.WhyNot == "its result is ignored" ||
         G.WhyNot == "it is checked only after the response is sent";
}

} // namespace

std::vector<Finding> decideIgnoredGuards(const Endpoint &E, const HandlerVerdict &V,
                                         const Rule &R) {
  std::vector<Finding> Out;
  for (const GuardUse &G : V.Guards) {
    if (G.How == "route-attached" || !decidesNothing(G))
      continue;
    Finding F = makeFinding(R, E, G.Where,
                            "guard '" + G.Callee + "' in endpoint '" + E.label() +
                                "' decides nothing: " + G.WhyNot);
    F.Notes.push_back({E.Registration, "endpoint registered here"});
    Out.push_back(std::move(F));
  }
  return Out;
}

} // namespace pii
