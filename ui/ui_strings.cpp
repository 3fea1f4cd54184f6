// The table of the app's words, made from ui_strings.def (generated from ui/ui-strings.json).
#include "ui_strings.hpp"

#include <iterator>

namespace ui {

namespace {

struct Entry {
  const char* zh;
  const char* en;
};

constexpr Entry kStrings[] = {
#define S(key, zh, en) {zh, en},
#include "ui_strings.def"
#undef S
};

// Only the tests ask for the names: apart from the texts, so that the web app's linker leaves them out.
constexpr const char* kNames[] = {
#define S(key, zh, en) #key,
#include "ui_strings.def"
#undef S
};

const Entry& entry(Str key) {
  return kStrings[static_cast<std::size_t>(key)];
}

}  // namespace

std::string text(assess::Lang lang, Str key, std::initializer_list<std::string_view> args) {
  const Entry& e = entry(key);
  return assess::fill(lang == assess::Lang::zh ? e.zh : e.en, args);
}

assess::Text both(Str key) {
  return {entry(key).zh, entry(key).en};
}

std::vector<std::string_view> string_names() {
  std::vector<std::string_view> names;
  for (const char* name : kNames) names.push_back(name);
  return names;
}

}  // namespace ui
