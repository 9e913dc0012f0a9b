// The policy model: what is personal data, what is a guard, which rules apply.
#pragma once

#include "NameMatcher.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace pii {

enum class Severity { Warning, Error };

struct Category {
  std::string Name;   // e.g. "national_id"
  NameSet Names;      // identifiers, getters, JSON keys
  NameSet Types;      // record types whose values are wholly this category
};

struct Rule {
  std::string Check;                    // a name from CheckCatalog
  std::vector<std::string> Categories;  // category names, or "*"
  std::vector<std::string> RequireAny;  // guard kinds; any one suffices
  Severity Level = Severity::Error;
  bool coversCategory(llvm::StringRef Category) const;
};

struct Exemption {
  std::string Endpoint;  // "GET /internal/export"; empty when Handler is set
  std::string Handler;   // qualified handler name; empty when Endpoint is set
  std::string Check;     // check name or "*"
  std::string Reason;    // required
  std::string Expires;   // "YYYY-MM-DD" or empty (never)
  unsigned Line = 0, Column = 0;  // where it is written in the policy file
};

/// A home-grown framework's route registration function.
struct CustomRegistration {
  std::string Function;  // qualified-name pattern, e.g. "myrpc::Router::add"
  int PathArg = 0;       // argument index of the route string
  int HandlerArg = 1;    // argument index of the handler
  int MethodArg = -1;    // argument index of the method, or -1
  std::string Method;    // fixed method when MethodArg is -1 (e.g. "GET")
};

/// A function that attaches a guard to a route (home-grown middleware).
struct CustomGuardAttachment {
  std::string Function;  // qualified-name pattern
  std::string Kind;      // guard kind it provides
};

struct Classification {
  std::string Category;
  std::string Pattern;  // the policy pattern that matched, for explanations
};

class Policy {
public:
  unsigned Version = 1;
  std::string SourceName;  // the file it came from, or "<default policy>"
  std::vector<Category> Categories;
  NameSet NotPersonal;
  NameSet Redactors;
  std::vector<std::pair<std::string, NameSet>> Guards;  // kind -> patterns
  std::vector<Rule> Rules;
  std::vector<std::string> Frameworks;  // names, or "*"
  std::vector<CustomRegistration> CustomEndpoints;
  std::vector<CustomGuardAttachment> CustomGuards;
  std::vector<Exemption> Exemptions;
  // The validated input, keys in written order, for --dump-policy.
  nlohmann::ordered_json Document;

  /// The category of an identifier (field, variable, getter, JSON key), or
  /// none. Names matching not_personal are never personal.
  std::optional<Classification> classifyName(llvm::StringRef SimpleName,
                                             llvm::StringRef QualifiedName = "") const;
  /// The category of a record type named in a category's "types".
  std::optional<Classification> classifyType(llvm::StringRef SimpleName,
                                             llvm::StringRef QualifiedName) const;
  bool isNotPersonal(llvm::StringRef SimpleName, llvm::StringRef QualifiedName = "") const;
  bool isRedactor(llvm::StringRef SimpleName, llvm::StringRef QualifiedName) const;
  /// The guard kind ("otp", "allowlist", "auth", ...) of a callee, or none.
  std::optional<std::string> guardKind(llvm::StringRef SimpleName,
                                       llvm::StringRef QualifiedName) const;
  bool hasCategory(llvm::StringRef Name) const;
  bool hasGuardKind(llvm::StringRef Kind) const;
  /// The rule for a check, or nullptr when the policy does not enable it.
  const Rule *ruleFor(llvm::StringRef Check) const;
  bool frameworkEnabled(llvm::StringRef Framework) const;
};

/// Parses and validates a policy. Errors read "<name>:<line>:<col>: error:
/// <what is wrong>", naming the closest valid key for an unknown one.
llvm::Expected<Policy> parsePolicy(llvm::StringRef Text, llvm::StringRef SourceName);
llvm::Expected<Policy> loadPolicyFile(llvm::StringRef Path);
/// The bundled policies/default.json, compiled into the binary.
llvm::StringRef defaultPolicyText();
llvm::Expected<Policy> loadDefaultPolicy();

} // namespace pii
