#include "PersonalDataFlow.h"

#include "AstUtil.h"
#include "Classifier.h"
#include "FunctionAnalysis.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/StringSwitch.h"

using namespace clang;

namespace pii {

namespace {

constexpr unsigned MaxFixpointRounds = 8;

/// Calls whose result is a size or a flag, never the data itself.
bool isAggregateCallee(llvm::StringRef Name) {
  return llvm::StringSwitch<bool>(Name)
      .Cases("size", "length", "count", "empty", "capacity", "max_size", true)
      .Cases("contains", "find_first_of", "compare", "hash", true)
      .Default(false);
}

bool isComparisonOrLogical(BinaryOperatorKind K) {
  return BinaryOperator::isComparisonOp(K) || BinaryOperator::isLogicalOp(K);
}

bool isComparisonOperator(OverloadedOperatorKind K) {
  switch (K) {
  case OO_EqualEqual: case OO_ExclaimEqual: case OO_Less: case OO_Greater:
  case OO_LessEqual: case OO_GreaterEqual: case OO_Spaceship:
  case OO_AmpAmp: case OO_PipePipe: case OO_Exclaim:
    return true;
  default:
    return false;
  }
}

/// Operators that write their right operands into their left one.
bool isWritingOperator(OverloadedOperatorKind K) {
  switch (K) {
  case OO_Equal: case OO_PlusEqual: case OO_LessLess: case OO_LessLessEqual:
  case OO_PipeEqual:
    return true;
  default:
    return false;
  }
}

SourceLocation calleeNameLoc(const CallExpr *C) {
  const Expr *Callee = C->getCallee()->IgnoreParenImpCasts();
  if (const auto *ME = dyn_cast<MemberExpr>(Callee))
    return ME->getMemberLoc();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(Callee))
    return DRE->getLocation();
  return C->getBeginLoc();
}

bool isNonConstRefOrPointer(QualType T) {
  if (T->isReferenceType())
    return !T.getNonReferenceType().isConstQualified();
  if (T->isPointerType())
    return !T->getPointeeType().isConstQualified();
  return false;
}

} // namespace

namespace {

/// The walk of rootVariable and writeTarget; ThisMembers: stop at a data
/// member of `this`.
const ValueDecl *rootOf(const Expr *E, bool ThisMembers) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      return dyn_cast<VarDecl>(DRE->getDecl());
    if (const auto *ME = dyn_cast<MemberExpr>(E)) {
      if (ThisMembers && isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()))
        return dyn_cast<FieldDecl>(ME->getMemberDecl());
      E = ME->getBase();
      continue;
    }
    if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
      E = AS->getBase();
      continue;
    }
    if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
      E = UO->getSubExpr();
      continue;
    }
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E)) {
      OverloadedOperatorKind K = OC->getOperator();
      // Stream insertion returns the stream: `os << a << b` writes into os.
      if ((K == OO_Subscript || K == OO_Star || K == OO_Arrow || K == OO_LessLess) &&
          OC->getNumArgs() > 0) {
        E = OC->getArg(0);
        continue;
      }
      return nullptr;
    }
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
      // Accessors returning references: j.at("k"), msg.mutable_item().
      if (MC->getType()->isReferenceType() || MC->getType()->isPointerType() ||
          MC->isLValue()) {
        E = MC->getImplicitObjectArgument();
        continue;
      }
      return nullptr;
    }
    return nullptr;
  }
  return nullptr;
}

} // namespace

const VarDecl *rootVariable(const Expr *E) {
  return cast_or_null<VarDecl>(rootOf(E, /*ThisMembers=*/false));
}

const ValueDecl *writeTarget(const Expr *E) { return rootOf(E, /*ThisMembers=*/true); }

bool PersonalDataFlow::isNeutralValue(const Expr *E) {
  E = stripWrappers(E);
  if (!E)
    return true;
  if (isa<StringLiteral, IntegerLiteral, FloatingLiteral, CXXBoolLiteralExpr, CharacterLiteral,
          CXXNullPtrLiteralExpr>(E))
    return true;
  // A masked value or a count under a personal key is not personal.
  if (const auto *C = dyn_cast<CallExpr>(E))
    if (const FunctionDecl *Callee = C->getDirectCallee())
      if (AC.policy().isRedactor(simpleName(Callee), qualifiedName(Callee)))
        return true;
  return isScalarType(E->getType()) && eval(E).empty();
}

const Expr *argumentForParam(const CallExpr *C, unsigned I) {
  unsigned Shift = 0;
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(C))
    if (isa_and_nonnull<CXXMethodDecl>(OC->getDirectCallee()))
      Shift = 1;
  if (I + Shift >= C->getNumArgs())
    return nullptr;
  return C->getArg(I + Shift);
}

PersonalDataFlow::PersonalDataFlow(const FunctionDecl *F, AnalysisContext &AC)
    : F(F), AC(AC) {
  for (unsigned I = 0; I < F->getNumParams(); ++I)
    ParamIndex[F->getParamDecl(I)] = I;
  if (F->getBody())
    collectWrites(F->getBody());
  solveWrites();
}

const PiiSet &PersonalDataFlow::written(const ValueDecl *V) const {
  auto It = Written.find(V);
  return It == Written.end() ? None : It->second;
}

void PersonalDataFlow::addWrite(const Expr *Dest, const Expr *Source, PiiSet Extra) {
  if (const ValueDecl *V = writeTarget(Dest))
    Writes.push_back({V, Source, std::move(Extra)});
}

void PersonalDataFlow::collectWrites(const Stmt *S) {
  if (!S || isa<LambdaExpr>(S))
    return;
  if (const auto *DS = dyn_cast<DeclStmt>(S)) {
    for (const Decl *D : DS->decls())
      if (const auto *VD = dyn_cast<VarDecl>(D))
        if (const Expr *Init = VD->getInit())
          Writes.push_back({VD, Init, {}});
  } else if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
    if (BO->isAssignmentOp()) {
      addWrite(BO->getLHS(), BO->getRHS());
      if (!isNeutralValue(BO->getRHS()))  // the key of `j["aadhaar"] = x`
        addWrite(BO->getLHS(), BO->getLHS());
    }
  } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(S)) {
    if (isWritingOperator(OC->getOperator()) && OC->getNumArgs() == 2) {
      addWrite(OC->getArg(0), OC->getArg(1));
      if (!isNeutralValue(OC->getArg(1)))
        addWrite(OC->getArg(0), OC->getArg(0));
    }
  } else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(S)) {
    const CXXMethodDecl *MD = MC->getMethodDecl();
    if (MD && !MD->isConst() && !isa<CXXThisExpr>(MC->getImplicitObjectArgument()->IgnoreParenImpCasts())) {
      PiiSet Extra;
      // protobuf-style set_mobile(x) writes the field named mobile
      std::string Method = simpleName(MD);
      llvm::StringRef Field(Method);
      Field.consume_front("set_");
      if (auto C = classifyCallee(MD, AC.policy()))
        addNamed(Extra, Field.str(), *C, calleeNameLoc(MC));
      for (const Expr *Arg : MC->arguments())
        addWrite(MC->getImplicitObjectArgument(), Arg, Extra);
      if (MC->getNumArgs() == 0 && !Extra.empty())
        Writes.push_back({writeTarget(MC->getImplicitObjectArgument()), nullptr, Extra});
    }
  }
  if (const auto *C = dyn_cast<CallExpr>(S)) {
    const FunctionDecl *Callee = C->getDirectCallee();
    if (const FunctionSummary *Sum = AC.summaryOf(Callee)) {
      for (const auto &[Index, Facts] : Sum->ParamWrites)
        if (const Expr *Arg = argumentForParam(C, Index))
          if (const ValueDecl *V = writeTarget(Arg))
            Writes.push_back({V, nullptr, bindArguments(Facts, C)});
    } else if (Callee && !isa<CXXOperatorCallExpr>(C) && !isa<CXXMemberCallExpr>(C)) {
      // Unknown free functions (snprintf, format_to): non-const reference or
      // pointer arguments receive the other arguments.
      unsigned N = std::min<unsigned>(Callee->getNumParams(), C->getNumArgs());
      for (unsigned I = 0; I < N; ++I) {
        if (!isNonConstRefOrPointer(Callee->getParamDecl(I)->getType()))
          continue;
        for (unsigned J = 0; J < C->getNumArgs(); ++J)
          if (J != I)
            addWrite(C->getArg(I), C->getArg(J));
      }
    }
  }
  for (const Stmt *Child : S->children())
    collectWrites(Child);
}

void PersonalDataFlow::solveWrites() {
  Writes.erase(std::remove_if(Writes.begin(), Writes.end(),
                              [](const Write &W) { return !W.Target; }),
               Writes.end());
  for (unsigned Round = 0; Round < MaxFixpointRounds; ++Round) {
    bool Changed = false;
    for (const Write &W : Writes) {
      PiiSet Flow = W.Extra;
      if (W.Source)
        Flow.merge(eval(W.Source));
      Changed |= Written[W.Target].merge(Flow);
    }
    if (!Changed)
      break;
  }
}

void PersonalDataFlow::addNamed(PiiSet &Out, const std::string &Name,
                                const Classification &C, SourceLocation Loc, bool FromType) {
  Out.add({Name, C.Category, toSourcePos(AC.ast().getSourceManager(), Loc), FromType});
}

void PersonalDataFlow::addKey(PiiSet &Out, const Expr *MaybeKey) {
  const StringLiteral *SL = asStringLiteral(MaybeKey);
  if (!SL || SL->getCharByteWidth() != 1 || !isKeyLike(SL->getString()))
    return;
  if (auto C = AC.policy().classifyName(SL->getString()))
    addNamed(Out, SL->getString().str(), *C, SL->getBeginLoc());
}

PiiSet PersonalDataFlow::bindArguments(const PiiSet &CalleeFacts, const CallExpr *C) {
  PiiSet Out;
  Note Call{toSourcePos(AC.ast().getSourceManager(), C->getBeginLoc()),
            simpleName(C->getDirectCallee())};
  for (PersonalValue V : CalleeFacts.Values) {
    V.Via.insert(V.Via.begin(), Call);
    Out.add(V);
  }
  for (unsigned P : CalleeFacts.Params)
    if (const Expr *Arg = argumentForParam(C, P))
      Out.merge(eval(Arg));
  return Out;
}

PiiSet PersonalDataFlow::eval(const Expr *E) {
  if (!E)
    return {};
  E = E->IgnoreParens();
  if (isa<StringLiteral, IntegerLiteral, FloatingLiteral, CXXBoolLiteralExpr,
          CharacterLiteral, CXXNullPtrLiteralExpr, LambdaExpr, CXXThisExpr,
          UnaryExprOrTypeTraitExpr, CXXDefaultArgExpr, GNUNullExpr>(E))
    return {};
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    return evalDeclRef(DRE);
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    return evalMember(ME);
  if (const auto *C = dyn_cast<CallExpr>(E))
    return evalCall(C);
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E))
    return evalConstruct(CE);
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    if (isComparisonOrLogical(BO->getOpcode()))
      return {};
    PiiSet Out = eval(BO->getLHS());
    Out.merge(eval(BO->getRHS()));
    return Out;
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(E))
    return UO->getOpcode() == UO_LNot ? PiiSet{} : eval(UO->getSubExpr());
  if (const auto *CO = dyn_cast<AbstractConditionalOperator>(E)) {
    PiiSet Out = eval(CO->getTrueExpr());
    Out.merge(eval(CO->getFalseExpr()));
    return Out;
  }
  if (const auto *IL = dyn_cast<InitListExpr>(E)) {
    PiiSet Out = evalChildren(IL);
    if (IL->getNumInits() == 2)  // {"key", value} pairs of JSON objects
      if (!isNeutralValue(IL->getInit(1)))
        addKey(Out, IL->getInit(0));
    return Out;
  }
  return evalChildren(E);
}

PiiSet PersonalDataFlow::evalChildren(const Stmt *S) {
  PiiSet Out;
  for (const Stmt *Child : S->children())
    if (const auto *CE = dyn_cast_or_null<Expr>(Child))
      Out.merge(eval(CE));
  return Out;
}

PiiSet PersonalDataFlow::evalDeclRef(const DeclRefExpr *DRE) {
  const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
  if (!VD)
    return {};
  const Policy &P = AC.policy();
  if (isDeclNotPersonal(VD, P))
    return {};
  PiiSet Out = written(VD);
  if (const auto *PVD = dyn_cast<ParmVarDecl>(VD)) {
    auto It = ParamIndex.find(PVD);
    if (It != ParamIndex.end())
      Out.Params.insert(It->second);
  }
  if (auto C = classifyDecl(VD, P))
    addNamed(Out, simpleName(VD), *C, DRE->getLocation());
  if (auto T = classifyType(VD->getType(), P))
    addNamed(Out, T->Name, T->Class, DRE->getLocation(), /*FromType=*/true);
  return Out;
}

PiiSet PersonalDataFlow::evalMember(const MemberExpr *ME) {
  const Policy &P = AC.policy();
  const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl());
  if (!FD)
    return eval(ME->getBase());
  if (isDeclNotPersonal(FD, P))
    return {};
  PiiSet Out;
  if (auto C = classifyDecl(FD, P))
    addNamed(Out, simpleName(FD), *C, ME->getMemberLoc());
  if (auto T = classifyType(FD->getType(), P))
    addNamed(Out, T->Name, T->Class, ME->getMemberLoc(), /*FromType=*/true);
  // A data member of `this` carries what the function writes into it.
  if (isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()))
    Out.merge(written(FD));
  if (!Out.empty() || isScalarType(FD->getType()))
    return Out;
  // An unclassified field of a personal record carries the record's data.
  if (!isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()))
    for (const PersonalValue &V : eval(ME->getBase()).Values)
      if (!V.FromType)  // a record's type says nothing about this field
        Out.add(V);
  return Out;
}

PiiSet PersonalDataFlow::evalCall(const CallExpr *C) {
  const Policy &P = AC.policy();
  const FunctionDecl *Callee = C->getDirectCallee();
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(C)) {
    if (isComparisonOperator(OC->getOperator()))
      return {};
    if (OC->getOperator() == OO_Subscript && OC->getNumArgs() == 2) {
      PiiSet Out = eval(OC->getArg(0));
      addKey(Out, OC->getArg(1));
      Out.merge(eval(OC->getArg(1)));
      return Out;
    }
  }
  if (!Callee)
    return evalChildren(C);
  std::string Name = simpleName(Callee);
  if (P.isRedactor(Name, qualifiedName(Callee)) || isAggregateCallee(Name))
    return {};
  PiiSet Out;
  auto Named = classifyCallee(Callee, P);
  if (Named)
    addNamed(Out, Name, *Named, calleeNameLoc(C));
  else if (isScalarType(C->getCallReturnType(AC.ast())))
    return {};
  if (auto T = classifyType(C->getCallReturnType(AC.ast()), P))
    addNamed(Out, T->Name, T->Class, calleeNameLoc(C), /*FromType=*/true);
  if (Named)  // a getter's name is the clearest account of what it returns
    return Out;

  if (const FunctionSummary *Sum = AC.summaryOf(Callee)) {
    Out.merge(bindArguments(Sum->Returns, C));
    return Out;
  }
  // Declared-only user functions are neither sources nor conduits unless the
  // policy names them; library functions (std, JSON, frameworks) pass their
  // inputs through.
  if (!isLibraryDecl(Callee))
    return Out;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(C))
    if (const Expr *Obj = MC->getImplicitObjectArgument())
      if (!isa<CXXThisExpr>(Obj->IgnoreParenImpCasts()))
        Out.merge(eval(Obj));
  for (const Expr *Arg : C->arguments()) {
    Out.merge(eval(Arg));
    if (!isa<CXXOperatorCallExpr>(C))
      addKey(Out, Arg);  // req.get_param_value("aadhaar"), j.value("mobile", "")
  }
  return Out;
}

PiiSet PersonalDataFlow::evalConstruct(const CXXConstructExpr *CE) {
  const Policy &P = AC.policy();
  PiiSet Out;
  if (auto T = classifyType(CE->getType(), P))
    addNamed(Out, T->Name, T->Class, CE->getBeginLoc(), /*FromType=*/true);
  const CXXRecordDecl *Constructed = CE->getType()->getAsCXXRecordDecl();
  if (Constructed && qualifiedName(Constructed) == "std::pair" && CE->getNumArgs() == 2 &&
      !isNeutralValue(CE->getArg(1)))
    addKey(Out, CE->getArg(0));
  for (const Expr *Arg : CE->arguments()) {
    Out.merge(eval(Arg));
    // Conversion of a record to JSON through a user-defined to_json.
    const CXXRecordDecl *ArgRecord = recordOf(Arg->getType());
    if (ArgRecord && ArgRecord != Constructed)
      if (const FunctionDecl *ToJson = AC.toJsonFor(ArgRecord)) {
        auto It = AC.summary(ToJson).ParamWrites.find(0);
        if (It != AC.summary(ToJson).ParamWrites.end()) {
          for (const PersonalValue &V : It->second.Values)
            Out.add(V);
          if (It->second.Params.count(1))
            Out.merge(eval(Arg));
        }
      }
  }
  return Out;
}

} // namespace pii
