// The engine's own sentences (validation errors, arithmetic phrases, headings) in zh and en, by key (Msg).
// The keys and texts are one table, messages.def: a key that is not in it does not compile.
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "text.hpp"

namespace assess {

enum class Msg : unsigned short {
#define M(key, zh, en) key,
#include "messages.def"
#undef M
};

// A message, filled in both languages.
Text message(Msg key, std::initializer_list<std::string_view> args = {});

// One language only (used when rendering results, where only the requested language is needed).
std::string message_in(Lang lang, Msg key, std::initializer_list<std::string_view> args = {});

// The same, appended to `out` (no temporary string: the batch renderer calls this for every sentence).
void append_message(std::string& out, Lang lang, Msg key, std::initializer_list<std::string_view> args = {});

// Every key's name, in table order (for the test that each is used somewhere).
std::vector<std::string_view> message_names();

}  // namespace assess
