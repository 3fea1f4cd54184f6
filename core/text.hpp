// Bilingual text: every human-readable string the policy file or the engine produces exists in zh and en.
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>

namespace assess {

enum class Lang { zh, en };

struct Text {
  std::string zh;
  std::string en;
  const std::string& in(Lang lang) const { return lang == Lang::zh ? zh : en; }
};

// The language's code, "zh" or "en" (result files, the page's lang attribute).
inline const char* lang_code(Lang lang) {
  return lang == Lang::zh ? "zh" : "en";
}

// "zh" or "en" to a Lang; false for anything else.
bool parse_lang(const std::string& s, Lang& out);

// Replaces each "{}" in order with the next argument ("{N}" takes argument N, so a translation can reorder).
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args);
void append_filled(std::string& out, std::string_view pattern, std::initializer_list<std::string_view> args);

}  // namespace assess
