// The per-translation-unit entry point shared by the driver and the
// clang-tidy module: endpoints, their verdicts, and the findings of every
// check the policy enables.
#pragma once

#include "PersonalData.h"
#include "Policy.h"

#include "clang/AST/ASTContext.h"

namespace pii {

/// External: summaries of functions defined in other translation units (a
/// whole-project run's link step); callees found there are followed like
/// functions of this one.
TranslationUnitResult analyzeTranslationUnit(clang::ASTContext &Ctx, const Policy &P,
                                             const SummaryTable *External = nullptr);

} // namespace pii
