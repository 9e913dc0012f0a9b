// Diff mode: which lines a change touched, and the findings that touch them.
#pragma once

#include "Report.h"

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace pii {

/// The lines of the new side of a unified diff that were added, or that
/// border a deletion, by canonical path.
class ChangedLines {
public:
  /// Paths in the diff are relative to BaseDir; git's "b/" prefix is
  /// dropped. Errors name DiffName and the line of the diff.
  static llvm::Expected<ChangedLines> parse(llvm::StringRef Diff, llvm::StringRef DiffName,
                                            llvm::StringRef BaseDir);
  bool touches(const SourcePos &P) const;
  /// The files the change leaves with new or changed lines.
  std::vector<std::string> files() const;

private:
  std::map<std::string, std::set<unsigned>> Lines;
};

/// Keeps the findings whose primary location, notes or endpoint registration
/// lie on a changed line.
void keepChangedFindings(Report &R, const ChangedLines &Changes);

/// The changed C++ sources (.cpp, .cc, .cxx, .c++) that exist and have a
/// compile command in DB; every one when DB lists no files (flags given
/// after '--').
std::vector<std::string> changedSources(const ChangedLines &Changes,
                                        const clang::tooling::CompilationDatabase &DB);

} // namespace pii
