#include "JsonPositions.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"

#include <nlohmann/json.hpp>

#include <iterator>

namespace pii {

using llvm::StringRef;

namespace {

using Json = nlohmann::ordered_json;
using JsonPointer = Json::json_pointer;

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

} // namespace

std::optional<SyntaxError> scanJson(StringRef Text, JsonOffsets &Offsets) {
  size_t Consumed = 0;
  OffsetRecorder Recorder(Text, Consumed, Offsets);
  CountingIterator Begin(Text.begin(), &Consumed), End(Text.end(), &Consumed);
  Json::sax_parse(Begin, End, &Recorder);
  return Recorder.Error;
}

} // namespace pii
