// The web app's own words in zh and en, by key (Str). The keys and texts are ui/ui-strings.json, turned into a
// table at build time (cmake/make_ui_strings.py writes ui_strings.def): a key the file lacks does not compile.
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "text.hpp"

namespace ui {

enum class Str : unsigned short {
#define S(key, zh, en) key,
#include "ui_strings.def"
#undef S
};

// The string in `lang`, "{}" filled from args.
std::string text(assess::Lang lang, Str key, std::initializer_list<std::string_view> args = {});
// Both languages (a message kept for either, like a file's errors).
assess::Text both(Str key);
// Every key's name, in table order (for the test that each is used somewhere).
std::vector<std::string_view> string_names();

}  // namespace ui
