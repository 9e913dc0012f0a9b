#include "TranslationUnitRunner.h"

#include "TranslationUnitAnalyzer.h"
#include "CompileCommands.h"

#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <map>

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
  ErrorCountingConsumer(DiagnosticOptions *Opts, std::string ProjectRoot)
      : TextDiagnosticPrinter(llvm::errs(), Opts), ProjectRoot(std::move(ProjectRoot)) {}
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
    llvm::sys::fs::make_absolute(Absolute);
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

class AnalysisConsumer : public ASTConsumer {
public:
  AnalysisConsumer(const Policy &P, std::vector<TranslationUnitResult> &Out) : P(P), Out(Out) {}
  void HandleTranslationUnit(ASTContext &Ctx) override {
    Out.push_back(analyzeTranslationUnit(Ctx, P));
  }

private:
  const Policy &P;
  std::vector<TranslationUnitResult> &Out;
};

class AnalysisAction : public ASTFrontendAction {
public:
  AnalysisAction(const Policy &P, std::vector<TranslationUnitResult> &Out) : P(P), Out(Out) {}
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &, StringRef) override {
    return std::make_unique<AnalysisConsumer>(P, Out);
  }

private:
  const Policy &P;
  std::vector<TranslationUnitResult> &Out;
};

class AnalysisActionFactory : public FrontendActionFactory {
public:
  AnalysisActionFactory(const Policy &P, std::vector<TranslationUnitResult> &Out)
      : P(P), Out(Out) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<AnalysisAction>(P, Out);
  }

private:
  const Policy &P;
  std::vector<TranslationUnitResult> &Out;
};

std::string plural(unsigned N, const char *Word) {
  return std::to_string(N) + " " + Word + (N == 1 ? "" : "s");
}

} // namespace

RunResult runAnalysis(const CompilationDatabase &DB, const std::vector<std::string> &Sources,
                      const Policy &P, const ArgumentsAdjuster &Adjuster) {
  RunResult Result;
  std::map<std::string, unsigned> ThirdPartyErrors;
  auto DropUnknown = makeUnknownFlagRemover([](const std::string &Flag) {
    llvm::errs() << "pii-tidy: warning: dropped '" << Flag
                 << "' from a compile command: clang does not know this flag\n";
  });
  llvm::CrashRecoveryContext::Enable();
  for (const std::string &Source : Sources) {
    ClangTool Tool(DB, {Source});
    Tool.appendArgumentsAdjuster(Adjuster);
    Tool.appendArgumentsAdjuster(DropUnknown);
    IntrusiveRefCntPtr<DiagnosticOptions> DiagOpts = new DiagnosticOptions();
    DiagOpts->ShowColors = false;
    ErrorCountingConsumer Diags(DiagOpts.get(), projectRootOf(Source));
    Tool.setDiagnosticConsumer(&Diags);
    AnalysisActionFactory Factory(P, Result.Units);
    size_t Before = Result.Units.size();
    int Status = 0;
    llvm::CrashRecoveryContext Recovery;
    bool Survived = Recovery.RunSafely([&] { Status = Tool.run(&Factory); });
    if (!Survived)
      Result.Incomplete.push_back({Source, "the analysis crashed; please report this file"});
    else if (Result.Units.size() == Before)
      Result.Incomplete.push_back(
          {Source, Status ? "it could not be parsed (" + plural(Diags.Errors, "compiler error") + ")"
                          : "no compile command could be run for it"});
    else if (Diags.Errors > 0)
      Result.Incomplete.push_back(
          {Source, plural(Diags.Errors, "compiler error") +
                       "; findings for code the compiler could not read may be missing"});
    // The same header has the same errors in every file including it.
    for (const auto &[Header, N] : Diags.ThirdPartyErrors)
      ThirdPartyErrors[Header] = std::max(ThirdPartyErrors[Header], N);
  }
  for (const auto &[Header, N] : ThirdPartyErrors)
    llvm::errs() << "pii-tidy: warning: " << Header << ": " << plural(N, "error")
                 << " in a third-party header " << (N == 1 ? "was" : "were")
                 << " ignored; results for code using it may be less precise\n";
  return Result;
}

} // namespace pii
