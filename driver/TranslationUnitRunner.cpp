#include "TranslationUnitRunner.h"

#include "FactsJson.h"
#include "ResultCache.h"
#include "TranslationUnitAnalyzer.h"
#include "CompileCommands.h"

#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <chrono>
#include <mutex>
#include <optional>
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <map>
#include <set>

using namespace clang;
using namespace clang::tooling;

namespace pii {

namespace {

/// Prints and counts compiler errors in the project's own files. Errors in
/// third-party headers (system headers, files outside the project) are only
/// counted per header: clang recovers from them and still builds the AST, and
/// such headers often target another compiler (Pistache 0.0.5 is g++-only).
class ErrorCountingConsumer : public TextDiagnosticPrinter {
public:
  ErrorCountingConsumer(llvm::raw_ostream &OS, DiagnosticOptions *Opts, std::string ProjectRoot)
      : TextDiagnosticPrinter(OS, Opts), ProjectRoot(std::move(ProjectRoot)) {}
  void HandleDiagnostic(DiagnosticsEngine::Level Level, const Diagnostic &Info) override {
    if (Level < DiagnosticsEngine::Error)
      return;
    if (Level == DiagnosticsEngine::Error && Info.hasSourceManager()) {
      std::string Header = thirdPartyFile(Info.getSourceManager(), Info.getLocation());
      if (!Header.empty()) {
        ++ThirdPartyErrors[Header];
        return;
      }
    }
    ++Errors;
    TextDiagnosticPrinter::HandleDiagnostic(Level, Info);
  }
  unsigned Errors = 0;
  std::map<std::string, unsigned> ThirdPartyErrors;

private:
  std::string thirdPartyFile(const SourceManager &SM, SourceLocation Loc) const {
    if (Loc.isInvalid())
      return "";
    Loc = SM.getExpansionLoc(Loc);
    if (SM.isWrittenInMainFile(Loc))
      return "";
    OptionalFileEntryRef File = SM.getFileEntryRefForID(SM.getFileID(Loc));
    if (!File)
      return "";
    std::string Path = File->getName().str();
    llvm::SmallString<256> Absolute(Path);
    SM.getFileManager().makeAbsolutePath(Absolute);  // relative to the command's directory
    llvm::sys::path::remove_dots(Absolute, /*remove_dot_dot=*/true);
    bool InProject = Absolute.str().starts_with(ProjectRoot + "/");
    return SM.isInSystemHeader(Loc) || !InProject ? Path : "";
  }

  std::string ProjectRoot;
};

/// The nearest directory above the source holding a .git entry, else the
/// source's own directory: files outside it are third-party.
std::string projectRootOf(llvm::StringRef Source) {
  llvm::SmallString<256> Dir(Source);
  llvm::sys::fs::make_absolute(Dir);
  llvm::sys::path::remove_dots(Dir, /*remove_dot_dot=*/true);
  llvm::sys::path::remove_filename(Dir);
  for (llvm::StringRef D = Dir; !D.empty(); D = llvm::sys::path::parent_path(D)) {
    llvm::SmallString<256> Git(D);
    llvm::sys::path::append(Git, ".git");
    if (llvm::sys::fs::exists(Git))
      return D.str();
  }
  return Dir.str().str();
}

/// Where the analysis of one source puts its results and the files it read.
struct AnalysisSink {
  const SummaryTable *External = nullptr;  // other translation units' functions
  std::vector<TranslationUnitResult> Units;
  std::vector<std::string> Inputs;  // absolute paths: the cache's validity check
};

class AnalysisConsumer : public ASTConsumer {
public:
  AnalysisConsumer(const Policy &P, AnalysisSink &Out) : P(P), Out(Out) {}
  void Initialize(ASTContext &Ctx) override { SM = &Ctx.getSourceManager(); }
  bool shouldSkipFunctionBody(Decl *D) override {
    return SM && SM->isInSystemHeader(SM->getExpansionLoc(D->getLocation()));
  }
  void HandleTranslationUnit(ASTContext &Ctx) override {
    Out.Units.push_back(analyzeTranslationUnit(Ctx, P, Out.External));
    const SourceManager &SM = Ctx.getSourceManager();
    for (auto It = SM.fileinfo_begin(); It != SM.fileinfo_end(); ++It) {
      llvm::SmallString<256> Path(It->first.getName());
      SM.getFileManager().makeAbsolutePath(Path);
      Out.Inputs.push_back(std::string(Path));
    }
    llvm::sort(Out.Inputs);
  }

private:
  const Policy &P;
  AnalysisSink &Out;
  const SourceManager *SM = nullptr;
};

class AnalysisAction : public ASTFrontendAction {
public:
  AnalysisAction(const Policy &P, AnalysisSink &Out) : P(P), Out(Out) {}
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &, StringRef) override {
    return std::make_unique<AnalysisConsumer>(P, Out);
  }
  bool BeginSourceFileAction(CompilerInstance &CI) override {
    CI.getFrontendOpts().SkipFunctionBodies = true;
    return true;
  }

private:
  const Policy &P;
  AnalysisSink &Out;
};

class AnalysisActionFactory : public FrontendActionFactory {
public:
  AnalysisActionFactory(const Policy &P, AnalysisSink &Out) : P(P), Out(Out) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<AnalysisAction>(P, Out);
  }

private:
  const Policy &P;
  AnalysisSink &Out;
};

std::string plural(unsigned N, const char *Word) {
  return std::to_string(N) + " " + Word + (N == 1 ? "" : "s");
}

/// The external summaries the units of a source call, as text: a result
/// decided with them stays valid while this text is the same.
std::string usedSummariesKey(const std::vector<TranslationUnitResult> &Units,
                             const SummaryTable &Table) {
  nlohmann::json Used = nlohmann::json::object();
  for (const TranslationUnitResult &U : Units)
    for (const std::string &Usr : U.ExternalCalls)
      if (auto It = Table.find(Usr); It != Table.end())
        Used[Usr] = It->second;
  return Used.dump();
}

/// Analyses one source with the other units' summaries known so far. A
/// cached result is reused when AnyCached, or when it was decided with the
/// very summaries the source's callees have in External.
SourceOutcome analyzeSource(const CompilationDatabase &DB, const std::string &Source,
                            const Policy &P, const ArgumentsAdjuster &Adjuster,
                            ResultCache *Cache, const SummaryTable &External, bool AnyCached) {
  SourceOutcome Out;
  Out.File = Source;
  Out.Commands = DB.getCompileCommands(Source);
  std::string Key;
  if (Cache) {
    if (Out.Commands.size() == 1)
      Key = Cache->keyFor(Out.Commands.front());
    if (!Key.empty()) {
      std::optional<CachedUnit> Hit = Cache->lookup(Key, /*Counted=*/false);
      if (Hit && (AnyCached || Hit->UsedSummaries == usedSummariesKey(Hit->Units, External))) {
        ++Cache->Hits;
        Out.Units = std::move(Hit->Units);
        Out.ThirdPartyErrors = std::move(Hit->ThirdPartyErrors);
        Out.UsedSummaries = std::move(Hit->UsedSummaries);
        return Out;
      }
      ++Cache->Misses;  // none, or decided with other summaries than these
    }
  }
  // A file system of its own: each compile command's directory becomes the
  // working directory of this tool only, not of the process.
  ClangTool Tool(DB, {Source}, std::make_shared<PCHContainerOperations>(),
                 llvm::vfs::createPhysicalFileSystem());
  Tool.appendArgumentsAdjuster(Adjuster);
  IntrusiveRefCntPtr<DiagnosticOptions> DiagOpts = new DiagnosticOptions();
  DiagOpts->ShowColors = false;
  llvm::raw_string_ostream Errors(Out.CompilerErrors);
  ErrorCountingConsumer Diags(Errors, DiagOpts.get(), projectRootOf(Source));
  Tool.setDiagnosticConsumer(&Diags);
  AnalysisSink Sink;
  Sink.External = &External;
  AnalysisActionFactory Factory(P, Sink);
  int Status = 0;
  llvm::CrashRecoveryContext Recovery;
  bool Survived = Recovery.RunSafely([&] { Status = Tool.run(&Factory); });
  Out.Units = std::move(Sink.Units);
  if (!Survived)
    Out.Incomplete = IncompleteFile{Source, "the analysis crashed; please report this file"};
  else if (Out.Units.empty())
    Out.Incomplete = IncompleteFile{
        Source, Status ? "it could not be parsed (" + plural(Diags.Errors, "compiler error") + ")"
                       : "no compile command could be run for it"};
  else if (Diags.Errors > 0)
    Out.Incomplete = IncompleteFile{Source, plural(Diags.Errors, "compiler error") +
                                                "; findings for code the compiler could not "
                                                "read may be missing"};
  Out.ThirdPartyErrors = std::move(Diags.ThirdPartyErrors);
  Out.UsedSummaries = usedSummariesKey(Out.Units, External);
  Errors.flush();
  if (Cache && !Key.empty() && !Out.Incomplete)
    Cache->store(Key, CachedUnit{Out.Units, Out.ThirdPartyErrors, Out.UsedSummaries}, Sink.Inputs);
  return Out;
}

/// `[ 37/412] src/api/users.cpp` on a terminal, for runs longer than a second.
class ProgressLine {
public:
  ProgressLine(size_t Total, bool Enabled)
      : Total(Total), Enabled(Enabled && llvm::sys::Process::StandardErrIsDisplayed()),
        Start(std::chrono::steady_clock::now()) {}
  void finished(const std::string &Source) {
    std::lock_guard<std::mutex> Lock(M);
    ++Done;
    Total = std::max(Total, Done);  // a link round may decide more files again
    if (!Enabled || std::chrono::steady_clock::now() - Start < std::chrono::seconds(1))
      return;
    std::string Line = llvm::formatv("[{0,3}/{1}] {2}", Done, Total, Source).str();
    llvm::errs() << "\r" << Line << std::string(Shown > Line.size() ? Shown - Line.size() : 0, ' ');
    Shown = Line.size();
  }
  ~ProgressLine() {
    if (Shown)
      llvm::errs() << "\r" << std::string(Shown, ' ') << "\r";
  }

private:
  size_t Total, Done = 0, Shown = 0;
  bool Enabled;
  std::chrono::steady_clock::time_point Start;
  std::mutex M;
};

/// Files that register no route are analysed first: they are where the
/// wrappers and builders other files call usually live, so their summaries
/// are known before the route files need them. A cheap textual guess.
std::vector<size_t> providersFirst(const std::vector<std::string> &Sources) {
  static const char *const RouteMarks[] = {".Get(", ".Post(", "CROW_", "Routes::", "METHOD_ADD",
                                           "ADD_METHOD", "ENDPOINT(", ".support(", "set_method_handler",
                                           "routes.add", "target()", "::Service", "registerHandler"};
  std::vector<std::pair<bool, size_t>> Order;
  for (size_t I = 0; I < Sources.size(); ++I) {
    auto Buffer = llvm::MemoryBuffer::getFile(Sources[I]);
    bool Routes = !Buffer || llvm::any_of(RouteMarks, [&](const char *M) {
      return (*Buffer)->getBuffer().contains(M);
    });
    Order.push_back({Routes, I});
  }
  std::stable_sort(Order.begin(), Order.end());
  std::vector<size_t> Indices;
  for (const auto &[Routes, I] : Order)
    Indices.push_back(I);
  return Indices;
}

SummaryTable exportedSummaries(const std::vector<SourceOutcome> &Outcomes) {
  SummaryTable Global;
  for (const SourceOutcome &O : Outcomes)
    for (const TranslationUnitResult &U : O.Units)
      Global.insert(U.Exports.begin(), U.Exports.end());
  return Global;
}

/// Decides again each source whose callees' summaries, as every outcome now
/// exports them, differ from those it was decided with; repeated while that
/// changes anything (chains across files), three rounds at most. A source
/// that no longer parses keeps its first results and is marked incomplete.
/// Only: the sources that may be decided again (one shard's), null for all.
/// Unparsed: summaries of files not analysed in this run (from the cache).
/// Returns how many sources were decided again.
unsigned linkRounds(const CompilationDatabase &DB, const Policy &P,
                    const ArgumentsAdjuster &Adjuster, ResultCache *Cache,
                    llvm::DefaultThreadPool &Pool, std::vector<SourceOutcome> &Outcomes,
                    const std::set<std::string> *Only = nullptr,
                    const SummaryTable &Unparsed = {}, ProgressLine *Progress = nullptr) {
  std::set<size_t> Redecided;
  constexpr unsigned MaxRounds = 3;
  for (unsigned Round = 0; Round < MaxRounds; ++Round) {
    SummaryTable Global = exportedSummaries(Outcomes);
    Global.insert(Unparsed.begin(), Unparsed.end());  // what was parsed wins
    bool Changed = false;
    for (size_t I = 0; I < Outcomes.size(); ++I) {
      if ((Only && !Only->count(Outcomes[I].File)) ||
          usedSummariesKey(Outcomes[I].Units, Global) == Outcomes[I].UsedSummaries)
        continue;
      Changed = true;
      Redecided.insert(I);
      Pool.async([&, I] {
        SourceOutcome Again =
            analyzeSource(DB, Outcomes[I].File, P, Adjuster, Cache, Global, false);
        if (Again.Units.empty() && Again.Incomplete && !Outcomes[I].Incomplete) {
          // Fail closed, but keep what the first decision found; deciding
          // it yet again in the next round would not help.
          Again.Units = std::move(Outcomes[I].Units);
          Again.UsedSummaries = usedSummariesKey(Again.Units, Global);
          Again.Incomplete->Reason = "it calls functions defined in files analysed apart and "
                                     "had to be decided again with their summaries, but " +
                                     Again.Incomplete->Reason;
        }
        Outcomes[I] = std::move(Again);
        if (Progress)
          Progress->finished(Outcomes[I].File);
      });
    }
    Pool.wait();
    if (!Changed)
      break;
  }
  return Redecided.size();
}

/// The summaries the cache holds for files this run does not analyse; an
/// entry counts only while every file it read is unchanged.
SummaryTable cachedSummaries(const CompilationDatabase &DB, const std::vector<std::string> &Files,
                             ResultCache *Cache) {
  SummaryTable Found;
  if (!Cache)
    return Found;
  for (const std::string &File : Files) {
    std::vector<CompileCommand> Commands = DB.getCompileCommands(File);
    if (Commands.size() != 1)
      continue;
    if (std::optional<CachedUnit> Hit = Cache->lookup(Cache->keyFor(Commands.front()), false))
      for (const TranslationUnitResult &U : Hit->Units)
        Found.insert(U.Exports.begin(), U.Exports.end());
  }
  return Found;
}

/// The link step. Every unit is decided with the summaries other units
/// exported before it started (and those the cache holds for files not
/// analysed here); then linkRounds decides again the few whose callees
/// turned out to say more.
void analyzeAndLink(const CompilationDatabase &DB, const std::vector<std::string> &Sources,
                    const Policy &P, const ArgumentsAdjuster &Adjuster, const RunOptions &Options,
                    ProgressLine &Progress, std::vector<SourceOutcome> &Outcomes) {
  ResultCache *Cache = Options.Cache;
  llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Options.Jobs));
  std::mutex KnownLock;
  SummaryTable Unparsed = cachedSummaries(DB, Options.SummariesFrom, Cache);
  SummaryTable Known = Unparsed;
  for (size_t I : providersFirst(Sources))
    Pool.async([&, I] {
      SummaryTable Snapshot;
      {
        std::lock_guard<std::mutex> Guard(KnownLock);
        Snapshot = Known;
      }
      Outcomes[I] = analyzeSource(DB, Sources[I], P, Adjuster, Cache, Snapshot, true);
      std::lock_guard<std::mutex> Guard(KnownLock);
      for (const TranslationUnitResult &U : Outcomes[I].Units)
        Known.insert(U.Exports.begin(), U.Exports.end());
      Progress.finished(Sources[I]);
    });
  Pool.wait();
  linkRounds(DB, P, Adjuster, Cache, Pool, Outcomes, nullptr, Unparsed);
}

/// Drops flags clang does not know, and lets workers share the adjusters
/// one at a time: they remember what they reported.
ArgumentsAdjuster workerAdjuster(const ArgumentsAdjuster &Adjuster) {
  auto DropUnknown = makeUnknownFlagRemover([](const std::string &Flag) {
    llvm::errs() << "pii-tidy: warning: dropped '" << Flag
                 << "' from a compile command: clang does not know this flag\n";
  });
  auto Lock = std::make_shared<std::mutex>();
  return [=](const CommandLineArguments &Args, StringRef File) {
    std::lock_guard<std::mutex> Guard(*Lock);
    return DropUnknown(Adjuster(Args, File), File);
  };
}

} // namespace

std::vector<SourceOutcome> analyzeSources(const CompilationDatabase &DB,
                                          const std::vector<std::string> &Sources,
                                          const Policy &P, const ArgumentsAdjuster &Adjuster,
                                          const RunOptions &Options) {
  llvm::CrashRecoveryContext::Enable();
  std::vector<SourceOutcome> Outcomes(Sources.size());
  ProgressLine Progress(Sources.size(), !Options.Quiet);
  analyzeAndLink(DB, Sources, P, workerAdjuster(Adjuster), Options, Progress, Outcomes);
  return Outcomes;
}

unsigned linkOutcomes(const CompilationDatabase &DB, std::vector<SourceOutcome> &Outcomes,
                      const Policy &P, const ArgumentsAdjuster &Adjuster, const RunOptions &Options,
                      const std::set<std::string> *Only) {
  llvm::CrashRecoveryContext::Enable();
  llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Options.Jobs));
  size_t Expected = llvm::count_if(sourcesToDecideAgain(Outcomes), [&](const std::string &File) {
    return !Only || Only->count(File);
  });
  ProgressLine Progress(Expected, !Options.Quiet);
  return linkRounds(DB, P, workerAdjuster(Adjuster), Options.Cache, Pool, Outcomes, Only, {},
                    &Progress);
}

std::vector<std::string> sourcesToDecideAgain(const std::vector<SourceOutcome> &Outcomes) {
  SummaryTable Global = exportedSummaries(Outcomes);
  std::vector<std::string> Files;
  for (const SourceOutcome &O : Outcomes)
    if (usedSummariesKey(O.Units, Global) != O.UsedSummaries)
      Files.push_back(O.File);
  return Files;
}

RunResult collectResults(std::vector<SourceOutcome> Outcomes) {
  RunResult Result;
  std::map<std::string, unsigned> ThirdPartyErrors;
  for (SourceOutcome &O : Outcomes) {
    llvm::errs() << O.CompilerErrors;
    for (TranslationUnitResult &U : O.Units)
      Result.Units.push_back(std::move(U));
    if (O.Incomplete)
      Result.Incomplete.push_back(std::move(*O.Incomplete));
    // The same header has the same errors in every file including it.
    for (const auto &[Header, N] : O.ThirdPartyErrors)
      ThirdPartyErrors[Header] = std::max(ThirdPartyErrors[Header], N);
  }
  for (const auto &[Header, N] : ThirdPartyErrors)
    llvm::errs() << "pii-tidy: warning: " << Header << ": " << plural(N, "error")
                 << " in a third-party header " << (N == 1 ? "was" : "were")
                 << " ignored; results for code using it may be less precise\n";
  return Result;
}

} // namespace pii
