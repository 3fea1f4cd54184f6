// UTF-8 text, one character at a time: the one decoder of the program (core, ui and wasm), built on utfcpp
// (Debian's libutfcpp-dev), and the one check of the text a person may type as a name.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace assess::utf8 {

// One character of a text: its code point and its bytes. A byte that starts no valid sequence (a stray
// continuation byte, a truncated or overlong sequence, a surrogate, anything above U+10FFFF) is a character of
// its own, one byte long, with valid = false, so a loop over a text always moves on.
struct Char {
  std::uint32_t code_point = 0;  // 0xFFFD when not valid
  std::size_t size = 1;          // bytes, 1 to 4
  bool valid = true;
};

// The character that starts at byte i of s (i < s.size()).
Char char_at(std::string_view s, std::size_t i);

// Characters in s, an invalid byte counting as one.
std::size_t length(std::string_view s);

// Whether s is wholly valid UTF-8.
bool is_valid(std::string_view s);

// Appends a code point (a valid one: not a surrogate, at most U+10FFFF) as UTF-8.
void append(std::string& out, std::uint32_t code_point);

// s with every byte that is not part of valid UTF-8 written as the four characters \xFF: what is quoted from
// input in a message stays valid UTF-8 (and valid JSON once escaped) and still shows the bytes.
std::string escape_invalid(std::string_view s);

// Characters that reorder the text around them: U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069.
bool is_bidi_control(std::uint32_t code_point);

// C0 and C1 controls and DEL (U+0000–U+001F, U+007F–U+009F).
bool is_control(std::uint32_t code_point);

// What is wrong with a text a person typed as a name (a project's subject, an enterprise): nothing, too many
// characters, or a character a name may not hold — a control (NUL once cut the printed report short; TAB, CR and
// ESC reach a spreadsheet or a terminal) or a bidi control (U+202E made the amount beside a name read backwards),
// or bytes that are not UTF-8.
enum class TextProblem { none, too_long, bad_character };
struct TextCheck {
  TextProblem problem = TextProblem::none;
  std::size_t characters = 0;  // its length in characters
};
TextCheck check_user_text(std::string_view s, std::size_t max_characters);

}  // namespace assess::utf8
