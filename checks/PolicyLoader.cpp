// Reads a policy file: JSON syntax first (JsonPositions.h records where every
// key and value starts), then the schema, with one
// "<file>:<line>:<col>: error: ..." line for the first problem found.
#include "CheckCatalog.h"
#include "Exemptions.h"
#include "JsonPositions.h"
#include "Policy.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/MemoryBuffer.h"

#include <iterator>

namespace pii {

using llvm::ArrayRef;
using llvm::StringRef;
using llvm::Twine;

namespace {

using Json = nlohmann::ordered_json;
using JsonPointer = Json::json_pointer;

constexpr unsigned SupportedVersion = 1;

bool isNameChar(char C) { return llvm::isAlnum(C) || C == '_' || C == '-'; }

llvm::Error makeError(const Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
}

std::string formatDiagnostic(StringRef SourceName, const LineTable &Lines,
                             size_t Offset, const Twine &Message) {
  auto [Line, Column] = Lines.position(Offset);
  return (SourceName + ":" + Twine(Line) + ":" + Twine(Column) +
          ": error: " + Message)
      .str();
}

std::optional<StringRef> closestMatch(StringRef Word,
                                      ArrayRef<StringRef> Candidates) {
  std::optional<StringRef> Best;
  unsigned BestDistance = ~0u;
  for (StringRef Candidate : Candidates) {
    unsigned Distance = Word.edit_distance_insensitive(Candidate);
    if (Distance < BestDistance &&
        Distance <= std::max<size_t>(2, Candidate.size() / 3)) {
      Best = Candidate;
      BestDistance = Distance;
    }
  }
  return Best;
}

std::string quotedList(ArrayRef<StringRef> Items) {
  std::string Out;
  for (StringRef Item : Items)
    Out += (Out.empty() ? "'" : ", '") + Item.str() + "'";
  return Out;
}

/// "; did you mean 'x'?" or, when nothing is close, "; <Intro> 'a', 'b'".
std::string suggestion(StringRef Word, ArrayRef<StringRef> Candidates,
                       StringRef Intro) {
  if (std::optional<StringRef> Best = closestMatch(Word, Candidates))
    return ("; did you mean '" + *Best + "'?").str();
  if (Candidates.empty())
    return "";
  return ("; " + Intro + " " + quotedList(Candidates)).str();
}

std::vector<StringRef> checkNames() {
  std::vector<StringRef> Names;
  for (const CheckInfo &C : allChecks())
    Names.push_back(C.Name);
  return Names;
}

/// A place in the document: a JSON pointer to find its position, and the
/// dotted form ("rules[0].check") that messages show.
struct JsonPath {
  JsonPointer Pointer;
  std::string Display;

  JsonPath operator/(StringRef Key) const {
    return {Pointer / Key.str(),
            Display.empty() ? Key.str() : Display + "." + Key.str()};
  }
  JsonPath operator/(size_t Index) const {
    return {Pointer / Index, Display + "[" + std::to_string(Index) + "]"};
  }
};

/// Validates a parsed document against the policy schema and builds the
/// model. Sections are read in dependency order: rules and attachments refer
/// to categories and guard kinds.
class PolicyReader {
public:
  PolicyReader(StringRef SourceName, const LineTable &Lines,
               const JsonOffsets &Offsets)
      : SourceName(SourceName), Lines(Lines), Offsets(Offsets) {}

  llvm::Expected<Policy> read(Json Document);

private:
  llvm::Error readSections(const Json &Document);
  size_t valueOffset(const JsonPath &P) const {
    return Offsets.Values.lookup(P.Pointer.to_string());
  }
  size_t keyOffset(const JsonPath &P) const {
    auto It = Offsets.Keys.find(P.Pointer.to_string());
    return It == Offsets.Keys.end() ? valueOffset(P) : It->second;
  }
  llvm::Error errorAtValue(const JsonPath &P, const Twine &Message) const {
    return makeError(
        formatDiagnostic(SourceName, Lines, valueOffset(P), Message));
  }
  llvm::Error errorAtKey(const JsonPath &P, const Twine &Message) const {
    return makeError(
        formatDiagnostic(SourceName, Lines, keyOffset(P), Message));
  }
  llvm::Error typeError(const JsonPath &At, const JsonPath &Named,
                        StringRef Expected) const {
    return errorAtValue(At, "'" + Named.Display + "' must be " + Expected);
  }

  llvm::Error checkKeys(const Json &Object, const JsonPath &P,
                        ArrayRef<StringRef> Allowed) const;
  llvm::Error requireKey(const Json &Object, const JsonPath &P,
                         StringRef Key) const;
  llvm::Error expectObject(const Json &V, const JsonPath &P) const;
  llvm::Error readString(const Json &Object, const JsonPath &P, StringRef Key,
                         std::string &Out) const;
  llvm::Error readStrings(const Json &V, const JsonPath &P,
                          std::vector<std::string> &Out) const;
  llvm::Error readPatterns(const Json &V, const JsonPath &P,
                           NameSet &Out) const;
  llvm::Error readIndex(const Json &Object, const JsonPath &P, StringRef Key,
                        int Min, int &Out) const;
  llvm::Error checkName(StringRef Name, const JsonPath &P,
                        StringRef What) const;

  llvm::Error readVersion(const Json &Root);
  llvm::Error readPersonalData(const Json &V, const JsonPath &P);
  llvm::Error readCategory(const Json &V, const JsonPath &P, StringRef Name);
  llvm::Error readGuards(const Json &V, const JsonPath &P);
  llvm::Error readRules(const Json &V, const JsonPath &P);
  llvm::Error readRule(const Json &V, const JsonPath &P);
  llvm::Error checkReferences(const std::vector<std::string> &Names,
                              const JsonPath &P, StringRef What,
                              ArrayRef<StringRef> Known, bool AllowStar) const;
  llvm::Error readEndpoints(const Json &V, const JsonPath &P);
  llvm::Error readRegistration(const Json &V, const JsonPath &P);
  llvm::Error readAttachment(const Json &V, const JsonPath &P);
  llvm::Error readExemptions(const Json &V, const JsonPath &P);
  llvm::Error readExemption(const Json &V, const JsonPath &P);

  std::vector<StringRef> categoryNames() const;
  std::vector<StringRef> guardKinds() const;

  StringRef SourceName;
  const LineTable &Lines;
  const JsonOffsets &Offsets;
  Policy Result;
};

llvm::Error PolicyReader::checkKeys(const Json &Object, const JsonPath &P,
                                    ArrayRef<StringRef> Allowed) const {
  for (const auto &Item : Object.items()) {
    StringRef Key = Item.key();
    if (llvm::is_contained(Allowed, Key))
      continue;
    std::string Where = P.Display.empty() ? "" : " in '" + P.Display + "'";
    return errorAtKey(P / Key, "unknown key '" + Key + "'" + Where +
                                   suggestion(Key, Allowed, "valid keys are"));
  }
  return llvm::Error::success();
}

llvm::Error PolicyReader::requireKey(const Json &Object, const JsonPath &P,
                                     StringRef Key) const {
  if (Object.contains(Key.str()))
    return llvm::Error::success();
  std::string Where = P.Display.empty() ? "" : " in '" + P.Display + "'";
  return errorAtValue(P, "missing required key '" + Key + "'" + Where);
}

llvm::Error PolicyReader::expectObject(const Json &V, const JsonPath &P) const {
  return V.is_object() ? llvm::Error::success() : typeError(P, P, "an object");
}

llvm::Error PolicyReader::readString(const Json &Object, const JsonPath &P,
                                     StringRef Key, std::string &Out) const {
  auto It = Object.find(Key.str());
  if (It == Object.end())
    return llvm::Error::success();
  if (!It->is_string())
    return typeError(P / Key, P / Key, "a string");
  Out = It->get<std::string>();
  return llvm::Error::success();
}

llvm::Error PolicyReader::readStrings(const Json &V, const JsonPath &P,
                                      std::vector<std::string> &Out) const {
  if (!V.is_array())
    return typeError(P, P, "an array of strings");
  for (size_t I = 0; I < V.size(); ++I) {
    if (!V[I].is_string())
      return typeError(P / I, P, "an array of strings");
    Out.push_back(V[I].get<std::string>());
  }
  return llvm::Error::success();
}

llvm::Error PolicyReader::readPatterns(const Json &V, const JsonPath &P,
                                       NameSet &Out) const {
  std::vector<std::string> Texts;
  if (llvm::Error E = readStrings(V, P, Texts))
    return E;
  for (size_t I = 0; I < Texts.size(); ++I) {
    llvm::Expected<NamePattern> Pattern = NamePattern::create(Texts[I]);
    if (!Pattern)
      return errorAtValue(P / I, llvm::toString(Pattern.takeError()));
    Out.add(std::move(*Pattern));
  }
  return llvm::Error::success();
}

llvm::Error PolicyReader::readIndex(const Json &Object, const JsonPath &P,
                                    StringRef Key, int Min, int &Out) const {
  auto It = Object.find(Key.str());
  if (It == Object.end())
    return llvm::Error::success();
  if (!It->is_number_integer() || It->get<long long>() < Min ||
      It->get<long long>() > 255)
    return typeError(
        P / Key, P / Key,
        ("an argument index from " + Twine(Min) + " to 255").str());
  Out = It->get<int>();
  return llvm::Error::success();
}

llvm::Error PolicyReader::checkName(StringRef Name, const JsonPath &P,
                                    StringRef What) const {
  if (Name.empty() || !llvm::all_of(Name, isNameChar))
    return errorAtKey(P, "'" + Name + "' cannot name a " + What +
                             "; use letters, digits, '_' and '-'");
  return llvm::Error::success();
}

llvm::Expected<Policy> PolicyReader::read(Json Document) {
  if (llvm::Error E = readSections(Document))
    return E;
  Result.SourceName = SourceName.str();
  Result.Document = std::move(Document);
  return std::move(Result);
}

llvm::Error PolicyReader::readSections(const Json &Document) {
  JsonPath Root;
  if (!Document.is_object())
    return errorAtValue(Root, "a policy must be a JSON object");
  if (llvm::Error E = checkKeys(Document, Root,
                                {"$schema", "description", "version",
                                 "personal_data", "redactors", "guards",
                                 "rules", "endpoints", "exemptions"}))
    return E;
  std::string Ignored;
  for (StringRef Key : {"$schema", "description"})
    if (llvm::Error E = readString(Document, Root, Key, Ignored))
      return E;
  if (llvm::Error E = readVersion(Document))
    return E;
  for (StringRef Key : {"personal_data", "rules"})
    if (llvm::Error E = requireKey(Document, Root, Key))
      return E;
  if (llvm::Error E =
          readPersonalData(Document["personal_data"], Root / "personal_data"))
    return E;
  if (Document.contains("redactors"))
    if (llvm::Error E = readPatterns(Document["redactors"], Root / "redactors",
                                     Result.Redactors))
      return E;
  if (Document.contains("guards"))
    if (llvm::Error E = readGuards(Document["guards"], Root / "guards"))
      return E;
  if (llvm::Error E = readRules(Document["rules"], Root / "rules"))
    return E;
  Result.Frameworks = {"*"};
  if (Document.contains("endpoints"))
    if (llvm::Error E =
            readEndpoints(Document["endpoints"], Root / "endpoints"))
      return E;
  if (Document.contains("exemptions"))
    return readExemptions(Document["exemptions"], Root / "exemptions");
  return llvm::Error::success();
}

llvm::Error PolicyReader::readVersion(const Json &Root) {
  JsonPath P = JsonPath() / "version";
  if (llvm::Error E = requireKey(Root, JsonPath(), "version"))
    return E;
  const Json &V = Root["version"];
  if (!V.is_number_integer())
    return typeError(P, P, "an integer");
  if (V.get<long long>() != static_cast<long long>(SupportedVersion))
    return errorAtValue(P, "unsupported policy version " + V.dump() +
                               "; this pii-tidy reads version " +
                               Twine(SupportedVersion));
  Result.Version = SupportedVersion;
  return llvm::Error::success();
}

llvm::Error PolicyReader::readPersonalData(const Json &V, const JsonPath &P) {
  if (llvm::Error E = expectObject(V, P))
    return E;
  if (llvm::Error E = checkKeys(V, P, {"categories", "not_personal"}))
    return E;
  if (V.contains("not_personal"))
    if (llvm::Error E = readPatterns(V["not_personal"], P / "not_personal",
                                     Result.NotPersonal))
      return E;
  if (!V.contains("categories"))
    return llvm::Error::success();
  JsonPath CategoriesPath = P / "categories";
  const Json &Categories = V["categories"];
  if (llvm::Error E = expectObject(Categories, CategoriesPath))
    return E;
  for (const auto &Item : Categories.items())
    if (llvm::Error E =
            readCategory(Item.value(), CategoriesPath / Item.key(), Item.key()))
      return E;
  return llvm::Error::success();
}

llvm::Error PolicyReader::readCategory(const Json &V, const JsonPath &P,
                                       StringRef Name) {
  if (llvm::Error E = checkName(Name, P, "category"))
    return E;
  if (llvm::Error E = expectObject(V, P))
    return E;
  if (llvm::Error E = checkKeys(V, P, {"names", "types"}))
    return E;
  Category C;
  C.Name = Name.str();
  if (V.contains("names"))
    if (llvm::Error E = readPatterns(V["names"], P / "names", C.Names))
      return E;
  if (V.contains("types"))
    if (llvm::Error E = readPatterns(V["types"], P / "types", C.Types))
      return E;
  Result.Categories.push_back(std::move(C));
  return llvm::Error::success();
}

llvm::Error PolicyReader::readGuards(const Json &V, const JsonPath &P) {
  if (llvm::Error E = expectObject(V, P))
    return E;
  for (const auto &Item : V.items()) {
    JsonPath KindPath = P / Item.key();
    if (llvm::Error E = checkName(Item.key(), KindPath, "guard kind"))
      return E;
    NameSet Patterns;
    if (llvm::Error E = readPatterns(Item.value(), KindPath, Patterns))
      return E;
    Result.Guards.emplace_back(Item.key(), std::move(Patterns));
  }
  return llvm::Error::success();
}

llvm::Error PolicyReader::readRules(const Json &V, const JsonPath &P) {
  if (!V.is_array())
    return typeError(P, P, "an array of objects");
  for (size_t I = 0; I < V.size(); ++I)
    if (llvm::Error E = readRule(V[I], P / I))
      return E;
  return llvm::Error::success();
}

llvm::Error PolicyReader::readRule(const Json &V, const JsonPath &P) {
  if (llvm::Error E = expectObject(V, P))
    return E;
  if (llvm::Error E =
          checkKeys(V, P, {"check", "categories", "require_any", "severity"}))
    return E;
  if (llvm::Error E = requireKey(V, P, "check"))
    return E;
  Rule R;
  if (llvm::Error E = readString(V, P, "check", R.Check))
    return E;
  if (!findCheck(R.Check))
    return errorAtValue(
        P / "check", "unknown check '" + R.Check + "'" +
                         suggestion(R.Check, checkNames(), "known checks are"));
  if (Result.ruleFor(R.Check))
    return errorAtValue(P / "check", "a second rule for check '" + R.Check +
                                         "'; merge it into the first one");
  R.Categories = {"*"};
  if (V.contains("categories")) {
    R.Categories.clear();
    if (llvm::Error E =
            readStrings(V["categories"], P / "categories", R.Categories))
      return E;
    if (llvm::Error E = checkReferences(R.Categories, P / "categories",
                                        "category", categoryNames(),
                                        /*AllowStar=*/true))
      return E;
  }
  for (StringRef Kind : guardKinds())
    R.RequireAny.push_back(Kind.str());
  if (V.contains("require_any")) {
    R.RequireAny.clear();
    if (llvm::Error E =
            readStrings(V["require_any"], P / "require_any", R.RequireAny))
      return E;
    if (llvm::Error E = checkReferences(R.RequireAny, P / "require_any",
                                        "guard kind", guardKinds(),
                                        /*AllowStar=*/false))
      return E;
  }
  std::string Severity = "error";
  if (llvm::Error E = readString(V, P, "severity", Severity))
    return E;
  if (Severity != "error" && Severity != "warning")
    return errorAtValue(P / "severity",
                        "'" + (P / "severity").Display +
                            "' must be 'error' or 'warning', not '" + Severity +
                            "'");
  R.Level = Severity == "error" ? Severity::Error : Severity::Warning;
  Result.Rules.push_back(std::move(R));
  return llvm::Error::success();
}

llvm::Error PolicyReader::checkReferences(const std::vector<std::string> &Names,
                                          const JsonPath &P, StringRef What,
                                          ArrayRef<StringRef> Known,
                                          bool AllowStar) const {
  if (Names.empty())
    return errorAtValue(P, "'" + P.Display + "' must not be empty");
  for (size_t I = 0; I < Names.size(); ++I)
    if (!(AllowStar && Names[I] == "*") &&
        !llvm::is_contained(Known, StringRef(Names[I])))
      return errorAtValue(
          P / I, "unknown " + What + " '" + Names[I] + "' in '" + P.Display +
                     "'" + suggestion(Names[I], Known, "the policy defines"));
  return llvm::Error::success();
}

llvm::Error PolicyReader::readEndpoints(const Json &V, const JsonPath &P) {
  if (llvm::Error E = expectObject(V, P))
    return E;
  if (llvm::Error E =
          checkKeys(V, P, {"frameworks", "custom", "guard_attachments"}))
    return E;
  if (V.contains("frameworks")) {
    Result.Frameworks.clear();
    if (llvm::Error E =
            readStrings(V["frameworks"], P / "frameworks", Result.Frameworks))
      return E;
  }
  for (auto [Key, Read] :
       {std::make_pair("custom", &PolicyReader::readRegistration),
        std::make_pair("guard_attachments", &PolicyReader::readAttachment)}) {
    if (!V.contains(Key))
      continue;
    const Json &List = V[Key];
    if (!List.is_array())
      return typeError(P / Key, P / Key, "an array of objects");
    for (size_t I = 0; I < List.size(); ++I)
      if (llvm::Error E = (this->*Read)(List[I], P / Key / I))
        return E;
  }
  return llvm::Error::success();
}

llvm::Error PolicyReader::readRegistration(const Json &V, const JsonPath &P) {
  if (llvm::Error E = expectObject(V, P))
    return E;
  if (llvm::Error E = checkKeys(
          V, P,
          {"function", "path_arg", "handler_arg", "method_arg", "method"}))
    return E;
  if (llvm::Error E = requireKey(V, P, "function"))
    return E;
  CustomRegistration R;
  if (llvm::Error E = readString(V, P, "function", R.Function))
    return E;
  if (llvm::Expected<NamePattern> Pattern = NamePattern::create(R.Function);
      !Pattern)
    return errorAtValue(P / "function", llvm::toString(Pattern.takeError()));
  if (llvm::Error E = readIndex(V, P, "path_arg", 0, R.PathArg))
    return E;
  if (llvm::Error E = readIndex(V, P, "handler_arg", 0, R.HandlerArg))
    return E;
  if (llvm::Error E = readIndex(V, P, "method_arg", -1, R.MethodArg))
    return E;
  if (llvm::Error E = readString(V, P, "method", R.Method))
    return E;
  if (R.PathArg == R.HandlerArg)
    return errorAtValue(P, "'" + P.Display + "' uses argument " +
                               Twine(R.PathArg) +
                               " for both the path and the handler");
  if (R.MethodArg >= 0 && !R.Method.empty())
    return errorAtValue(P / "method", "'" + P.Display +
                                          "' has both 'method' and "
                                          "'method_arg'; give one");
  Result.CustomEndpoints.push_back(std::move(R));
  return llvm::Error::success();
}

llvm::Error PolicyReader::readAttachment(const Json &V, const JsonPath &P) {
  if (llvm::Error E = expectObject(V, P))
    return E;
  if (llvm::Error E = checkKeys(V, P, {"function", "kind"}))
    return E;
  for (StringRef Key : {"function", "kind"})
    if (llvm::Error E = requireKey(V, P, Key))
      return E;
  CustomGuardAttachment A;
  if (llvm::Error E = readString(V, P, "function", A.Function))
    return E;
  if (llvm::Expected<NamePattern> Pattern = NamePattern::create(A.Function);
      !Pattern)
    return errorAtValue(P / "function", llvm::toString(Pattern.takeError()));
  if (llvm::Error E = readString(V, P, "kind", A.Kind))
    return E;
  if (!Result.hasGuardKind(A.Kind))
    return errorAtValue(
        P / "kind", "unknown guard kind '" + A.Kind + "'" +
                        suggestion(A.Kind, guardKinds(), "the policy defines"));
  Result.CustomGuards.push_back(std::move(A));
  return llvm::Error::success();
}

llvm::Error PolicyReader::readExemptions(const Json &V, const JsonPath &P) {
  if (!V.is_array())
    return typeError(P, P, "an array of objects");
  for (size_t I = 0; I < V.size(); ++I)
    if (llvm::Error E = readExemption(V[I], P / I))
      return E;
  return llvm::Error::success();
}

llvm::Error PolicyReader::readExemption(const Json &V, const JsonPath &P) {
  if (llvm::Error E = expectObject(V, P))
    return E;
  if (llvm::Error E = checkKeys(
          V, P, {"endpoint", "handler", "check", "reason", "expires"}))
    return E;
  Exemption X;
  X.Check = "*";
  for (auto [Key, Field] :
       {std::make_pair("endpoint", &X.Endpoint),
        std::make_pair("handler", &X.Handler),
        std::make_pair("check", &X.Check), std::make_pair("reason", &X.Reason),
        std::make_pair("expires", &X.Expires)})
    if (llvm::Error E = readString(V, P, Key, *Field))
      return E;
  std::string Name = "'" + P.Display + "'";
  if (X.Endpoint.empty() == X.Handler.empty())
    return errorAtValue(P, Name + (X.Endpoint.empty()
                                       ? " needs an 'endpoint' or a 'handler'"
                                       : " has both 'endpoint' and 'handler'; "
                                         "write one exemption for each"));
  if (!findCheck(X.Check) && X.Check != "*")
    return errorAtValue(
        P / "check", "unknown check '" + X.Check + "'" +
                         suggestion(X.Check, checkNames(), "known checks are"));
  if (!V.contains("reason"))
    return errorAtValue(P, Name + " has no 'reason'; every exemption must "
                                  "say why it is safe");
  if (StringRef(X.Reason).trim().empty())
    return errorAtValue(P / "reason",
                        "'" + (P / "reason").Display + "' must not be empty");
  if (V.contains("expires")) {
    std::string Field = "'" + (P / "expires").Display + "' ";
    switch (checkIsoDate(X.Expires)) {
    case DateProblem::Format:
      return errorAtValue(P / "expires", Field +
                                             "must be a date written "
                                             "YYYY-MM-DD, not '" +
                                             X.Expires + "'");
    case DateProblem::NoSuchDay:
      return errorAtValue(P / "expires", Field + "is not a calendar date: '" +
                                             X.Expires + "'");
    case DateProblem::None:
      break;
    }
  }
  std::tie(X.Line, X.Column) = Lines.position(valueOffset(P));
  Result.Exemptions.push_back(std::move(X));
  return llvm::Error::success();
}

std::vector<StringRef> PolicyReader::categoryNames() const {
  std::vector<StringRef> Names;
  for (const Category &C : Result.Categories)
    Names.push_back(C.Name);
  return Names;
}

std::vector<StringRef> PolicyReader::guardKinds() const {
  std::vector<StringRef> Kinds;
  for (const auto &Guard : Result.Guards)
    Kinds.push_back(Guard.first);
  return Kinds;
}

} // namespace

llvm::Expected<Policy> parsePolicy(StringRef Text, StringRef SourceName) {
  LineTable Lines(Text);
  JsonOffsets Offsets;
  if (std::optional<SyntaxError> E = scanJson(Text, Offsets))
    return makeError(
        formatDiagnostic(SourceName, Lines, E->Offset, E->Message));
  // The scan accepted the text, so this parse cannot fail.
  Json Document = Json::parse(Text.begin(), Text.end());
  return PolicyReader(SourceName, Lines, Offsets).read(std::move(Document));
}

llvm::Expected<Policy> loadPolicyFile(StringRef Path) {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
      llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer)
    return makeError(Path + ": error: cannot read policy file: " +
                     Buffer.getError().message());
  return parsePolicy((*Buffer)->getBuffer(), Path);
}

} // namespace pii
