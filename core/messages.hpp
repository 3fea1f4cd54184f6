// The engine's own sentences (validation errors, arithmetic phrases) in zh and en, with {} placeholders.
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>

#include "text.hpp"

namespace assess {

// Replaces each "{}" in order with the next argument ("{N}" takes argument N).
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args);
void append_filled(std::string& out, std::string_view pattern, std::initializer_list<std::string_view> args);

// A message by key, filled in both languages. Unknown keys are a programming error caught by tests.
Text message(std::string_view key, std::initializer_list<std::string_view> args = {});

// One language only (used when rendering results, where only the requested language is needed).
std::string message_in(Lang lang, std::string_view key, std::initializer_list<std::string_view> args = {});

// The same, appended to `out` (no temporary string: the batch renderer calls this for every sentence).
void append_message(std::string& out, Lang lang, std::string_view key, std::initializer_list<std::string_view> args = {});

}  // namespace assess

namespace assess {
// True when the message table is sorted by key (its lookup relies on it); for tests.
bool messages_sorted();
}  // namespace assess
