// The per-translation-unit entry point shared by the driver and the
// clang-tidy module: endpoints, their verdicts, and the findings of every
// check the policy enables.
#pragma once

#include "Findings.h"
#include "Policy.h"

#include "clang/AST/ASTContext.h"

namespace pii {

TranslationUnitResult analyzeTranslationUnit(clang::ASTContext &Ctx, const Policy &P);

} // namespace pii
