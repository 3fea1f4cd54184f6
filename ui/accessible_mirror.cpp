// The accessible mirror: what the canvas shows, as data the page (public/boot.js) keeps as real DOM for assistive
// technology — the screen's title, its texts and headings, and every keyed widget as the control it is (button,
// checkbox, radio of a named group, labelled text box with its value and error), by landmark, plus an open dialog,
// where the keyboard focus is, and a short sentence to announce when the result changed. Published only when it
// changes, so a screen reader hears changes, not frames; the page updates only the nodes that changed.
#include <imgui.h>

#include <nlohmann/json.hpp>

#include "app.hpp"
#include "explain.hpp"
#include "item_registry.hpp"
#include "screens.hpp"
#include "wan_amount.hpp"

namespace ui {

namespace {

const char* role_name(Role r) {
  switch (r) {
    case Role::button:
      return "button";
    case Role::checkbox:
      return "checkbox";
    case Role::radio:
      return "radio";
    case Role::textbox:
      return "textbox";
    case Role::tab:
      return "step";
    case Role::heading:
      return "heading";
    case Role::paragraph:
      return "p";
    case Role::list_item:
      return "li";
  }
  return "button";
}

const char* input_mode(InputKind k) {
  switch (k) {
    case InputKind::decimal:
      return "decimal";
    case InputKind::numeric:
      return "numeric";
    case InputKind::text:
      return "text";
  }
  return "text";
}

// A widget the screens did not describe: its role as ImGui reports it (a checkbox, a text field), else a button.
Role guessed_role(const RegisteredItem& it) {
  if (it.inputable) return Role::textbox;
  if (it.checkable) return Role::checkbox;
  return Role::button;
}

// One node of the mirror: only the fields that say something (a short message for a page of ~200 nodes).
assess::Json node_of(const RegisteredItem& it) {
  const Semantics& s = it.semantics;
  const Role role = it.described || it.text_node ? s.role : guessed_role(it);
  assess::Json n = {{"k", it.key}, {"r", role_name(role)}, {"t", it.text}, {"reg", region_name(it.region)}};
  if (!it.dialog.empty()) n["dlg"] = it.dialog;
  if (!s.name.empty()) n["n"] = s.name;
  if (!s.description.empty()) n["d"] = s.description;
  if (!s.group.empty()) n["g"] = s.group, n["gn"] = s.group_name;
  if (role == Role::textbox) {
    n["v"] = it.described ? s.value : std::string();
    if (!s.error.empty()) n["e"] = s.error;
    n["im"] = input_mode(s.input);
  }
  if (role == Role::checkbox || role == Role::radio || role == Role::tab) n["c"] = it.checked;
  if (role == Role::heading) n["lv"] = s.level > 0 ? s.level : 2;
  if (it.disabled) n["x"] = true;
  return n;
}

}  // namespace

// The sentence a screen reader hears once when the result changes: the total, then each claimed measure whose
// status or range is new since the last sentence ("第四条 关键技术攻关补助:可估算 0–3,000,000 元").
std::string App::announcement() {
  if (!session_.evaluation.valid()) return {};
  const assess::Result& result = session_.evaluation.result();
  const assess::Totals& total = result.total;
  std::string text = total.max > 0 ? t(Str::announce_total, {format_wan_grouped(total.max), assess::format_yuan(total.min),
                                                             assess::format_yuan(total.max)})
                                   : t(Str::announce_none);
  std::map<std::string, std::string> now;
  for (const assess::MeasureResult& mr : result.measures) {
    if (mr.status == assess::Status::not_claimed || mr.measure->claim == assess::Measure::Claim::none) continue;
    std::string line = assess::article_name(mr.measure->article, session_.lang) + " " + mr.measure->title.in(session_.lang) +
                       ": " + assess::status_label(mr, session_.lang);
    if (mr.status == assess::Status::estimate) line += " " + assess::range_text(mr.min, mr.max, session_.lang);
    now[mr.measure->id] = line;
    auto before = session_.announced.find(mr.measure->id);
    if (before == session_.announced.end() || before->second != line) text += " " + line + ".";
  }
  session_.announced = std::move(now);
  return text;
}

void App::publish_accessible() {
  assess::Json mirror;
  mirror["lang"] = assess::lang_code(session_.lang);
  mirror["title"] = t(screen_row(session_.screen).title) + " · " + policy_.title.in(session_.lang);
  mirror["labels"] = {{"header", t(Str::mirror_toolbar)},
                      {"steps", t(Str::mirror_steps)},
                      {"footer", t(Str::mirror_navigation)},
                      {"results", t(Str::results_title)}};
  assess::Json& nodes = mirror["nodes"] = assess::Json::array();
  std::string dialog;
  for (const RegisteredItem& it : registry_items()) {
    if (it.text.empty() && it.semantics.name.empty()) continue;
    nodes.push_back(node_of(it));
    if (!it.dialog.empty()) dialog = it.dialog;  // the top one: drawn last
  }
  mirror["dialog"] = dialog.empty() ? assess::Json() : assess::Json{{"key", dialog}, {"alert", registry_dialog_is_alert(dialog)}};
  // Where the keyboard is on the canvas, and whether a canvas field is being typed in (its IME agent has the focus).
  mirror["focus"] = registry_focused_key();
  mirror["editing"] = ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput;
  // A toast is a status message: said politely, once.
  mirror["toast"] = !session_.toast.text.empty() && now_ms() < session_.toast.until ? session_.toast.text : std::string();
  // The result changed (a new version of the answers evaluated): one sentence, numbered so it is said once.
  // The first result is not news (the page has just opened): it is only remembered, to say what changes later.
  if (session_.announced_version != session_.evaluation.version()) {
    const bool first = session_.announced_version == 0;
    session_.announced_version = session_.evaluation.version();
    const std::string text = announcement();
    if (!first) session_.announcement = text, ++session_.announcement_count;
  }
  mirror["announce"] = {{"n", session_.announcement_count}, {"text", session_.announcement}};
  const std::string out = mirror.dump(-1, ' ', false, assess::Json::error_handler_t::replace);
  if (out == session_.accessible_published) return;
  session_.accessible_published = out;
  platform_.publish_accessible(out);
}

}  // namespace ui
