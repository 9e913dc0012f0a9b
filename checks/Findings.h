// Plain data produced by the analysis: endpoints and findings. Locations are
// file/line/column so that facts can be written out, cached and merged.
#pragma once

#include "Policy.h"

#include <string>
#include <vector>

namespace pii {

struct SourcePos {
  std::string File;  // as the compiler saw it (absolute or as given)
  unsigned Line = 0, Column = 0;
  bool valid() const { return Line != 0; }
  friend bool operator<(const SourcePos &A, const SourcePos &B) {
    return std::tie(A.File, A.Line, A.Column) < std::tie(B.File, B.Line, B.Column);
  }
  friend bool operator==(const SourcePos &A, const SourcePos &B) {
    return std::tie(A.File, A.Line, A.Column) == std::tie(B.File, B.Line, B.Column);
  }
};

struct Note {
  SourcePos Where;
  std::string Message;
};

/// A personal value that reaches a response.
struct PersonalValue {
  std::string Name;      // the identifier or key, e.g. "aadhaar"
  std::string Category;  // e.g. "national_id"
  SourcePos Where;       // where it is read
  bool FromType = false; // known only by its record type (less specific)
  std::vector<Note> Via; // calls it came out of, outermost first (Message: callee)
};

/// A guard found on the way to a response and how it protects it.
struct GuardUse {
  std::string Callee;  // e.g. "verifyOtp"
  std::string Kind;    // policy guard kind
  SourcePos Where;
  std::string How;     // "dominating call", "wrapper 'checkAccess'", "route-attached"
  bool Protects = false;
  std::string WhyNot;  // when !Protects: "its result is ignored", ...
};

struct Endpoint {
  std::string Framework;   // "cpp-httplib", "crow", ...
  std::string Method;      // "GET", "POST", ..., or "ANY"
  std::string Route;       // "/beneficiary"; "<dynamic>" when not a literal
  std::string HandlerName; // qualified name, or "lambda at file:line"
  SourcePos Registration;
  SourcePos Handler;
  bool HandlerResolved = true;
  std::vector<PersonalValue> Returns;  // personal data that reaches a response
  std::vector<GuardUse> Guards;
  std::string Verdict;  // "guarded", "unguarded", "no-personal-data", "unresolved"
  std::string label() const { return Method + " " + Route; }
};

struct Finding {
  std::string Check;
  Severity Level = Severity::Error;
  SourcePos Where;
  std::string Message;      // without the "[check]" suffix
  std::vector<Note> Notes;
  std::string EndpointLabel;  // "GET /beneficiary"
  std::string HandlerName;
  std::vector<std::string> Categories;  // sorted, unique
};

/// A finding of rule R about endpoint E at Where, without notes yet.
inline Finding makeFinding(const Rule &R, const Endpoint &E, SourcePos Where, std::string Message) {
  Finding F;
  F.Check = R.Check;
  F.Level = R.Level;
  F.Where = std::move(Where);
  F.Message = std::move(Message);
  F.EndpointLabel = E.label();
  F.HandlerName = E.HandlerName;
  return F;
}

} // namespace pii
