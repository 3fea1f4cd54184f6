// A DOM builder on nlohmann's public SAX interface that records the parse error instead of throwing it, and
// stops at the first duplicate key or at nesting deeper than the limit (nothing about the text is trusted).
#include "json_text.hpp"

#include <algorithm>
#include <set>
#include <vector>

#include "input_limits.hpp"
#include "json_diagnostics.hpp"
#include "messages.hpp"
#include "utf8.hpp"

namespace assess {

namespace {

// A message without a "last read" part is nlohmann's own short text; bounded all the same.
std::string excerpt_line(std::string_view text) {
  return utf8::escape_invalid(text.substr(0, 300));
}

// Builds the document from nlohmann's public SAX interface, as its own DOM parser would, but stops at the first
// duplicate key or at nesting deeper than kMaxJsonDepth, and keeps what went wrong as a diagnostic.
class LimitedDomBuilder final : public nlohmann::json_sax<Json> {
 public:
  explicit LimitedDomBuilder(Json& document) : root_(document) {}

  bool null() override { return scalar(Json(nullptr)); }
  bool boolean(bool b) override { return scalar(Json(b)); }
  bool number_integer(number_integer_t n) override { return scalar(Json(n)); }
  bool number_unsigned(number_unsigned_t n) override { return scalar(Json(n)); }
  bool number_float(number_float_t d, const string_t&) override { return scalar(Json(d)); }
  bool string(string_t& s) override { return scalar(Json(std::move(s))); }  // the interface allows moving it
  bool binary(binary_t& b) override { return scalar(Json(std::move(b))); }  // never in JSON text
  bool start_object(std::size_t) override { return open(true); }
  bool start_array(std::size_t) override { return open(false); }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }
  bool key(string_t& k) override {
    Level& level = levels_.back();
    const bool fresh = level.keys.insert(k).second;
    level.key = k;
    if (!fresh) {
      error = duplicate_key(path(), k);
      return false;
    }
    level.member = &(*level.container)[std::move(k)];  // null until its value arrives
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const Json::exception& ex) override {
    error = Diagnostic{"$", "json_syntax", message(Msg::json_syntax, {syntax_error_text(ex)})};
    return false;
  }

  Diagnostic error;
  bool failed() const { return !error.code.empty(); }

 private:
  // One open container: where it is in the document, and an object's keys so far (to find a duplicate) or
  // an array's element count (for the path).
  struct Level {
    Json* container = nullptr;  // stays put: its parent gets no other value while it is open
    Json* member = nullptr;     // an object's member just named, waiting for its value
    bool object = false;
    std::set<std::string> keys;  // a set: 100 000 keys must not cost 100 000² comparisons
    std::string key;             // the current member
    std::size_t index = 0;
  };
  Json& root_;
  std::vector<Level> levels_;

  // Puts v where the text has it: the whole document, the open array's next element or the member just named.
  Json* place(Json&& v) {
    if (levels_.empty()) {
      root_ = std::move(v);
      return &root_;
    }
    Level& level = levels_.back();
    if (!level.object) {
      level.container->push_back(std::move(v));
      return &level.container->back();
    }
    *level.member = std::move(v);
    return level.member;
  }
  bool scalar(Json&& v) {
    place(std::move(v));
    return value();
  }
  bool open(bool object) {
    if (levels_.size() >= kMaxJsonDepth) {
      error = too_deep(path());
      return false;
    }
    Json* container = place(Json(object ? Json::value_t::object : Json::value_t::array));
    levels_.push_back(Level{container, nullptr, object, {}, {}, 0});
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

std::string excerpt(std::string_view s) {
  std::string out;
  std::size_t i = 0, chars = 0;
  for (; i < s.size() && chars < kMaxQuotedChars; ++chars) {
    const utf8::Char c = utf8::char_at(s, i);
    if (!c.valid)
      out += utf8::escape_invalid(s.substr(i, 1));  // the byte itself, as \xFF
    else if (utf8::is_control(c.code_point) || utf8::is_bidi_control(c.code_point))
      utf8::append(out, 0xFFFD);
    else
      out.append(s.substr(i, c.size));
    i += c.size;
  }
  if (i < s.size()) out += "\u2026";
  return out;
}

std::string syntax_error_text(const Json::exception& ex) {
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
  // nlohmann copies the bytes it read as they were (only controls become <U+0009>): invalid UTF-8 is escaped.
  std::string out = utf8::escape_invalid(head.substr(0, 200));
  if (read.size() > kMaxQuotedChars) {
    std::size_t from = read.size() - kMaxQuotedChars;
    while (from < read.size() && (static_cast<unsigned char>(read[from]) & 0xC0) == 0x80) ++from;  // a whole character
    const std::size_t open = read.rfind('<', from), close = read.find('>', open == std::string_view::npos ? 0 : open);
    if (open != std::string_view::npos && close != std::string_view::npos && close >= from) from = open;  // a whole <U+0009>
    out += "\u2026";
    out += utf8::escape_invalid(read.substr(from));
  } else {
    out += utf8::escape_invalid(read);
  }
  return out + "'";
}

Diagnostic duplicate_key(const std::string& path, std::string_view key) {
  return Diagnostic{path, "duplicate_key", message(Msg::duplicate_key, {excerpt(key)})};
}

Diagnostic too_deep(const std::string& path) {
  return Diagnostic{path, "too_deep", message(Msg::too_deep, {std::to_string(kMaxJsonDepth)})};
}

Diagnostic input_too_large(std::size_t limit) {
  return Diagnostic{"$", "too_large", message(Msg::input_too_large, {std::to_string(limit)})};
}

std::optional<Diagnostic> nul_byte(std::string_view text) {
  const std::size_t at = text.find('\0');
  if (at == std::string_view::npos) return std::nullopt;
  const std::string_view before = text.substr(0, at);
  const std::size_t line_start = before.rfind('\n') + 1;  // npos + 1 == 0: the first line
  const std::size_t line = static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n')) + 1;
  const std::size_t column = at - line_start + 1;  // in bytes, as nlohmann counts the columns of its errors
  return Diagnostic{"$", "json_syntax", message(Msg::json_nul_byte, {std::to_string(line), std::to_string(column)})};
}

bool parse_json_text(std::string_view text, Json& out, Diagnostics& diagnostics) {
  out = Json();
  if (std::optional<Diagnostic> nul = nul_byte(text)) {
    diagnostics.push_back(std::move(*nul));
    return false;
  }
  LimitedDomBuilder sax(out);
  bool ok = Json::sax_parse(text.begin(), text.end(), &sax, Json::input_format_t::json, true, false);
  if (ok && !sax.failed()) return true;
  out = Json();
  if (!sax.failed()) sax.error = Diagnostic{"$", "json_syntax", message(Msg::json_syntax, {"?"})};
  diagnostics.push_back(std::move(sax.error));
  return false;
}

}  // namespace assess
