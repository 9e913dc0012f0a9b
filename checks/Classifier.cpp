#include "Classifier.h"

#include "AstUtil.h"
#include "NameMatcher.h"

#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace pii {

namespace {

/// "pii:<category>" annotations written as [[clang::annotate("pii:health")]].
std::optional<Classification> annotatedCategory(const Decl *D, const Policy &P) {
  for (const auto *A : D->specific_attrs<AnnotateAttr>()) {
    llvm::StringRef Text = A->getAnnotation();
    if (Text.consume_front("pii:") && P.hasCategory(Text))
      return Classification{Text.str(), "annotation"};
  }
  return std::nullopt;
}

std::string memberQualifiedName(const NamedDecl *D) {
  if (const auto *FD = dyn_cast<FieldDecl>(D))
    return simpleName(FD->getParent()) + "::" + simpleName(FD);
  return qualifiedName(D);
}

} // namespace

bool isDeclNotPersonal(const NamedDecl *D, const Policy &P) {
  std::string Name = simpleName(D);
  return !Name.empty() && P.isNotPersonal(Name, memberQualifiedName(D));
}

std::optional<Classification> classifyDecl(const NamedDecl *D, const Policy &P) {
  if (!D)
    return std::nullopt;
  if (auto C = annotatedCategory(D, P))
    return C;
  std::string Name = simpleName(D);
  if (Name.empty())
    return std::nullopt;
  return P.classifyName(Name, memberQualifiedName(D));
}

std::optional<Classification> classifyCallee(const FunctionDecl *FD, const Policy &P) {
  if (!FD)
    return std::nullopt;
  if (auto C = annotatedCategory(FD, P))
    return C;
  std::string Name = simpleName(FD);
  if (Name.empty() || P.isNotPersonal(Name, qualifiedName(FD)))
    return std::nullopt;
  std::vector<std::string> Words = splitIdentifierWords(Name);
  std::vector<std::string> Result;
  for (const std::string &W : Words) {
    if (W == "by" || W == "for" || W == "from" || W == "with")
      break;
    Result.push_back(W);
  }
  if (Result.empty())
    return std::nullopt;
  return P.classifyName(llvm::join(Result, "_"), qualifiedName(FD));
}

std::optional<NamedClassification> classifyType(QualType T, const Policy &P) {
  const CXXRecordDecl *RD = recordOf(T);
  if (!RD)
    return std::nullopt;
  if (auto C = annotatedCategory(RD, P))
    return NamedClassification{simpleName(RD), *C};
  if (auto C = P.classifyType(simpleName(RD), qualifiedName(RD)))
    return NamedClassification{simpleName(RD), *C};
  // Containers and wrappers: std::vector<Beneficiary>, std::optional<Patient>.
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
    for (const TemplateArgument &Arg : Spec->getTemplateArgs().asArray())
      if (Arg.getKind() == TemplateArgument::Type)
        if (auto C = classifyType(Arg.getAsType(), P))
          return C;
  return std::nullopt;
}

} // namespace pii
