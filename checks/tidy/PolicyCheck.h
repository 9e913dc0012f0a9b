// Base of pii-tidy's clang-tidy checks: loads the policy named by the
// PiiPolicy option once, analyses each translation unit, and reports the
// findings that belong to the concrete check.
#pragma once

#include "Policy.h"

#include "clang-tidy/ClangTidyCheck.h"

#include <optional>
#include <string>

namespace pii::tidy {

class PolicyCheck : public clang::tidy::ClangTidyCheck {
public:
  PolicyCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  bool isLanguageVersionSupported(const clang::LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }

private:
  const std::string CheckName;
  const std::string PolicyPath;
  std::optional<Policy> LoadedPolicy;
};

} // namespace pii::tidy
