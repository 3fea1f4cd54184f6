// UTF-8 through utfcpp's public, non-throwing functions only (find_invalid, unchecked::next/append): its checked
// functions throw, and the WebAssembly build cannot catch.
#include "utf8.hpp"

#include <utf8cpp/utf8/unchecked.h>

#include <algorithm>

namespace assess::utf8 {

Char char_at(std::string_view s, std::size_t i) {
  const char* at = s.data() + i;
  // find_invalid looks at one character's bytes at most (a sequence is 4 bytes or fewer); it stops at `at`
  // exactly when the character there is not valid.
  const char* window_end = at + std::min<std::size_t>(4, s.size() - i);
  if (::utf8::find_invalid(at, window_end) == at) return Char{0xFFFD, 1, false};
  const char* next = at;
  const std::uint32_t cp = ::utf8::unchecked::next(next);
  return Char{cp, static_cast<std::size_t>(next - at), true};
}

std::size_t length(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); i += char_at(s, i).size) ++n;
  return n;
}

bool is_valid(std::string_view s) {
  return ::utf8::find_invalid(s.begin(), s.end()) == s.end();
}

void append(std::string& out, std::uint32_t code_point) {
  ::utf8::unchecked::append(code_point, std::back_inserter(out));
}

std::string escape_invalid(std::string_view s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const Char c = char_at(s, i);
    if (c.valid) {
      out.append(s.substr(i, c.size));
    } else {
      const auto byte = static_cast<unsigned char>(s[i]);
      out += "\\x";
      out += hex[byte >> 4];
      out += hex[byte & 15];
    }
    i += c.size;
  }
  return out;
}

bool is_bidi_control(std::uint32_t cp) {
  return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

bool is_control(std::uint32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp < 0xA0);
}

TextCheck check_user_text(std::string_view s, std::size_t max_characters) {
  TextCheck check;
  bool bad = false;
  for (std::size_t i = 0; i < s.size();) {
    const Char c = char_at(s, i);
    bad = bad || !c.valid || is_control(c.code_point) || is_bidi_control(c.code_point);
    ++check.characters;
    i += c.size;
  }
  // Too long first: the count is what the person can act on, whatever else is in the text.
  check.problem = check.characters > max_characters ? TextProblem::too_long
                  : bad                             ? TextProblem::bad_character
                                                    : TextProblem::none;
  return check;
}

}  // namespace assess::utf8
