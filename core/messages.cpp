// Looking up and filling the engine's messages (the table itself is messages.def).
#include "messages.hpp"

#include <cstdlib>
#include <iterator>

namespace assess {

namespace {

struct Entry {
  std::string_view name;
  std::string_view zh;
  std::string_view en;
};

// Indexed by Msg: the enum and the table are made from the same list, so they cannot disagree.
constexpr Entry kMessages[] = {
#define M(key, zh, en) {#key, zh, en},
#include "messages.def"
#undef M
};

const Entry& find(Msg key) {
  return kMessages[static_cast<std::size_t>(key)];
}

}  // namespace

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

Text message(Msg key, std::initializer_list<std::string_view> args) {
  const Entry& e = find(key);
  return Text{fill(e.zh, args), fill(e.en, args)};
}

std::string message_in(Lang lang, Msg key, std::initializer_list<std::string_view> args) {
  std::string out;
  append_message(out, lang, key, args);
  return out;
}

void append_message(std::string& out, Lang lang, Msg key, std::initializer_list<std::string_view> args) {
  const Entry& e = find(key);
  append_filled(out, lang == Lang::zh ? e.zh : e.en, args);
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

std::vector<std::string_view> message_names() {
  std::vector<std::string_view> out;
  for (const Entry& e : kMessages) out.push_back(e.name);
  return out;
}

}  // namespace assess
