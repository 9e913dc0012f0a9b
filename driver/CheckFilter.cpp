#include "CheckFilter.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

namespace pii {

std::vector<std::string> CheckFilter::split(const std::string &Spec) {
  std::vector<std::string> Out;
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  llvm::StringRef(Spec).split(Parts, ',', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef P : Parts)
    if (!P.trim().empty())
      Out.push_back(P.trim().str());
  return Out;
}

std::string CheckFilter::validate(const std::vector<std::string> &Globs) {
  for (llvm::StringRef G : Globs) {
    G.consume_front("-");
    if (auto P = llvm::GlobPattern::create(G); !P)
      return "invalid check glob '" + G.str() + "': " + llvm::toString(P.takeError());
  }
  return "";
}

CheckFilter::CheckFilter(const std::vector<std::string> &Specs) {
  for (llvm::StringRef G : Specs) {
    bool Enable = !G.consume_front("-");
    if (auto P = llvm::GlobPattern::create(G))
      Globs.emplace_back(Enable, std::move(*P));
    else
      llvm::consumeError(P.takeError());
  }
}

bool CheckFilter::enabled(const std::string &Check) const {
  bool On = false;
  for (const auto &[Enable, Glob] : Globs)
    if (Glob.match(Check))
      On = Enable;
  return On;
}

} // namespace pii
