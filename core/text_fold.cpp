// Name folding for overlap matching: a binary search in a generated code-point table, then white space.
#include "text_fold.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "utf8.hpp"

namespace assess {

namespace {

#include "text_fold_table.inc"

// The table, decoded from kFoldSteps once, on first use: keys (code point << 6 | byte length of its
// replacement) sorted, and where each replacement starts in kFoldPool.
struct FoldTable {
  std::vector<std::uint32_t> keys;
  std::vector<std::uint32_t> offsets;
};

const FoldTable& fold_table() {
  static const FoldTable table = [] {
    FoldTable t;
    t.keys.reserve(kFoldCount);
    t.offsets.reserve(kFoldCount);
    std::uint32_t cp = 0, at = 0, value = 0;
    int shift = 0;
    for (unsigned char byte : kFoldSteps) {
      value |= static_cast<std::uint32_t>(byte & 0x7F) << shift;
      shift += 7;
      if (byte & 0x80) continue;
      cp += value >> 6;
      t.keys.push_back(cp << 6 | (value & 0x3F));
      t.offsets.push_back(at);
      at += value & 0x3F;
      value = 0;
      shift = 0;
    }
    return t;
  }();
  return table;
}

// Appends the folded form of one code point (its own bytes when the table does not change it).
void append_folded(std::string& out, std::uint32_t cp, std::string_view original) {
  const FoldTable& table = fold_table();
  const std::uint32_t probe = cp << 6;
  const auto it = std::lower_bound(table.keys.begin(), table.keys.end(), probe);
  if (it != table.keys.end() && (*it >> 6) == cp) {
    const std::size_t k = static_cast<std::size_t>(it - table.keys.begin());
    out.append(reinterpret_cast<const char*>(kFoldPool) + table.offsets[k], *it & 0x3F);
  } else {
    out.append(original);
  }
}

}  // namespace

std::string fold_for_matching(std::string_view text) {
  std::string folded;
  folded.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const utf8::Char c = utf8::char_at(text, i);
    if (c.valid)
      append_folded(folded, c.code_point, text.substr(i, c.size));
    else
      folded += text[i];  // kept as it was
    i += c.size;
  }
  // The table maps every white-space character to " ": collapse the runs and trim.
  std::string out;
  out.reserve(folded.size());
  for (char c : folded) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

const char* fold_unicode_version() {
  return kFoldUnicodeVersion;
}

}  // namespace assess
