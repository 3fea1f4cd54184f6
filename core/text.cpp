// Filling "{}" placeholders, and language codes.
#include "text.hpp"

#include <cstdlib>

namespace assess {

// "{}" takes the next argument; "{N}" takes argument N (lets a translation reorder its arguments).
void append_filled(std::string& out, std::string_view pattern, std::initializer_list<std::string_view> args) {
  std::size_t next = 0;
  std::size_t plain = 0;  // start of the run of plain text not yet copied
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] != '{') continue;
    std::size_t close = pattern.find('}', i);
    if (close == std::string_view::npos || close - i > 3) continue;
    out.append(pattern.data() + plain, i - plain);
    std::size_t index = next++;
    if (close > i + 1) index = static_cast<std::size_t>(std::atoi(std::string(pattern.substr(i + 1, close - i - 1)).c_str()));
    if (index < args.size()) out += *(args.begin() + index);
    i = close;
    plain = close + 1;
  }
  out.append(pattern.data() + plain, pattern.size() - plain);
}

std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args) {
  std::string out;
  append_filled(out, pattern, args);
  return out;
}

bool parse_lang(const std::string& s, Lang& out) {
  if (s == "zh")
    out = Lang::zh;
  else if (s == "en")
    out = Lang::en;
  else
    return false;
  return true;
}

}  // namespace assess
