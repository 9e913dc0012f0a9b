#include "DiffSource.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"

namespace pii {

namespace {

constexpr unsigned GitTimeoutSeconds = 300;

llvm::Error failure(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "pii-tidy: error: " + Message);
}

std::string readAndRemove(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  llvm::sys::fs::remove(Path);
  return Buffer ? (*Buffer)->getBuffer().str() : "";
}

/// Runs git with an explicit argv: its standard output, or its first line of
/// complaint.
llvm::Expected<std::string> runGit(llvm::StringRef Git, llvm::ArrayRef<llvm::StringRef> Args) {
  llvm::SmallString<128> Out, Err;
  if (llvm::sys::fs::createTemporaryFile("pii-tidy-git", "out", Out) ||
      llvm::sys::fs::createTemporaryFile("pii-tidy-git", "err", Err))
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "cannot create a temporary file for git's output");
  std::optional<llvm::StringRef> Redirects[] = {llvm::StringRef(""), Out.str(), Err.str()};
  std::string ExecError;
  int Status = llvm::sys::ExecuteAndWait(Git, Args, std::nullopt, Redirects, GitTimeoutSeconds,
                                         0, &ExecError);
  std::string Output = readAndRemove(Out);
  std::string Complaint = llvm::StringRef(readAndRemove(Err)).split('\n').first.str();
  if (Status != 0)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   Complaint.empty() ? "git failed: " + ExecError : Complaint);
  return Output;
}

llvm::Expected<ChangedLines> changesSinceRevision(llvm::StringRef Revision,
                                                  llvm::StringRef AnchorDir) {
  if (Revision.empty() || Revision.starts_with("-"))
    return failure("--diff: '" + Revision + "' is not a git revision");
  llvm::ErrorOr<std::string> Git = llvm::sys::findProgramByName("git");
  if (!Git)
    return failure("--diff=" + Revision + " needs git, and there is none in PATH");
  llvm::Expected<std::string> Top = runGit(*Git, {"git", "-C", AnchorDir, "rev-parse", "--show-toplevel"});
  if (!Top)
    return failure("--diff=" + Revision + ": '" + AnchorDir +
                   "' is not in a git repository: " + toString(Top.takeError()));
  std::string Root = llvm::StringRef(*Top).trim().str();
  // No external diff drivers, text conversion filters or fsmonitor hooks:
  // nothing a repository's configuration names is run.
  llvm::Expected<std::string> Diff =
      runGit(*Git, {"git", "-C", Root, "-c", "core.fsmonitor=false", "-c", "core.quotePath=false",
              "diff", "-U0", "--no-color", "--no-ext-diff", "--no-textconv", "--src-prefix=a/",
              "--dst-prefix=b/", Revision, "--"});
  if (!Diff)
    return failure("--diff=" + Revision + ": git cannot diff against '" + Revision + "' in '" +
                   Root + "': " + toString(Diff.takeError()));
  return ChangedLines::parse(*Diff, "git diff " + Revision.str(), Root);
}

} // namespace

llvm::Expected<ChangedLines> loadChanges(llvm::StringRef Revision, llvm::StringRef AnchorDir) {
  if (Revision != "-")
    return changesSinceRevision(Revision, AnchorDir);
  auto Buffer = llvm::MemoryBuffer::getSTDIN();
  if (!Buffer)
    return llvm::createStringError(Buffer.getError(), "<stdin>: error: cannot read the diff: " +
                                                          Buffer.getError().message());
  return ChangedLines::parse((*Buffer)->getBuffer(), "<stdin>", ".");
}

} // namespace pii
