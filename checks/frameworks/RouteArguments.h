// Reading registration arguments the way several frameworks write them:
// HTTP method names, the object a route is registered on, template arguments.
#pragma once

#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"

#include <string>

namespace pii {

/// "GET" from "GET", "get", drogon::Get, httpd::operation_type::GET; else "".
std::string httpMethodText(const clang::Expr *E);

/// The variable or data member an object expression names (`router`,
/// `*resource`, `this->router_`), which identifies a router or resource
/// across calls; null for temporaries and call results.
const clang::ValueDecl *receiverDecl(const clang::Expr *E);

/// True when RD is a specialization of the class template with this
/// qualified name (drogon::HttpController<User>).
bool isSpecializationOf(const clang::CXXRecordDecl *RD, llvm::StringRef QualifiedTemplate);
/// The record of a specialization's type template argument I, or null.
const clang::CXXRecordDecl *templateRecordArg(const clang::CXXRecordDecl *RD, unsigned I);

/// The user definition of method Name of RD or of one of its bases, or null.
const clang::FunctionDecl *methodDefinition(const clang::CXXRecordDecl *RD, llvm::StringRef Name);

} // namespace pii
