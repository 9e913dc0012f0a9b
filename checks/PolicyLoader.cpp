// Reads a policy file: JSON syntax first (recording where every key and value
// starts, since nlohmann/json 3.11 keeps no positions), then the schema, with
// one "<file>:<line>:<col>: error: ..." line for the first problem found.
#include "CheckCatalog.h"
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

llvm::Error makeError(const Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
}

/// Maps byte offsets to 1-based line and column.
class LineTable {
public:
  explicit LineTable(StringRef Text) {
    LineStarts.push_back(0);
    for (size_t I = 0; I < Text.size(); ++I)
      if (Text[I] == '\n')
        LineStarts.push_back(I + 1);
  }

  std::pair<unsigned, unsigned> position(size_t Offset) const {
    auto Next = llvm::upper_bound(LineStarts, Offset);
    size_t Line = Next - LineStarts.begin();
    return {unsigned(Line), unsigned(Offset - *std::prev(Next) + 1)};
  }

private:
  std::vector<size_t> LineStarts;
};

/// Where each key and each value starts, by JSON pointer.
struct JsonOffsets {
  llvm::StringMap<size_t> Keys;
  llvm::StringMap<size_t> Values;
};

struct SyntaxError {
  size_t Offset;
  std::string Message;
};

/// Hands the parser one character at a time and counts what it has read.
class CountingIterator {
public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char *;
  using reference = const char &;

  CountingIterator(const char *Position, size_t *Consumed)
      : Position(Position), Consumed(Consumed) {}
  reference operator*() const { return *Position; }
  CountingIterator &operator++() {
    ++Position;
    ++*Consumed;
    return *this;
  }
  bool operator==(const CountingIterator &O) const {
    return Position == O.Position;
  }
  bool operator!=(const CountingIterator &O) const { return !(*this == O); }

private:
  const char *Position;
  size_t *Consumed;
};

bool isNameChar(char C) { return llvm::isAlnum(C) || C == '_' || C == '-'; }

bool isBareTokenChar(char C) {
  return llvm::isAlnum(C) || C == '+' || C == '-' || C == '.';
}

// "parse error at line 2, column 5: syntax error ..." -> "syntax error ...";
// the position is printed in our own format.
std::string describeParseError(StringRef What) {
  What = What.split("] ").second;
  if (What.starts_with("parse error"))
    What = What.split(": ").second;
  return ("invalid JSON: " + What).str();
}

/// Records where keys and values start. The parser calls back right after
/// reading a token (a number: one character later), so each start is found
/// by scanning back from the number of characters read.
class OffsetRecorder : public nlohmann::json_sax<Json> {
public:
  OffsetRecorder(StringRef Text, const size_t &Consumed, JsonOffsets &Offsets)
      : Text(Text), Consumed(Consumed), Offsets(Offsets) {}

  std::optional<SyntaxError> Error;

  bool null() override { return value(bareTokenStart()); }
  bool boolean(bool) override { return value(bareTokenStart()); }
  bool number_integer(number_integer_t) override {
    return value(bareTokenStart());
  }
  bool number_unsigned(number_unsigned_t) override {
    return value(bareTokenStart());
  }
  bool number_float(number_float_t, const string_t &) override {
    return value(bareTokenStart());
  }
  bool string(string_t &) override { return value(stringStart()); }
  bool binary(binary_t &) override { return value(Consumed - 1); }
  bool start_object(std::size_t) override { return open(true); }
  bool start_array(std::size_t) override { return open(false); }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }

  bool key(string_t &Key) override {
    Frame &F = Stack.back();
    size_t Start = stringStart();
    if (!F.Keys.insert(Key).second) {
      Error = SyntaxError{Start, "duplicate key '" + Key + "'"};
      return false;
    }
    F.Key = Key;
    Offsets.Keys[(F.Pointer / Key).to_string()] = Start;
    return true;
  }

  bool parse_error(std::size_t Position, const std::string &,
                   const nlohmann::detail::exception &E) override {
    Error = SyntaxError{Position > 0 ? Position - 1 : 0,
                        describeParseError(E.what())};
    return false;
  }

private:
  struct Frame {
    JsonPointer Pointer;
    bool IsObject;
    size_t NextIndex = 0;
    std::string Key;
    llvm::StringSet<> Keys;
  };

  JsonPointer nextValuePointer() {
    if (Stack.empty())
      return JsonPointer();
    Frame &F = Stack.back();
    return F.IsObject ? F.Pointer / F.Key : F.Pointer / F.NextIndex++;
  }

  bool value(size_t Start) {
    Offsets.Values[nextValuePointer().to_string()] = Start;
    return true;
  }

  bool open(bool IsObject) {
    JsonPointer Pointer = nextValuePointer();
    Offsets.Values[Pointer.to_string()] = Consumed - 1;
    Stack.push_back(Frame{std::move(Pointer), IsObject, 0, {}, {}});
    return true;
  }

  bool close() {
    Stack.pop_back();
    return true;
  }

  bool isEscaped(size_t Quote) const {
    size_t Backslashes = 0;
    while (Backslashes < Quote && Text[Quote - Backslashes - 1] == '\\')
      ++Backslashes;
    return Backslashes % 2 == 1;
  }

  // The parser has just read the closing quote.
  size_t stringStart() const {
    size_t I = Consumed - 1;
    while (I-- > 0)
      if (Text[I] == '"' && !isEscaped(I))
        return I;
    return 0;
  }

  // Numbers end only at the next character, which has been read too.
  size_t bareTokenStart() const {
    size_t Start = Consumed;
    if (Start > 0 && !isBareTokenChar(Text[Start - 1]))
      --Start;
    while (Start > 0 && isBareTokenChar(Text[Start - 1]))
      --Start;
    return Start;
  }

  StringRef Text;
  const size_t &Consumed;
  JsonOffsets &Offsets;
  std::vector<Frame> Stack;
};

std::optional<SyntaxError> scanJson(StringRef Text, JsonOffsets &Offsets) {
  size_t Consumed = 0;
  OffsetRecorder Recorder(Text, Consumed, Offsets);
  CountingIterator Begin(Text.begin(), &Consumed), End(Text.end(), &Consumed);
  Json::sax_parse(Begin, End, &Recorder);
  return Recorder.Error;
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

bool isLeapYear(unsigned Year) {
  return (Year % 4 == 0 && Year % 100 != 0) || Year % 400 == 0;
}

enum class DateProblem { None, Format, NoSuchDay };

DateProblem checkDate(StringRef Date) {
  if (Date.size() != 10)
    return DateProblem::Format;
  for (size_t I = 0; I < Date.size(); ++I)
    if (I == 4 || I == 7 ? Date[I] != '-' : !llvm::isDigit(Date[I]))
      return DateProblem::Format;
  unsigned Year = 0, Month = 0, Day = 0;
  Date.substr(0, 4).getAsInteger(10, Year);
  Date.substr(5, 2).getAsInteger(10, Month);
  Date.substr(8, 2).getAsInteger(10, Day);
  static const unsigned DaysInMonth[] = {31, 28, 31, 30, 31, 30,
                                         31, 31, 30, 31, 30, 31};
  if (Year == 0 || Month < 1 || Month > 12 || Day < 1)
    return DateProblem::NoSuchDay;
  unsigned Last = DaysInMonth[Month - 1] + (Month == 2 && isLeapYear(Year));
  return Day > Last ? DateProblem::NoSuchDay : DateProblem::None;
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
    switch (checkDate(X.Expires)) {
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
