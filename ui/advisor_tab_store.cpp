// The advisor's session in this tab's storage, and what of it is in a saved file (advisor_tab_store.hpp).
#include "advisor_tab_store.hpp"

#include "input_limits.hpp"
#include "json_text.hpp"

namespace ui {

namespace {

constexpr const char* kTabKey = "suzhou-ai-assess.advisor-session";  // storage_wipe() removes the app's prefix
constexpr const char* kTabFormat = "suzhou-ai-assess/tab-session@1";

// The answers of enterprise i: the live ones for the current enterprise, the list's for the others.
const Answers& answers_of(const SessionContext& c, std::size_t i) {
  return i == c.session.advisor.current ? c.session.answers : c.session.advisor.enterprises[i].answers;
}

// An enterprise's name and answers as one number (FNV-1a): equal numbers, nothing changed since it was saved.
std::uint64_t content_hash(const std::string& name, const Answers& answers) {
  std::uint64_t h = 1469598103934665603ull;
  const auto mix = [&h](const std::string& s) {
    for (char ch : s) h = (h ^ static_cast<unsigned char>(ch)) * 1099511628211ull;
    h = (h ^ 0xFF) * 1099511628211ull;
  };
  mix(name);
  mix(answers.effective_profile().dump());
  return h | 1;  // never 0, which means "never saved"
}

// A member of the stored document, when it has the expected type (the tab's storage is the page's: read it as
// untrusted; nlohmann's value() would throw, and the web build has no exceptions).
bool is_string(const assess::Json& o, const char* key, const std::string& expected) {
  return o.contains(key) && o[key].is_string() && o[key].get<std::string>() == expected;
}
bool flag(const assess::Json& o, const char* key) {
  return o.contains(key) && o[key].is_boolean() && o[key].get<bool>();
}

bool has_work(const Enterprise& e, const Answers& answers) {
  return e.named || !answers.empty();
}

}  // namespace

std::size_t unsaved_enterprises(const SessionContext& c) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < c.session.advisor.enterprises.size(); ++i) {
    const Enterprise& e = c.session.advisor.enterprises[i];
    n += has_work(e, answers_of(c, i)) && content_hash(e.name, answers_of(c, i)) != e.saved_hash;
  }
  return n;
}

void mark_in_file(const SessionContext& c, std::size_t first) {
  for (std::size_t i = first; i < c.session.advisor.enterprises.size(); ++i) {
    Enterprise& e = c.session.advisor.enterprises[i];
    e.named = true;
    e.saved_hash = content_hash(e.name, answers_of(c, i));
  }
}

void keep_tab_session(const SessionContext& c) {
  if (!c.options.tab_storage) return;
  assess::Json list = assess::Json::array();
  bool work = false;
  for (std::size_t i = 0; i < c.session.advisor.enterprises.size(); ++i) {
    const Enterprise& e = c.session.advisor.enterprises[i];
    work = work || has_work(e, answers_of(c, i));
    list.push_back({{"name", e.name},
                    {"named", e.named},
                    {"in_file", e.saved_hash != 0 && e.saved_hash == content_hash(e.name, answers_of(c, i))},
                    {"profile", answers_of(c, i).effective_profile()}});
  }
  if (!work) return c.platform.tab_storage_remove(kTabKey);  // a fresh session (or one just wiped) keeps nothing
  const assess::Json doc = {
      {"format", kTabFormat}, {"policy", c.policy.id}, {"current", c.session.advisor.current}, {"enterprises", list}};
  c.platform.tab_storage_set(kTabKey, doc.dump(-1, ' ', false, assess::Json::error_handler_t::replace));
}

bool restore_tab_session(const SessionContext& c) {
  assess::Json doc;
  assess::Diagnostics errors;
  const std::string text = c.platform.tab_storage_get(kTabKey);
  if (text.empty() || !assess::parse_json_text(text, doc, errors) || !doc.is_object() || !is_string(doc, "format", kTabFormat) ||
      !is_string(doc, "policy", c.policy.id) || !doc.contains("enterprises") || !doc["enterprises"].is_array() ||
      doc["enterprises"].empty() || doc["enterprises"].size() > assess::kMaxSessionEnterprises)
    return false;
  // Validated whole first, like a session file: one bad enterprise and nothing is restored.
  std::vector<Enterprise> restored;
  for (const assess::Json& e : doc["enterprises"]) {
    assess::Profile checked;
    if (!e.is_object() || !e.contains("name") || !e["name"].is_string() || !e.contains("profile") ||
        !assess::read_profile_json(c.policy, e["profile"], checked, errors))
      return false;
    Enterprise kept{e["name"].get<std::string>(), Answers(c.policy), {}, flag(e, "named"), 0};
    kept.answers.replace(e["profile"]);
    if (flag(e, "in_file")) kept.saved_hash = content_hash(kept.name, kept.answers);
    restored.push_back(std::move(kept));
  }
  AdvisorSession& a = c.session.advisor;
  a.enterprises.clear();
  for (Enterprise& e : restored) a.enterprises.push_back(std::move(e));
  const bool has_current = doc.contains("current") && doc["current"].is_number_unsigned();
  const std::size_t current = has_current ? doc["current"].get<std::size_t>() : 0;
  a.current = current < a.enterprises.size() ? current : 0;
  c.session.answers = a.enterprises[a.current].answers;
  c.session.edit_text.clear();
  a.restored = a.enterprises.size();
  c.toast(c.t(Str::advisor_restored, {std::to_string(a.restored)}));
  return true;
}

}  // namespace ui
