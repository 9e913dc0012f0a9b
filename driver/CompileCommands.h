// Where compiler arguments come from, and what is removed from them before
// anything is parsed: the code under analysis and its build are untrusted.
#pragma once

#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CompilationDatabase.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace pii {

/// Loads the database from -p, from the flags after `--`, or by searching
/// upward from the first source. Empty Error on success; Warning is set when
/// pii-tidy falls back to default flags.
struct CompilationDatabaseChoice {
  std::unique_ptr<clang::tooling::CompilationDatabase> Database;
  std::string Error;
  std::string Warning;
};
CompilationDatabaseChoice chooseCompilationDatabase(
    std::unique_ptr<clang::tooling::CompilationDatabase> FromCommandLine,
    const std::string &BuildPath, const std::vector<std::string> &Sources);

/// Drops flags that load code (-fplugin=, -fpass-plugin=, -Xclang -load, ...,
/// --config), pins the resource directory, and silences compiler warnings.
/// Report is called once per distinct dropped flag.
clang::tooling::ArgumentsAdjuster
makeSafetyAdjuster(std::function<void(const std::string &Flag)> Report);

/// Drops arguments the clang driver does not know (g++-only flags such as
/// -fconcepts-diagnostics-depth=2), which would otherwise stop the parse.
/// Report is called once per distinct dropped flag.
clang::tooling::ArgumentsAdjuster
makeUnknownFlagRemover(std::function<void(const std::string &Flag)> Report);

} // namespace pii
