// A SAX wrapper around nlohmann's DOM builder that records the parse error instead of throwing it, and
// stops at the first duplicate key or at nesting deeper than the limit (nothing about the text is trusted).
#include "json_text.hpp"

#include <set>
#include <vector>

#include "messages.hpp"

namespace assess {

namespace {

// Appends code point cp as UTF-8.
void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Decodes one UTF-8 code point at s[i] (advancing i); returns 0xFFFD for a malformed sequence.
std::uint32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b = byte(i++);
  if (b < 0x80) return b;
  const int extra = b >= 0xF8 ? -1 : b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : -1;
  if (extra < 0) return 0xFFFD;
  std::uint32_t cp = b & (0x3F >> extra);
  for (int k = 0; k < extra; ++k) {
    if (i >= s.size() || (byte(i) & 0xC0) != 0x80) return 0xFFFD;
    cp = (cp << 6) | (byte(i++) & 0x3F);
  }
  return cp;
}

// A message without a "last read" part is nlohmann's own short text; bounded all the same.
std::string excerpt_line(std::string_view text) {
  return std::string(text.substr(0, 300));
}

bool shown_as_replacement(std::uint32_t cp) {
  return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || is_bidi_control(cp);
}

class LimitedDomParser : public nlohmann::detail::json_sax_dom_parser<Json> {
 public:
  using Base = nlohmann::detail::json_sax_dom_parser<Json>;
  explicit LimitedDomParser(Json& document) : Base(document, false) {}

  bool start_object(std::size_t n) { return open(true) && Base::start_object(n); }
  bool start_array(std::size_t n) { return open(false) && Base::start_array(n); }
  bool end_object() { return close() && Base::end_object(); }
  bool end_array() { return close() && Base::end_array(); }
  bool key(std::string& k) {
    Level& level = levels_.back();
    const bool fresh = level.keys.insert(k).second;
    level.key = k;
    if (!fresh) {
      error = duplicate_key(path(), k);
      return false;
    }
    return Base::key(k);
  }
  bool null() { return value() && Base::null(); }
  bool boolean(bool b) { return value() && Base::boolean(b); }
  bool number_integer(std::int64_t n) { return value() && Base::number_integer(n); }
  bool number_unsigned(std::uint64_t n) { return value() && Base::number_unsigned(n); }
  bool number_float(double d, const std::string& raw) { return value() && Base::number_float(d, raw); }
  bool string(std::string& s) { return value() && Base::string(s); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) {
    error = Diagnostic{"$", "json_syntax", message("json_syntax", {syntax_error_text(ex)})};
    return false;
  }

  Diagnostic error;
  bool failed() const { return !error.code.empty(); }

 private:
  // One open container: an object's keys so far (to find a duplicate) or an array's element count.
  struct Level {
    bool object = false;
    std::set<std::string> keys;  // a set: 100 000 keys must not cost 100 000² comparisons
    std::string key;             // the current member
    std::size_t index = 0;
  };
  std::vector<Level> levels_;

  bool open(bool object) {
    if (levels_.size() >= kMaxJsonDepth) {
      error = too_deep(path());
      return false;
    }
    levels_.push_back(Level{object, {}, {}, 0});
    return true;
  }
  bool close() {
    levels_.pop_back();
    return value();
  }
  // After a value: an array moves on to its next element.
  bool value() {
    if (!levels_.empty() && !levels_.back().object) ++levels_.back().index;
    return true;
  }
  std::string path() const {
    std::string out = "$";
    for (const Level& l : levels_) {
      if (l.object && !l.keys.empty())
        out = path_key(out, excerpt(l.key));
      else if (!l.object)
        out += "[" + std::to_string(l.index) + "]";
    }
    return out;
  }
};

}  // namespace

bool is_bidi_control(std::uint32_t cp) {
  return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

std::string excerpt(std::string_view s) {
  std::string out;
  std::size_t i = 0, chars = 0;
  while (i < s.size() && chars < kMaxQuotedChars) {
    std::uint32_t cp = next_code_point(s, i);
    append_utf8(out, shown_as_replacement(cp) ? 0xFFFD : cp);
    ++chars;
  }
  if (i < s.size()) out += "\u2026";
  return out;
}

std::string syntax_error_text(const nlohmann::detail::exception& ex) {
  std::string_view text = ex.what();
  std::size_t at = text.find(" at line ");
  if (at != std::string::npos)
    text.remove_prefix(at + 4);
  else if ((at = text.find("] ")) != std::string::npos)
    text.remove_prefix(at + 2);
  // "last read" is everything since the last token: for 3 MB of whitespace, 3 MB (each tab as "<U+0009>").
  // Keep only its end, which is where the error is.
  constexpr std::string_view kLastRead = "; last read: '";
  const std::size_t lr = text.find(kLastRead);
  if (lr == std::string_view::npos || text.size() < lr + kLastRead.size() + 1) return excerpt_line(text);
  std::string_view head = text.substr(0, lr + kLastRead.size());
  std::string_view read = text.substr(lr + kLastRead.size());
  read.remove_suffix(read.back() == '\'' ? 1 : 0);
  std::string out(head.substr(0, 200));
  if (read.size() > kMaxQuotedChars) {
    std::size_t from = read.size() - kMaxQuotedChars;
    while (from < read.size() && (static_cast<unsigned char>(read[from]) & 0xC0) == 0x80) ++from;  // a whole character
    const std::size_t open = read.rfind('<', from), close = read.find('>', open == std::string_view::npos ? 0 : open);
    if (open != std::string_view::npos && close != std::string_view::npos && close >= from) from = open;  // a whole <U+0009>
    out += "\u2026";
    out += read.substr(from);
  } else {
    out += read;
  }
  return out + "'";
}

Diagnostic duplicate_key(const std::string& path, std::string_view key) {
  return Diagnostic{path, "duplicate_key", message("duplicate_key", {excerpt(key)})};
}

Diagnostic too_deep(const std::string& path) {
  return Diagnostic{path, "too_deep", message("too_deep", {std::to_string(kMaxJsonDepth)})};
}

Diagnostic input_too_large(std::size_t limit) {
  return Diagnostic{"$", "too_large", message("input_too_large", {std::to_string(limit)})};
}

bool parse_json_text(std::string_view text, Json& out, Diagnostics& diagnostics) {
  out = Json();
  LimitedDomParser sax(out);
  bool ok = Json::sax_parse(text.begin(), text.end(), &sax, nlohmann::detail::input_format_t::json, true, false);
  if (ok && !sax.failed()) return true;
  out = Json();
  if (!sax.failed()) sax.error = Diagnostic{"$", "json_syntax", message("json_syntax", {"?"})};
  diagnostics.push_back(std::move(sax.error));
  return false;
}

}  // namespace assess
