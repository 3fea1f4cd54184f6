// Loading and looking up the UI strings.
#include "ui_strings.hpp"

#include <nlohmann/json.hpp>

#include "json_text.hpp"

namespace ui {

bool Strings::load(std::string_view json_text) {
  assess::Json doc;
  assess::Diagnostics d;
  if (!assess::parse_json_text(json_text, doc, d) || !doc.contains("strings") || !doc["strings"].is_object()) return false;
  for (auto it = doc["strings"].begin(); it != doc["strings"].end(); ++it) {
    const assess::Json& v = it.value();
    if (!v.is_object() || !v.contains("zh") || !v.contains("en") || !v["zh"].is_string() || !v["en"].is_string()) return false;
    table_[it.key()] = assess::Text{v["zh"].get<std::string>(), v["en"].get<std::string>()};
  }
  return true;
}

std::string Strings::get(assess::Lang lang, const std::string& key, std::initializer_list<std::string_view> args) const {
  auto it = table_.find(key);
  if (it == table_.end()) return "[" + key + "]";
  return assess::fill(it->second.in(lang), args);
}

}  // namespace ui
