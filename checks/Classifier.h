// Decides which declarations, names and types are personal data under a policy.
#pragma once

#include "Policy.h"

#include "clang/AST/Decl.h"
#include "clang/AST/Type.h"

#include <optional>
#include <string>

namespace pii {

struct NamedClassification {
  std::string Name;  // what to show the user
  Classification Class;
};

/// A variable, field or function by its `pii:<category>` annotation or its
/// name; fields are also matched as "Record::field" (for not_personal).
std::optional<Classification> classifyDecl(const clang::NamedDecl *D, const Policy &P);
/// A callee by its name; for lookups ("findByMobile", "getNameForPan") only
/// the words before by/for/from/with describe the result.
std::optional<Classification> classifyCallee(const clang::FunctionDecl *FD, const Policy &P);
/// A record type (seen through references, pointers and template arguments
/// such as std::vector<T>) listed in the policy's types or annotated.
std::optional<NamedClassification> classifyType(clang::QualType T, const Policy &P);
/// True for a declaration the policy says is never personal.
bool isDeclNotPersonal(const clang::NamedDecl *D, const Policy &P);

} // namespace pii
