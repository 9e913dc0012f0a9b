#include "CompileCommands.h"

#include "clang/Driver/Options.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Option/ArgList.h"
#include "llvm/Option/OptTable.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <set>

using namespace clang::tooling;

namespace pii {

namespace {

/// Flags whose value loads a shared object or a config file full of flags.
bool loadsCode(llvm::StringRef Arg) {
  for (llvm::StringRef Prefix : {"-fplugin=", "-fpass-plugin=", "-fplugin-arg-", "--config=",
                                 "-load=", "--load=", "-plugin-arg-", "-add-plugin="})
    if (Arg.starts_with(Prefix))
      return true;
  return Arg == "--config" || Arg == "-load" || Arg == "-plugin" || Arg == "-add-plugin" ||
         Arg == "--config-system-dir" || Arg == "--config-user-dir" || Arg == "-fplugin" ||
         Arg.starts_with("--config-system-dir=") || Arg.starts_with("--config-user-dir=");
}

/// Flags that take the next argument as their value when written apart.
bool takesSeparateValue(llvm::StringRef Arg) {
  return Arg == "--config" || Arg == "-load" || Arg == "-plugin" || Arg == "-add-plugin" ||
         Arg == "--config-system-dir" || Arg == "--config-user-dir";
}

} // namespace

CompilationDatabaseChoice chooseCompilationDatabase(
    std::unique_ptr<CompilationDatabase> FromCommandLine, const std::string &BuildPath,
    const std::vector<std::string> &Sources) {
  CompilationDatabaseChoice Choice;
  std::string Error;
  std::unique_ptr<CompilationDatabase> DB;
  bool FromBuild = false;  // a JSON database: files missing from it are inferred
  if (FromCommandLine) {
    DB = std::move(FromCommandLine);
  } else if (!BuildPath.empty()) {
    DB = CompilationDatabase::loadFromDirectory(BuildPath, Error);
    FromBuild = true;
    if (!DB) {
      Choice.Error = "cannot load a compilation database from '" + BuildPath + "': " + Error;
      return Choice;
    }
  } else if (!Sources.empty()) {
    DB = CompilationDatabase::autoDetectFromSource(Sources.front(), Error);
    FromBuild = DB != nullptr;
    if (!DB) {
      Choice.Warning = "no compile_commands.json found above '" + Sources.front() +
                       "' and no flags after '--'; analysing with default flags";
      DB = std::make_unique<FixedCompilationDatabase>(".", std::vector<std::string>{});
    }
  } else {
    Choice.Error = "no source files given and no compilation database (-p) to take them from";
    return Choice;
  }
  // Response files are expanded here so that the safety adjuster sees their flags.
  DB = expandResponseFiles(std::move(DB), llvm::vfs::getRealFileSystem());
  if (FromBuild)
    DB = inferMissingCompileCommands(std::move(DB));
  Choice.Database = inferTargetAndDriverMode(std::move(DB));
  return Choice;
}

ArgumentsAdjuster makeSafetyAdjuster(std::function<void(const std::string &)> Report) {
  auto Reported = std::make_shared<std::set<std::string>>();
  return [Report, Reported](const CommandLineArguments &Args, llvm::StringRef) {
    CommandLineArguments Out;
    auto Drop = [&](const std::string &Flag) {
      if (Reported->insert(Flag).second)
        Report(Flag);
    };
    for (size_t I = 0; I < Args.size(); ++I) {
      llvm::StringRef Arg = Args[I];
      bool Forwarded = (Arg == "-Xclang" || Arg == "-mllvm") && I + 1 < Args.size();
      llvm::StringRef Value = Forwarded ? llvm::StringRef(Args[I + 1]) : Arg;
      bool MllvmLoad = Arg == "-mllvm" && Forwarded && Value.contains("load");
      if (loadsCode(Value) || MllvmLoad) {
        std::string Shown = Forwarded ? Arg.str() + " " + Value.str() : Value.str();
        I += Forwarded ? 1 : 0;
        if (takesSeparateValue(Value) && I + 1 < Args.size()) {
          ++I;
          if (Forwarded && Args[I] == "-Xclang" && I + 1 < Args.size())
            ++I;
          Shown += " " + Args[I];
        }
        Drop(Shown);
        continue;
      }
      if (Arg.starts_with("-resource-dir")) {
        I += Arg == "-resource-dir" ? 1 : 0;
        continue;
      }
      Out.push_back(Args[I]);
    }
    // Builtin headers come from the clang pii-tidy was built with.
    if (!Out.empty())
      Out.insert(Out.begin() + 1, {"-resource-dir=" PII_TIDY_RESOURCE_DIR, "--no-default-config",
                                   "-Wno-everything"});
    return Out;
  };
}

ArgumentsAdjuster makeUnknownFlagRemover(std::function<void(const std::string &)> Report) {
  auto Reported = std::make_shared<std::set<std::string>>();
  return [Report, Reported](const CommandLineArguments &Args, llvm::StringRef) {
    // clang-cl spells its options differently; its command lines are left alone.
    if (Args.empty() || llvm::is_contained(Args, "--driver-mode=cl") ||
        llvm::StringRef(Args[0]).ends_with("cl.exe") || llvm::StringRef(Args[0]).ends_with("-cl"))
      return Args;
    std::vector<const char *> Argv;
    for (size_t I = 1; I < Args.size(); ++I)
      Argv.push_back(Args[I].c_str());
    unsigned MissingIndex = 0, MissingCount = 0;
    llvm::opt::InputArgList Parsed = clang::driver::getDriverOptTable().ParseArgs(
        Argv, MissingIndex, MissingCount,
        llvm::opt::Visibility(clang::driver::options::ClangOption));
    std::set<unsigned> Unknown;
    for (const llvm::opt::Arg *A : Parsed.filtered(clang::driver::options::OPT_UNKNOWN)) {
      Unknown.insert(A->getIndex() + 1);
      if (Reported->insert(A->getAsString(Parsed)).second)
        Report(A->getAsString(Parsed));
    }
    CommandLineArguments Out;
    for (size_t I = 0; I < Args.size(); ++I)
      if (!Unknown.count(I))
        Out.push_back(Args[I]);
    return Out;
  };
}

} // namespace pii
