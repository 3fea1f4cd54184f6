// The web app's own words in zh and en, loaded from ui/ui-strings.json (embedded at build time).
#pragma once
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "text.hpp"

namespace ui {

class Strings {
 public:
  // Loads the strings file; false (and nothing loaded) when it is malformed.
  bool load(std::string_view json_text);
  // The string for key in lang, "{}" filled from args; a missing key shows as "[key]" (and fails a test).
  std::string get(assess::Lang lang, const std::string& key, std::initializer_list<std::string_view> args = {}) const;
  // Both languages (a message kept for either, like a file's errors).
  assess::Text both(const std::string& key) const { return {get(assess::Lang::zh, key), get(assess::Lang::en, key)}; }
  bool has(const std::string& key) const { return table_.count(key) != 0; }
  std::vector<std::string> keys() const {
    std::vector<std::string> out;
    for (const auto& entry : table_) out.push_back(entry.first);
    return out;
  }

 private:
  std::map<std::string, assess::Text> table_;
};

}  // namespace ui
