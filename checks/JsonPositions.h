// Where each key and value of a JSON document starts, for diagnostics with
// line and column: nlohmann/json 3.11 keeps no positions, so a SAX pass
// records them by JSON pointer while checking the syntax (and duplicate keys).
#pragma once

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>
#include <vector>

namespace pii {

/// Maps byte offsets to 1-based line and column.
class LineTable {
public:
  explicit LineTable(llvm::StringRef Text) {
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

/// Checks the syntax of Text and records where its keys and values start;
/// the first syntax error (or duplicate key), if any.
std::optional<SyntaxError> scanJson(llvm::StringRef Text, JsonOffsets &Offsets);

} // namespace pii
