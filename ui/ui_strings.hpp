// The web app's own words in zh and en, loaded from ui/ui-strings.json (embedded at build time).
#pragma once
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>

#include "text.hpp"

namespace ui {

class Strings {
 public:
  // Loads the strings file; false (and nothing loaded) when it is malformed.
  bool load(std::string_view json_text);
  // The string for key in lang, "{}" filled from args; a missing key shows as "[key]" (and fails a test).
  std::string get(assess::Lang lang, const std::string& key, std::initializer_list<std::string_view> args = {}) const;
  bool has(const std::string& key) const { return table_.count(key) != 0; }

 private:
  std::map<std::string, assess::Text> table_;
};

}  // namespace ui
