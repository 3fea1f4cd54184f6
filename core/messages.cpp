// Looking up and filling the engine's messages (the table itself is messages.def).
#include "messages.hpp"

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

std::vector<std::string_view> message_names() {
  std::vector<std::string_view> out;
  for (const Entry& e : kMessages) out.push_back(e.name);
  return out;
}

}  // namespace assess
