#include "Driver.h"

#include "CheckCatalog.h"
#include "Baseline.h"
#include "CheckFilter.h"
#include "CompileCommands.h"
#include "DiffSource.h"
#include "Exemptions.h"
#include "ExitCodes.h"
#include "Inventory.h"
#include "OutputFile.h"
#include "Paths.h"
#include "Policy.h"
#include "Report.h"
#include "ResultCache.h"
#include "Shards.h"
#include "ToolIdentity.h"
#include "Sarif.h"
#include "Suppressions.h"
#include "TranslationUnitRunner.h"

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"
#include "llvm/ADT/StringExtras.h"

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
cl::opt<std::string> Format("format", cl::desc("Output format: text, json or sarif"),
                            cl::init("text"), cl::cat(ToolCategory));
cl::opt<std::string> OutputPath("o", cl::desc("Write the report to <file> instead of stdout"),
                                cl::value_desc("file"), cl::cat(ToolCategory));
cl::opt<bool> ListChecks("list-checks", cl::desc("List the enabled checks and exit"),
                         cl::cat(ToolCategory));
cl::opt<unsigned> Jobs("j", cl::desc("Translation units analysed in parallel (default: one per core)"),
                       cl::value_desc("N"), cl::init(0), cl::Prefix, cl::cat(ToolCategory));
cl::opt<bool> Quiet("quiet", cl::desc("No progress line on a terminal"), cl::cat(ToolCategory));
cl::opt<std::string> CacheDir("cache-dir",
                              cl::desc("Keep per-file results here (default: <build dir>/.pii-tidy-cache with -p)"),
                              cl::value_desc("dir"), cl::cat(ToolCategory));
cl::opt<bool> NoCache("no-cache", cl::desc("Neither read nor write cached results"), cl::cat(ToolCategory));
cl::opt<std::string> Shard("shard",
                           cl::desc("Analyse shard K of N of the files and write their facts (for --merge); "
                                    "with --merge, link shard K's files with every shard's facts"),
                           cl::value_desc("K/N"), cl::cat(ToolCategory));
cl::opt<bool> Merge("merge", cl::desc("The sources are facts files written with --shard: report them as one run"),
                    cl::cat(ToolCategory));
cl::opt<bool> CacheStats("cache-stats", cl::desc("Print cache hits and misses to stderr"), cl::Hidden,
                         cl::cat(ToolCategory));
cl::opt<bool> DumpPolicy("dump-policy", cl::desc("Print the effective policy as JSON and exit"),
                         cl::cat(ToolCategory));
cl::opt<bool> Inventory("inventory",
                        cl::desc("List every endpoint found (a Markdown table, or the JSON report)"),
                        cl::cat(ToolCategory));
cl::opt<std::string> SarifRoot("sarif-root",
                               cl::desc("SARIF URIs are relative to <dir> (default: the current directory)"),
                               cl::value_desc("dir"), cl::cat(ToolCategory));
cl::opt<std::string> SarifHelpBase("sarif-help-base",
                                   cl::desc("Prefix of each rule's helpUri, e.g. the repository's "
                                            "blob URL (default: none, a relative docs path)"),
                                   cl::value_desc("url"), cl::cat(ToolCategory));
cl::opt<std::string> BaselinePath("baseline",
                                  cl::desc("Report and fail only on findings not recorded in <file>"),
                                  cl::value_desc("file"), cl::cat(ToolCategory));
cl::opt<std::string> WriteBaselinePath("write-baseline",
                                       cl::desc("Record this run's findings in <file> as the baseline"),
                                       cl::value_desc("file"), cl::cat(ToolCategory));
cl::opt<std::string> DiffSpec("diff",
                              cl::desc("Report only findings on lines changed since git <revision>, "
                                       "or in the unified diff on stdin ('-')"),
                              cl::value_desc("revision|-"), cl::cat(ToolCategory));
cl::opt<std::string> Today("today", cl::desc("The date exemptions are checked against (YYYY-MM-DD)"),
                           cl::Hidden, cl::cat(ToolCategory));

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

/// Conflicts between the CI options; returns an error message.
std::string checkOptionCombinations() {
  if (Format != "text" && Format != "json" && Format != "sarif")
    return "unknown --format '" + Format + "'; use text, json or sarif";
  if (Inventory && Format == "sarif")
    return "--inventory writes text or json, not sarif";
  if (!BaselinePath.empty() && !WriteBaselinePath.empty())
    return "--baseline and --write-baseline cannot be used together";
  if (!WriteBaselinePath.empty() && !DiffSpec.empty())
    return "--write-baseline records every finding; it cannot be used with --diff";
  if (!Today.empty() && !isIsoDate(Today))
    return "--today='" + Today + "' is not a date written YYYY-MM-DD";
  if (!SarifRoot.empty() && !sys::fs::is_directory(SarifRoot))
    return "--sarif-root: '" + SarifRoot + "' is not a directory";
  return "";
}

/// What a run analyses: the sources given, the changed translation units in
/// diff mode without sources, or every file of the compilation database.
struct SourceSelection {
  std::unique_ptr<clang::tooling::CompilationDatabase> Database;  // null: nothing to analyse
  std::vector<std::string> Files;
  std::string Error;
};

SourceSelection selectSources(std::unique_ptr<clang::tooling::CompilationDatabase> FlagsDB,
                              std::vector<std::string> Usable, const ChangedLines *Changes) {
  SourceSelection S;
  bool ChangedOnly = Changes && Sources.empty();
  std::vector<std::string> Anchors(Sources.begin(), Sources.end());
  if (ChangedOnly) {
    Anchors = Changes->files();
    if (Anchors.empty())
      return S;
  }
  CompilationDatabaseChoice DB = chooseCompilationDatabase(std::move(FlagsDB), BuildPath, Anchors);
  if (!DB.Error.empty()) {
    S.Error = DB.Error;
    return S;
  }
  if (!DB.Warning.empty())
    errs() << "pii-tidy: warning: " << DB.Warning << "\n";
  if (ChangedOnly) {
    Usable = changedSources(*Changes, *DB.Database);
  } else if (!Sources.empty()) {
    // A source the database lists is named as the database names it: its own
    // command is found (not one inferred from a neighbour) and its cached
    // results are shared with runs over the whole database.
    std::map<std::string, std::string> Listed;
    for (const std::string &File : DB.Database->getAllFiles())
      Listed.emplace(canonicalPath(File), File);
    for (std::string &Source : Usable)
      if (auto It = Listed.find(canonicalPath(Source)); It != Listed.end())
        Source = It->second;
  } else if (Sources.empty()) {
    Usable = DB.Database->getAllFiles();
    if (Usable.empty()) {
      S.Error = "no source files given and the compilation database lists none";
      return S;
    }
  }
  S.Database = std::move(DB.Database);
  S.Files = std::move(Usable);
  return S;
}

/// The files of the database that Files does not name.
std::vector<std::string> otherFiles(const clang::tooling::CompilationDatabase &DB,
                                    const std::vector<std::string> &Files) {
  std::set<std::string> Chosen(Files.begin(), Files.end());
  std::vector<std::string> Others;
  for (const std::string &File : DB.getAllFiles())
    if (!Chosen.count(File))
      Others.push_back(File);
  return Others;
}

/// The link step of --merge: files whose callees live in other shards are
/// decided again with the commands their shard recorded (so the merge needs
/// the same checkout). With --shard=K/N, only link job K's share, and only
/// the facts of the files job K owns are kept.
void linkMergedFacts(std::vector<SourceOutcome> &Outcomes, const std::vector<std::string> &Files,
                     std::optional<ShardSpec> ShardOf, const Policy &P,
                     const clang::tooling::ArgumentsAdjuster &Adjuster, const RunOptions &Options) {
  std::optional<std::set<std::string>> Only;
  if (ShardOf) {
    // Every link job reads the same facts, so they agree on what needs
    // deciding again: job K takes an even share of it, and its first-stage
    // files that need nothing.
    std::vector<std::string> Again = sourcesToDecideAgain(Outcomes);
    std::set<std::string> Needing(Again.begin(), Again.end());
    std::vector<std::string> Mine = selectShard(Again, *ShardOf);
    Only.emplace(Mine.begin(), Mine.end());
    for (const std::string &File : selectShard(Files, *ShardOf))
      if (!Needing.count(File))
        Only->insert(File);
  }
  unsigned Again = linkOutcomes(RecordedCommands(Outcomes), Outcomes, P, Adjuster, Options,
                                Only ? &*Only : nullptr);
  if (size_t Of = Only ? Only->size() : Outcomes.size(); Again && !Quiet)
    errs() << "pii-tidy: merge: decided " << Again << " of " << Of << (Of == 1 ? " file" : " files")
           << " again with the summaries of other shards\n";
  if (Only)
    llvm::erase_if(Outcomes, [&](const SourceOutcome &O) { return !Only->count(O.File); });
}

/// Whether a run that analysed Files could have found a finding in File.
std::function<bool(const std::string &)> analysedFiles(const std::vector<std::string> &Files,
                                                       bool Everything) {
  auto Canonical = std::make_shared<StringSet<>>();
  for (const std::string &F : Files)
    Canonical->insert(canonicalPath(F));
  return [Canonical, Everything](const std::string &File) {
    return Everything || Canonical->contains(File);
  };
}

void warnUnmatched(const BaselineUse &Use) {
  for (const BaselineEntry &E : Use.Unmatched)
    errs() << "pii-tidy: warning: baseline entry " << E.Fingerprint << " (" << E.Check << ", '"
           << E.Endpoint << "' in " << E.File << ") matches no finding; remove it from '"
           << Use.Path << "'\n";
}

std::string render(const Report &R, const Policy &P) {
  if (Format == "sarif")
    return renderSarif(R, P, {SarifRoot, SarifHelpBase});
  if (Format == "json")
    return renderJson(R);
  return Inventory ? renderInventory(R) : renderText(R);
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
  if (std::string E = checkOptionCombinations(); !E.empty())
    return usageError(E);
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

  std::optional<Baseline> Known;
  if (!BaselinePath.empty()) {
    Expected<Baseline> Loaded = loadBaseline(BaselinePath);
    if (!Loaded) {
      errs() << toString(Loaded.takeError()) << "\n";
      return ExitUsage;
    }
    Known = std::move(*Loaded);
  }
  std::optional<ShardSpec> ShardOf;
  if (!Shard.empty()) {
    Expected<ShardSpec> S = parseShard(Shard);
    if (!S)
      return usageError(toString(S.takeError()));
    ShardOf = *S;
  }
  // Results depend on the policy and on this very pii-tidy build.
  std::string PolicyHash = utohexstr(xxh3_64bits(std::string(PII_TIDY_VERSION) + '\0' +
                                                 toolBuildId() + '\0' + P->Document.dump()));
  std::vector<std::string> Usable;
  if (std::string E = checkSources(Usable); !E.empty())
    return usageError(E);
  if (Merge && Usable.empty())
    return usageError("--merge needs the facts files the shards wrote (pii-tidy --shard=K/N -o FILE)");
  std::optional<ChangedLines> Changes;
  if (!DiffSpec.empty()) {
    StringRef Dir = Sources.empty() ? "" : sys::path::parent_path(Sources.front());
    Expected<ChangedLines> Loaded = loadChanges(DiffSpec, canonicalPath(Dir.empty() ? "." : Dir));
    if (!Loaded) {
      errs() << toString(Loaded.takeError()) << "\n";
      return ExitUsage;
    }
    Changes = std::move(*Loaded);
  }
  std::vector<SourceOutcome> Outcomes;
  SourceSelection Selected;
  if (Merge) {
    Expected<std::vector<SourceOutcome>> Loaded = loadFacts(Usable, PolicyHash);
    if (!Loaded) {
      errs() << toString(Loaded.takeError()) << "\n";
      return ExitUsage;
    }
    Outcomes = std::move(*Loaded);
    for (const SourceOutcome &O : Outcomes)
      Selected.Files.push_back(O.File);
  } else {
    Selected = selectSources(std::move(FlagsDB), std::move(Usable), Changes ? &*Changes : nullptr);
    if (!Selected.Error.empty())
      return usageError(Selected.Error);
    if (ShardOf)
      Selected.Files = selectShard(std::move(Selected.Files), *ShardOf);
  }

  auto Adjuster = makeSafetyAdjuster([](const std::string &Flag) {
    errs() << "pii-tidy: warning: dropped '" << Flag
           << "' from a compile command: pii-tidy never loads code named by a build\n";
  });
  std::string CachePath = CacheDir;
  if (CachePath.empty() && !BuildPath.empty())
    CachePath = BuildPath + "/.pii-tidy-cache";
  ResultCache Cache(NoCache ? "" : CachePath, PolicyHash);
  if (!Cache.warning().empty())
    errs() << "pii-tidy: warning: " << Cache.warning() << "\n";
  RunOptions Options{Jobs, Quiet, Cache.enabled() ? &Cache : nullptr, {}};
  // A run over some files of a database (pre-commit, one shard) links them
  // with the cached summaries of the others.
  if (Cache.enabled() && Selected.Database && !Merge)
    Options.SummariesFrom = otherFiles(*Selected.Database, Selected.Files);
  if (Merge) {
    linkMergedFacts(Outcomes, Selected.Files, ShardOf, *P, Adjuster, Options);
  } else if (Selected.Database) {
    Outcomes = analyzeSources(*Selected.Database, Selected.Files, *P, Adjuster, Options);
  }
  if (CacheStats)
    errs() << "pii-tidy: cache: " << Cache.Hits << " hits, " << Cache.Misses << " misses\n";
  if (ShardOf) {
    std::string Facts = renderFacts(Outcomes, PolicyHash);
    RunResult Run = collectResults(std::move(Outcomes));
    if (std::string E = writeOutputAtomically(OutputPath, Facts); !E.empty())
      return usageError(E);
    for (const IncompleteFile &I : Run.Incomplete)
      errs() << displayPath(I.File) << ": error: analysis incomplete: " << I.Reason << "\n";
    return Run.Incomplete.empty() ? ExitClean : ExitIncomplete;
  }
  RunResult Run = collectResults(std::move(Outcomes));
  Report R = buildReport(std::move(Run), CheckGlobs);
  applyNoLintComments(R);
  applyExemptions(R.Findings, *P, Today.empty() ? localDate() : std::string(Today),
                  displayPath(P->SourceName));
  if (!WriteBaselinePath.empty()) {
    Known = makeBaseline(R.Findings, WriteBaselinePath);
    if (std::string E = writeOutputAtomically(WriteBaselinePath, renderBaseline(*Known)); !E.empty())
      return usageError(E);
  }
  if (Known) {
    R.BaselineApplied = applyBaseline(
        R.Findings, *Known, analysedFiles(Selected.Files, Sources.empty() && !Changes));
    warnUnmatched(*R.BaselineApplied);
  }
  if (Changes)
    keepChangedFindings(R, *Changes);
  if (std::string E = writeOutputAtomically(OutputPath, render(R, *P)); !E.empty())
    return usageError(E);

  for (const IncompleteFile &I : R.Incomplete)
    errs() << displayPath(I.File) << ": error: analysis incomplete: " << I.Reason << "\n";
  if (!R.Incomplete.empty())
    return ExitIncomplete;
  bool Blocking = llvm::any_of(R.Findings, [](const Finding &F) { return F.Level == Severity::Error; });
  return Blocking ? ExitFindings : ExitClean;
}

} // namespace pii
