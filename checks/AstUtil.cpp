#include "AstUtil.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/FileManager.h"
#include "clang/Index/USRGeneration.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace pii {

SourcePos toSourcePos(const SourceManager &SM, SourceLocation Loc) {
  SourcePos Pos;
  if (Loc.isInvalid())
    return Pos;
  Loc = SM.getExpansionLoc(Loc);
  PresumedLoc P = SM.getPresumedLoc(Loc, /*UseLineDirectives=*/false);
  if (P.isInvalid())
    return Pos;
  // Absolute paths: a compile database runs each command in its own directory.
  llvm::SmallString<256> Path(P.getFilename());
  SM.getFileManager().makeAbsolutePath(Path);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  Pos.File = std::string(Path);
  Pos.Line = P.getLine();
  Pos.Column = P.getColumn();
  return Pos;
}

SourceLocation toSourceLocation(const SourceManager &SM, const SourcePos &Pos) {
  if (!Pos.valid())
    return {};
  auto File = SM.getFileManager().getOptionalFileRef(Pos.File);
  if (!File)
    return {};
  return SM.translateFileLineCol(*File, Pos.Line, Pos.Column);
}

std::string qualifiedName(const NamedDecl *D) {
  if (!D)
    return "";
  std::string Name;
  llvm::raw_string_ostream OS(Name);
  PrintingPolicy PP(D->getASTContext().getLangOpts());
  PP.SuppressTemplateArgsInCXXConstructors = true;
  PP.SuppressUnwrittenScope = true;
  D->printQualifiedName(OS, PP);
  return Name;
}

std::string simpleName(const NamedDecl *D) {
  if (!D || !D->getDeclName().isIdentifier())
    return "";
  return D->getName().str();
}

const Expr *stripWrappers(const Expr *E) {
  while (E) {
    const Expr *Prev = E;
    E = E->IgnoreParenImpCasts();
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (const auto *C = dyn_cast<ExprWithCleanups>(E))
      E = C->getSubExpr();
    else if (const auto *F = dyn_cast<CXXFunctionalCastExpr>(E))
      E = F->getSubExpr();
    else if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
      if (CE->getNumArgs() >= 1 && !isa<CXXTemporaryObjectExpr>(CE) &&
          (CE->getNumArgs() == 1 || isa<CXXDefaultArgExpr>(CE->getArg(1))))
        E = CE->getArg(0);
    }
    if (E == Prev)
      return E;
  }
  return E;
}

const StringLiteral *asStringLiteral(const Expr *E) {
  E = stripWrappers(E);
  if (!E)
    return nullptr;
  if (const auto *SL = dyn_cast<StringLiteral>(E))
    return SL;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      if (VD->getType().isConstQualified() && VD->getInit())
        return dyn_cast<StringLiteral>(stripWrappers(VD->getInit()));
  return nullptr;
}

std::optional<std::string> stringLiteralText(const Expr *E) {
  if (const StringLiteral *SL = asStringLiteral(E))
    if (SL->getCharByteWidth() == 1)
      return SL->getString().str();
  return std::nullopt;
}

bool isKeyLike(llvm::StringRef Text) {
  if (Text.empty() || Text.size() > 64)
    return false;
  if (!(isalpha(static_cast<unsigned char>(Text[0])) || Text[0] == '_'))
    return false;
  return llvm::all_of(Text, [](char C) {
    return isalnum(static_cast<unsigned char>(C)) || C == '_' || C == '-' || C == '.';
  });
}

const CXXRecordDecl *recordOf(QualType T) {
  if (T.isNull())
    return nullptr;
  T = T.getNonReferenceType();
  while (T->isPointerType())
    T = T->getPointeeType();
  const auto *RD = T->getAsCXXRecordDecl();
  return RD ? RD->getDefinition() ? RD->getDefinition() : RD : nullptr;
}

bool isOrDerivesFrom(const CXXRecordDecl *RD, llvm::StringRef QualifiedName) {
  if (!RD)
    return false;
  if (qualifiedName(RD) == QualifiedName)
    return true;
  if (!RD->hasDefinition())
    return false;
  for (const CXXBaseSpecifier &B : RD->getDefinition()->bases())
    if (isOrDerivesFrom(recordOf(B.getType()), QualifiedName))
      return true;
  return false;
}

bool isScalarType(QualType T) {
  if (T.isNull())
    return false;
  T = T.getNonReferenceType().getCanonicalType();
  return T->isBooleanType() || T->isIntegerType() || T->isRealFloatingType() ||
         T->isEnumeralType() || T->isVoidType();
}

bool isInSystemHeader(const Decl *D) {
  const SourceManager &SM = D->getASTContext().getSourceManager();
  return SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation()));
}

bool isLibraryDecl(const Decl *D) {
  if (isInSystemHeader(D))
    return true;
  // Frameworks are often vendored and included with -I, not as system headers.
  static const char *const LibraryNamespaces[] = {
      "std",   "httplib", "crow",    "nlohmann", "boost", "drogon", "trantor", "Pistache",
      "grpc",  "google",  "web",     "oatpp",    "restbed", "seastar", "fmt",  "Json",
      "rapidjson", "absl", "folly"};
  const DeclContext *DC = isa<NamespaceDecl>(D) ? cast<DeclContext>(D) : D->getDeclContext();
  const NamespaceDecl *Outermost = nullptr;
  for (; DC; DC = DC->getParent())
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC))
      Outermost = NS;
  if (!Outermost || !Outermost->getIdentifier())
    return false;
  return llvm::is_contained(LibraryNamespaces, Outermost->getName());
}

std::string usrOf(const Decl *D) {
  llvm::SmallString<128> Usr;
  if (index::generateUSRForDecl(D, Usr))
    return "";
  return std::string(Usr);
}

const FunctionDecl *userDefinition(const FunctionDecl *FD) {
  if (!FD)
    return nullptr;
  const FunctionDecl *Def = nullptr;
  if (!FD->hasBody(Def) || !Def || !Def->getBody())
    return nullptr;
  if (isLibraryDecl(Def))
    return nullptr;
  return Def;
}

} // namespace pii
