#include "TranslationUnitRunner.h"

#include "TranslationUnitAnalyzer.h"

#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;
using namespace clang::tooling;

namespace pii {

namespace {

/// Prints compiler errors as clang does and counts them.
class ErrorCountingConsumer : public TextDiagnosticPrinter {
public:
  ErrorCountingConsumer(DiagnosticOptions *Opts)
      : TextDiagnosticPrinter(llvm::errs(), Opts) {}
  void HandleDiagnostic(DiagnosticsEngine::Level Level, const Diagnostic &Info) override {
    if (Level >= DiagnosticsEngine::Error) {
      ++Errors;
      TextDiagnosticPrinter::HandleDiagnostic(Level, Info);
    }
  }
  unsigned Errors = 0;
};

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
  llvm::CrashRecoveryContext::Enable();
  for (const std::string &Source : Sources) {
    ClangTool Tool(DB, {Source});
    Tool.appendArgumentsAdjuster(Adjuster);
    IntrusiveRefCntPtr<DiagnosticOptions> DiagOpts = new DiagnosticOptions();
    DiagOpts->ShowColors = false;
    ErrorCountingConsumer Diags(DiagOpts.get());
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
  }
  return Result;
}

} // namespace pii
