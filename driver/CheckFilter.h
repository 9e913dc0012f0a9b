// clang-tidy's --checks syntax: comma-separated globs, '-' to disable, the
// last matching glob wins.
#pragma once

#include "llvm/Support/GlobPattern.h"

#include <string>
#include <vector>

namespace pii {

class CheckFilter {
public:
  explicit CheckFilter(const std::vector<std::string> &Globs);
  /// Parses "-*,pii-*"; an invalid glob is reported in Error.
  static std::vector<std::string> split(const std::string &Spec);
  static std::string validate(const std::vector<std::string> &Globs);
  bool enabled(const std::string &Check) const;

private:
  std::vector<std::pair<bool, llvm::GlobPattern>> Globs;
};

} // namespace pii
