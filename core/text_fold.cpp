// Name folding for overlap matching: each code point through a generated table (NFKC and case folding, white space),
// then NFC across the whole string (canonical decomposition, ordering and composition, from generated tables), then
// runs of white space. The tables come from Python's unicodedata (cmake/make_text_fold_table.py), which also checks
// this algorithm's Python twin against unicodedata.
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

// [SECTION] Canonical composition (NFC across characters): combining classes, primary composites, Hangul.

std::uint32_t read_varint(const unsigned char*& p) {
  std::uint32_t value = 0;
  for (int shift = 0;; shift += 7) {
    const unsigned char byte = *p++;
    value |= static_cast<std::uint32_t>(byte & 0x7F) << shift;
    if (!(byte & 0x80)) return value;
  }
}

struct CompositionTables {
  std::vector<std::uint32_t> run_first, run_last;  // runs of one non-zero combining class
  std::vector<unsigned char> run_class;
  std::vector<std::uint32_t> composite, first, second;  // by composite: its canonical decomposition
  std::vector<std::uint64_t> by_pair;                   // first << 42 | second << 21 | composite, sorted
};

// A few hundred entries, sorted once: an insertion sort is all it takes (and little code in the wasm).
void sort_keys(std::vector<std::uint64_t>& keys) {
  for (std::size_t i = 1; i < keys.size(); ++i)
    for (std::size_t k = i; k > 0 && keys[k - 1] > keys[k]; --k) std::swap(keys[k - 1], keys[k]);
}

const CompositionTables& composition_tables() {
  static const CompositionTables tables = [] {
    CompositionTables t;
    std::uint32_t end = 0;
    for (const unsigned char* p = kCombiningRuns; p < kCombiningRuns + sizeof kCombiningRuns;) {
      const std::uint32_t first = end + read_varint(p);
      end = first + read_varint(p);
      t.run_first.push_back(first);
      t.run_last.push_back(end);
      t.run_class.push_back(*p++);
    }
    std::uint32_t composite = 0;
    for (const unsigned char* p = kCompositions; p < kCompositions + sizeof kCompositions;) {
      composite += read_varint(p);
      t.composite.push_back(composite);
      t.first.push_back(read_varint(p));
      t.second.push_back(read_varint(p));
      t.by_pair.push_back(std::uint64_t{t.first.back()} << 42 | std::uint64_t{t.second.back()} << 21 | composite);
    }
    sort_keys(t.by_pair);
    return t;
  }();
  return tables;
}

// Bytes that are not UTF-8 are kept as they are: each stands for itself as a code point past Unicode's end, a
// starter that composes with nothing.
constexpr std::uint32_t kRawByte = 0x110000;
constexpr std::uint32_t kHangulFirst = 0xAC00, kHangulCount = 11172, kJamoL = 0x1100, kJamoV = 0x1161, kJamoT = 0x11A7;
constexpr std::uint32_t kJamoVCount = 21, kJamoTCount = 28;

unsigned combining_class(std::uint32_t cp) {
  const CompositionTables& t = composition_tables();
  const auto it = std::upper_bound(t.run_first.begin(), t.run_first.end(), cp);
  if (it == t.run_first.begin()) return 0;
  const std::size_t k = static_cast<std::size_t>(it - t.run_first.begin()) - 1;
  return cp <= t.run_last[k] ? t.run_class[k] : 0;
}

// Appends cp's full canonical decomposition (Hangul syllables by arithmetic).
void decompose(std::uint32_t cp, std::vector<std::uint32_t>& out) {
  if (cp >= kHangulFirst && cp < kHangulFirst + kHangulCount) {
    const std::uint32_t s = cp - kHangulFirst;
    out.push_back(kJamoL + s / (kJamoVCount * kJamoTCount));
    out.push_back(kJamoV + s % (kJamoVCount * kJamoTCount) / kJamoTCount);
    if (s % kJamoTCount) out.push_back(kJamoT + s % kJamoTCount);
    return;
  }
  const CompositionTables& t = composition_tables();
  const auto it = std::lower_bound(t.composite.begin(), t.composite.end(), cp);
  if (it == t.composite.end() || *it != cp) {
    out.push_back(cp);
    return;
  }
  const std::size_t k = static_cast<std::size_t>(it - t.composite.begin());
  decompose(t.first[k], out);
  out.push_back(t.second[k]);
}

// The primary composite of a and b, or 0.
std::uint32_t compose(std::uint32_t a, std::uint32_t b) {
  if (a >= kJamoL && a < kJamoL + 19 && b >= kJamoV && b < kJamoV + kJamoVCount)
    return kHangulFirst + ((a - kJamoL) * kJamoVCount + (b - kJamoV)) * kJamoTCount;
  if (a >= kHangulFirst && a < kHangulFirst + kHangulCount && (a - kHangulFirst) % kJamoTCount == 0 && b > kJamoT &&
      b < kJamoT + kJamoTCount)
    return a + (b - kJamoT);
  const CompositionTables& t = composition_tables();
  const std::uint64_t pair = std::uint64_t{a} << 42 | std::uint64_t{b} << 21;
  const auto it = std::lower_bound(t.by_pair.begin(), t.by_pair.end(), pair);
  return it != t.by_pair.end() && (*it >> 21) == (pair >> 21) ? static_cast<std::uint32_t>(*it & 0x1FFFFF) : 0;
}

// Canonical ordering: each mark moves before the marks of a higher class in front of it (a stable insertion sort
// of each run of non-starters by combining class; runs are a few marks long).
void order_marks(std::vector<std::uint32_t>& cps) {
  for (std::size_t i = 1; i < cps.size(); ++i) {
    const unsigned cc = combining_class(cps[i]);
    if (cc == 0) continue;
    for (std::size_t k = i; k > 0; --k) {
      const unsigned before = combining_class(cps[k - 1]);
      if (before == 0 || before <= cc) break;
      std::swap(cps[k - 1], cps[k]);
    }
  }
}

// Canonical composition (UAX #15): each mark joins the last starter unless a mark of the same or a higher class
// stands between them.
void compose_marks(std::vector<std::uint32_t>& cps) {
  std::size_t out = 0, starter = 0;
  bool have_starter = false;
  unsigned last_class = 0;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    const std::uint32_t cp = cps[i];
    const unsigned cc = cp >= kRawByte ? 0 : combining_class(cp);
    const bool reachable = have_starter && (last_class < cc || (last_class == 0 && starter + 1 == out));
    if (reachable && cp < kRawByte && cps[starter] < kRawByte) {
      if (const std::uint32_t composite = compose(cps[starter], cp)) {
        cps[starter] = composite;
        continue;
      }
    }
    if (cc == 0) starter = out, have_starter = true;
    last_class = cc;
    cps[out++] = cp;
  }
  cps.resize(out);
}

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp >= kRawByte) {
    out += static_cast<char>(cp - kRawByte);
  } else if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | cp >> 6);
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | cp >> 12);
    out += static_cast<char>(0x80 | (cp >> 6 & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | cp >> 18);
    out += static_cast<char>(0x80 | (cp >> 12 & 0x3F));
    out += static_cast<char>(0x80 | (cp >> 6 & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

std::string fold_for_matching(std::string_view text) {
  // Each code point folded on its own (NFKC, case folding, white space to " "): NFC text, still to compose across
  // characters ("cafe" + U+0301).
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
  // Then NFC over the whole string: decompose, order the marks, compose.
  std::vector<std::uint32_t> cps;
  cps.reserve(folded.size());
  for (std::size_t i = 0; i < folded.size();) {
    const utf8::Char c = utf8::char_at(folded, i);
    if (!c.valid) {
      cps.push_back(kRawByte + static_cast<unsigned char>(folded[i++]));
      continue;
    }
    decompose(c.code_point, cps);
    i += c.size;
  }
  order_marks(cps);
  compose_marks(cps);
  // Runs of " " collapsed, and none at either end.
  std::string out;
  out.reserve(folded.size());
  for (std::uint32_t cp : cps) {
    if (cp == ' ' && (out.empty() || out.back() == ' ')) continue;
    append_utf8(out, cp);
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

const char* fold_unicode_version() {
  return kFoldUnicodeVersion;
}

}  // namespace assess
