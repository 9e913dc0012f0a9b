#include "RequestSources.h"

#include "AstUtil.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "llvm/ADT/StringSwitch.h"

#include <set>

using namespace clang;

namespace pii {

namespace {

constexpr unsigned MaxVariableHops = 4;

/// Request classes of the supported frameworks, and request-like wrappers.
bool isRequestRecord(const CXXRecordDecl *RD) {
  if (!RD)
    return false;
  std::string Name = llvm::StringRef(qualifiedName(RD)).lower();
  // Beast's http::request<Body> is an alias of http::message<true, Body>.
  return (llvm::StringRef(Name).contains("request") || Name == "boost::beast::http::message") &&
         isLibraryDecl(RD);
}

const CXXRecordDecl *objectRecord(const Expr *E) { return recordOf(E->getType()); }

/// The kind of data a request accessor or member returns.
std::string accessorKind(llvm::StringRef Name) {
  std::string Lower = Name.lower();
  llvm::StringRef N(Lower);
  if (N.contains("header") || N == "user_agent" || N == "useragent" || N == "cookie" ||
      N.contains("cookie"))
    return "header";
  if (N.contains("param") || N == "query" || N.contains("url_params") || N == "getparameter")
    return "query parameter";
  if (N == "matches" || N.contains("path_param") || N == "splat")
    return "path parameter";
  if (N == "body" || N == "getbody" || N == "content" || N == "extract_string" ||
      N == "extract_json" || N == "json_body" || N == "getjsonobject")
    return "body";
  return "";
}

std::string firstStringArg(const CallExpr *C) {
  for (const Expr *Arg : C->arguments())
    if (auto Text = stringLiteralText(Arg))
      return *Text;
  return "";
}

std::optional<RequestRead> fromVariable(const VarDecl *V, unsigned Hops,
                                        std::set<const VarDecl *> &Seen);

void returnValues(const Stmt *S, std::vector<const Expr *> &Out) {
  if (!S || isa<LambdaExpr>(S))
    return;
  if (const auto *R = dyn_cast<ReturnStmt>(S); R && R->getRetValue())
    Out.push_back(R->getRetValue());
  for (const Stmt *Child : S->children())
    returnValues(Child, Out);
}

std::optional<RequestRead> search(const Expr *E, unsigned Hops, std::set<const VarDecl *> &Seen) {
  if (!E)
    return std::nullopt;
  if (auto Read = directRequestRead(E))
    return Read;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
    if (const auto *V = dyn_cast<VarDecl>(DRE->getDecl()))
      return fromVariable(V, Hops, Seen);
  // A helper of the service that picks the value: clientIp(req).
  if (const auto *C = dyn_cast<CallExpr>(E->IgnoreParenImpCasts()); C && Hops > 0)
    if (const FunctionDecl *Def = userDefinition(C->getDirectCallee())) {
      std::vector<const Expr *> Values;
      returnValues(Def->getBody(), Values);
      for (const Expr *Value : Values)
        if (auto Read = search(Value, Hops - 1, Seen)) {
          // param("aadhaar"): the helper's argument names what it reads.
          if (Read->Key.empty())
            Read->Key = firstStringArg(C);
          return Read;
        }
    }
  for (const Stmt *Child : E->children())
    if (const auto *CE = dyn_cast_or_null<Expr>(Child))
      if (auto Read = search(CE, Hops, Seen))
        return Read;
  return std::nullopt;
}

/// Assignments to V inside the function that declares it.
void assignedValues(const Stmt *S, const VarDecl *V, std::vector<const Expr *> &Out) {
  if (!S)
    return;
  if (const auto *BO = dyn_cast<BinaryOperator>(S))
    if (BO->isAssignmentOp())
      if (const auto *DRE = dyn_cast<DeclRefExpr>(BO->getLHS()->IgnoreParenImpCasts()))
        if (DRE->getDecl() == V)
          Out.push_back(BO->getRHS());
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(S))
    if (OC->getOperator() == OO_Equal && OC->getNumArgs() == 2)
      if (const auto *DRE = dyn_cast<DeclRefExpr>(OC->getArg(0)->IgnoreParenImpCasts()))
        if (DRE->getDecl() == V)
          Out.push_back(OC->getArg(1));
  for (const Stmt *Child : S->children())
    assignedValues(Child, V, Out);
}

std::optional<RequestRead> fromVariable(const VarDecl *V, unsigned Hops,
                                        std::set<const VarDecl *> &Seen) {
  if (Hops == 0 || !Seen.insert(V).second || isa<ParmVarDecl>(V))
    return std::nullopt;
  std::vector<const Expr *> Values;
  if (V->getInit())
    Values.push_back(V->getInit());
  if (const auto *FD = dyn_cast_or_null<FunctionDecl>(V->getParentFunctionOrMethod()))
    assignedValues(FD->getBody(), V, Values);
  for (const Expr *Value : Values)
    if (auto Read = search(Value, Hops - 1, Seen))
      return Read;
  return std::nullopt;
}

} // namespace

std::string RequestRead::describe() const {
  if (Kind == "body")
    return Key.empty() ? "request body" : "body field '" + Key + "'";
  return Key.empty() ? Kind : Kind + " '" + Key + "'";
}

std::optional<RequestRead> directRequestRead(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
    const Expr *Obj = MC->getImplicitObjectArgument();
    const CXXMethodDecl *MD = MC->getMethodDecl();
    if (!Obj || !MD)
      return std::nullopt;
    std::string Kind;
    if (isRequestRecord(objectRecord(Obj)))
      Kind = accessorKind(simpleName(MD));
    // req.url_params.get("k"), req.headers.find("k"): a member of the request.
    if (const auto *ME = dyn_cast<MemberExpr>(Obj->IgnoreParenImpCasts()))
      if (isRequestRecord(objectRecord(ME->getBase())))
        Kind = accessorKind(simpleName(ME->getMemberDecl()));
    // request.relative_uri().query(): a part of what a request accessor returns.
    if (const auto *Inner = dyn_cast<CXXMemberCallExpr>(stripWrappers(Obj)); Inner && Kind.empty())
      if (const Expr *Req = Inner->getImplicitObjectArgument(); Req && isRequestRecord(objectRecord(Req)))
        Kind = accessorKind(simpleName(MD));
    // A field of a parsed body: json::parse(req.body).value("pan", "").
    if (Kind.empty() && !firstStringArg(MC).empty())
      if (auto Base = findRequestRead(Obj))
        return RequestRead{Base->Kind, firstStringArg(MC), E};
    if (Kind.empty())
      return std::nullopt;
    return RequestRead{Kind, firstStringArg(MC), E};
  }
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E))
    if (OC->getOperator() == OO_Subscript && OC->getNumArgs() == 2) {
      std::string Key = stringLiteralText(OC->getArg(1)).value_or("");
      // Beast: req["X-Forwarded-For"], req[http::field::user_agent].
      if (isRequestRecord(objectRecord(OC->getArg(0)->IgnoreParenImpCasts()))) {
        if (const auto *DRE = dyn_cast<DeclRefExpr>(stripWrappers(OC->getArg(1))))
          Key = simpleName(DRE->getDecl());
        return RequestRead{"header", Key, E};
      }
      if (auto Base = findRequestRead(OC->getArg(0)))
        return RequestRead{Base->Kind, Key.empty() ? Base->Key : Key, E};
    }
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    if (isRequestRecord(objectRecord(ME->getBase())))
      if (std::string Kind = accessorKind(simpleName(ME->getMemberDecl())); !Kind.empty())
        return RequestRead{Kind, "", E};
  return std::nullopt;
}

std::optional<RequestRead> findRequestRead(const Expr *E) {
  std::set<const VarDecl *> Seen;
  return search(E, MaxVariableHops, Seen);
}

bool isPeerAddress(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  std::string Name;
  const Expr *Base = nullptr;
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    Name = simpleName(ME->getMemberDecl());
    Base = ME->getBase();
  } else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
    Name = simpleName(MC->getMethodDecl());
    Base = MC->getImplicitObjectArgument();
  }
  if (!Base)
    return false;
  return llvm::StringSwitch<bool>(Name)
      .Cases("remote_addr", "remote_ip_address", "peer", "getPeerAddr", "peerAddr", true)
      .Cases("remote_endpoint", "remoteAddress", "getRemoteAddress", "remote_address", true)
      .Default(false);
}

} // namespace pii
