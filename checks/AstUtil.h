// Small AST helpers shared by the recognizers and the analyses.
#pragma once

#include "Findings.h"

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/SourceManager.h"

#include <optional>
#include <string>

namespace pii {

SourcePos toSourcePos(const clang::SourceManager &SM, clang::SourceLocation Loc);
/// Maps a SourcePos from this translation unit back to a location.
clang::SourceLocation toSourceLocation(const clang::SourceManager &SM, const SourcePos &Pos);

/// "ns::Class::name" for a named declaration, without template arguments.
std::string qualifiedName(const clang::NamedDecl *D);
std::string simpleName(const clang::NamedDecl *D);

/// Strips parentheses, implicit casts, temporaries, cleanups and
/// single-argument converting constructions (std::string from a literal).
const clang::Expr *stripWrappers(const clang::Expr *E);
/// The text of a string literal, seen through conversions, or none.
std::optional<std::string> stringLiteralText(const clang::Expr *E);
/// The literal, seen through conversions and a const variable's initializer.
const clang::StringLiteral *asStringLiteral(const clang::Expr *E);
/// True for a string that reads like an identifier or JSON key ("mobile_no").
bool isKeyLike(llvm::StringRef Text);

/// The record declaration of a type, seen through references, pointers,
/// qualifiers and sugar; nullptr for non-records.
const clang::CXXRecordDecl *recordOf(clang::QualType T);
/// True when the record or one of its bases has this qualified name.
bool isOrDerivesFrom(const clang::CXXRecordDecl *RD, llvm::StringRef QualifiedName);
/// True for bool, numbers and enums (values that are never personal data
/// unless their own name says so).
bool isScalarType(clang::QualType T);
/// True when the declaration is in a system header (framework or library).
bool isInSystemHeader(const clang::Decl *D);
/// True for declarations of the standard library and of known frameworks and
/// JSON libraries, wherever their headers live.
bool isLibraryDecl(const clang::Decl *D);
/// The cross-translation-unit name of a function, or empty.
std::string usrOf(const clang::Decl *D);
/// The definition of a user function (with a body, not library code), or null.
const clang::FunctionDecl *userDefinition(const clang::FunctionDecl *FD);

} // namespace pii
