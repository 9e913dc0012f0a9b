#include "Driver.h"

#include "CheckCatalog.h"
#include "CheckFilter.h"
#include "CompileCommands.h"
#include "ExitCodes.h"
#include "OutputFile.h"
#include "Policy.h"
#include "Report.h"
#include "TranslationUnitRunner.h"

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace pii {

namespace {

cl::OptionCategory ToolCategory("pii-tidy options");

cl::list<std::string> Sources(cl::Positional, cl::desc("<source>..."), cl::cat(ToolCategory));
cl::opt<std::string> BuildPath("p", cl::desc("Build directory containing compile_commands.json"),
                               cl::value_desc("build dir"), cl::cat(ToolCategory));
cl::opt<std::string> PolicyPath("policy", cl::desc("Policy file (default: the bundled default policy)"),
                                cl::value_desc("file"), cl::cat(ToolCategory));
cl::opt<std::string> Checks("checks", cl::desc("Comma-separated check globs, '-' disables (default: pii-*)"),
                            cl::init("pii-*"), cl::cat(ToolCategory));
cl::opt<std::string> Format("format", cl::desc("Output format: text or json"), cl::init("text"),
                            cl::cat(ToolCategory));
cl::opt<std::string> OutputPath("o", cl::desc("Write the report to <file> instead of stdout"),
                                cl::value_desc("file"), cl::cat(ToolCategory));
cl::opt<bool> ListChecks("list-checks", cl::desc("List the enabled checks and exit"),
                         cl::cat(ToolCategory));
cl::opt<bool> DumpPolicy("dump-policy", cl::desc("Print the effective policy as JSON and exit"),
                         cl::cat(ToolCategory));

const char *Overview =
    "pii-tidy finds HTTP/RPC endpoints that return personal data without an\n"
    "OTP, allowlist or authentication check on every path to the response.\n\n"
    "  pii-tidy [options] <source>... [-- <compiler args>]\n\n"
    "Exit codes: 0 no blocking finding, 1 blocking findings, 2 usage or policy\n"
    "error, 3 analysis incomplete (a file could not be analysed).\n";

int usageError(const std::string &Message) {
  errs() << "pii-tidy: error: " << Message << "\n";
  return ExitUsage;
}

void printVersion(raw_ostream &OS) {
  OS << "pii-tidy version " << PII_TIDY_VERSION << " (LLVM " << LLVM_VERSION_STRING << ")\n";
}

/// Every source must be a readable regular file; returns an error message.
std::string checkSources(std::vector<std::string> &Usable) {
  for (const std::string &S : Sources) {
    sys::fs::file_status Status;
    if (sys::fs::status(S, Status) || !sys::fs::exists(Status))
      return "no such file: '" + S + "'";
    if (sys::fs::is_directory(Status))
      return "'" + S + "' is a directory, not a source file";
    if (!sys::fs::is_regular_file(Status))
      return "'" + S + "' is not a regular file";
    if (Status.getSize() == 0) {
      errs() << S << ": warning: file is empty; nothing to analyse\n";
      continue;
    }
    Usable.push_back(S);
  }
  return "";
}

Expected<Policy> loadPolicy() {
  return PolicyPath.empty() ? loadDefaultPolicy() : loadPolicyFile(PolicyPath);
}

} // namespace

int runDriver(int Argc, const char **Argv) {
  cl::HideUnrelatedOptions(ToolCategory);
  cl::SetVersionPrinter(printVersion);
  std::string DbError;
  std::unique_ptr<clang::tooling::CompilationDatabase> FlagsDB =
      clang::tooling::FixedCompilationDatabase::loadFromCommandLine(Argc, Argv, DbError);
  if (!DbError.empty())
    return usageError(DbError);
  std::string ParseErrors;
  raw_string_ostream ParseErrorStream(ParseErrors);
  if (!cl::ParseCommandLineOptions(Argc, Argv, Overview, &ParseErrorStream)) {
    errs() << ParseErrorStream.str();
    return ExitUsage;
  }
  if (Format != "text" && Format != "json")
    return usageError("unknown --format '" + Format + "'; use text or json");
  std::vector<std::string> CheckGlobs = CheckFilter::split(Checks);
  if (std::string E = CheckFilter::validate(CheckGlobs); !E.empty())
    return usageError(E);

  Expected<Policy> P = loadPolicy();
  if (!P) {
    errs() << toString(P.takeError()) << "\n";
    return ExitUsage;
  }
  if (DumpPolicy) {
    std::string E = writeOutputAtomically(OutputPath, P->Document.dump(2) + "\n");
    return E.empty() ? ExitClean : usageError(E);
  }
  if (ListChecks) {
    CheckFilter Filter(CheckGlobs);
    outs() << "Enabled checks:\n";
    for (const CheckInfo &C : allChecks())
      if (C.Implemented && Filter.enabled(C.Name.str()) && P->ruleFor(C.Name))
        outs() << "    " << C.Name << "\n";
    return ExitClean;
  }

  std::vector<std::string> Usable;
  if (std::string E = checkSources(Usable); !E.empty())
    return usageError(E);
  CompilationDatabaseChoice DB =
      chooseCompilationDatabase(std::move(FlagsDB), BuildPath, Sources);
  if (!DB.Error.empty())
    return usageError(DB.Error);
  if (!DB.Warning.empty())
    errs() << "pii-tidy: warning: " << DB.Warning << "\n";
  if (Sources.empty())
    Usable = DB.Database->getAllFiles();

  auto Adjuster = makeSafetyAdjuster([](const std::string &Flag) {
    errs() << "pii-tidy: warning: dropped '" << Flag
           << "' from a compile command: pii-tidy never loads code named by a build\n";
  });
  Report R = buildReport(runAnalysis(*DB.Database, Usable, *P, Adjuster), CheckGlobs);
  std::string Output = Format == "json" ? renderJson(R) : renderText(R);
  if (std::string E = writeOutputAtomically(OutputPath, Output); !E.empty())
    return usageError(E);

  for (const IncompleteFile &I : R.Incomplete)
    errs() << displayPath(I.File) << ": error: analysis incomplete: " << I.Reason << "\n";
  if (!R.Incomplete.empty())
    return ExitIncomplete;
  bool Blocking = llvm::any_of(R.Findings, [](const Finding &F) { return F.Level == Severity::Error; });
  return Blocking ? ExitFindings : ExitClean;
}

} // namespace pii
