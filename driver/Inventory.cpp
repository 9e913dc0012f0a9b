#include "Inventory.h"

#include "llvm/ADT/StringExtras.h"

namespace pii {

namespace {

std::string cell(llvm::StringRef Text) {
  std::string Out;
  for (char C : Text) {
    // '<' would start an HTML tag such as "<unresolved>".
    if (C == '|' || C == '<' || C == '>')
      Out += '\\';
    Out += C == '\n' ? ' ' : C;
  }
  return Out.empty() ? "-" : Out;
}

std::string personalData(const Endpoint &E) {
  std::vector<std::string> Items;
  for (const PersonalValue &V : E.Returns)
    Items.push_back(cell(V.Name) + " (" + cell(V.Category) + ")");
  return Items.empty() ? "-" : llvm::join(Items, ", ");
}

std::string guards(const Endpoint &E) {
  std::vector<std::string> Items;
  for (const GuardUse &G : E.Guards) {
    std::string Item = cell(G.Callee) + " (" + cell(G.Kind) + ", " + cell(G.How);
    if (!G.Protects)
      Item += "; does not count: " + cell(G.WhyNot.empty() ? "does not protect" : G.WhyNot);
    Items.push_back(Item + ")");
  }
  return Items.empty() ? "-" : llvm::join(Items, "; ");
}

std::string verdict(const Endpoint &E) {
  if (E.Verdict == "guarded" || E.Verdict == "no-personal-data")
    return E.Verdict;
  return "**" + E.Verdict + "**";
}

} // namespace

std::string renderInventory(const Report &R) {
  std::string Out = "| Method | Route | Framework | Registered at | Handler | Personal data returned "
                    "| Guards (how) | Verdict |\n"
                    "|---|---|---|---|---|---|---|---|\n";
  for (const Endpoint &E : R.Endpoints) {
    std::string Registered = displayPath(E.Registration.File) + ":" + std::to_string(E.Registration.Line);
    Out += "| " + cell(E.Method) + " | " + cell(E.Route) + " | " + cell(E.Framework) + " | " +
           cell(Registered) + " | " + cell(E.HandlerName) + " | " + personalData(E) + " | " + guards(E) +
           " | " + verdict(E) + " |\n";
  }
  Out += "\n" + std::to_string(R.Endpoints.size()) + " endpoint" +
         (R.Endpoints.size() == 1 ? "" : "s") + "\n";
  return Out;
}

} // namespace pii
