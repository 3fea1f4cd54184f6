// The details step: each question of the ticked activities as the widget its type calls for, editing the
// answers document in place. Amounts are typed in 万元 and echoed in exact yuan; bad input stays in the field
// with a message and never reaches the answers.
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "app.hpp"
#include "item_registry.hpp"
#include "wan_amount.hpp"
#include "widgets.hpp"

namespace ui {

// What the accessible mirror says of a question: its label, its value and its help, in one sentence.
static std::string described(const assess::Field& f, assess::Lang lang, const std::string& value) {
  std::string out = f.label.in(lang) + ": " + (value.empty() ? "—" : value);
  if (!f.help.in(lang).empty()) out += " (" + f.help.in(lang) + ")";
  return out;
}

void App::draw_help(const assess::Text& help) {
  if (!help.in(lang_).empty()) text_muted(help.in(lang_));
}

void App::draw_amount(const assess::Field& field, assess::Json& parent, const std::string& path) {
  auto it = edit_text_.find(path);
  if (it == edit_text_.end()) {
    const bool has = parent.contains(field.id) && parent[field.id].is_number_integer();
    it = edit_text_.emplace(path, has ? format_wan(parent[field.id].get<assess::Yuan>()) : std::string()).first;
  }
  ImGui::TextWrapped("%s", field.label.in(lang_).c_str());
  ImGui::SetNextItemWidth(px(200));
  // Kiosks have no keyboard: the field opens the on-screen keypad instead.
  const bool edited = kiosk()
                          ? keypad_field(field.label.in(lang_), path, it->second, true, px(200))
                          : ImGui::InputTextWithHint(("##" + path).c_str(), "0", &it->second, ImGuiInputTextFlags_CharsDecimal);
  registry_annotate_last(described(field, lang_, it->second.empty() ? "" : it->second + " " + t("wan")), false);
  ImGui::SameLine();
  ImGui::TextUnformatted(t("wan").c_str());
  assess::Yuan yuan = 0;
  WanParse parsed = parse_wan(it->second, policy_.limits.yuan_max, yuan);
  if (parsed == WanParse::ok) {
    ImGui::SameLine();
    text_muted(t("yuan_echo", {assess::format_yuan(yuan)}));
  }
  if (edited) {
    // While the text is not a valid amount the answer is withdrawn (never a stale or clamped number);
    // the text stays in the field, with the message below, until it is corrected.
    if (parsed == WanParse::ok)
      parent[field.id] = yuan;
    else
      parent.erase(field.id);
    answers_.changed();
  }
  if (parsed == WanParse::malformed) text_wrapped_colored(kBad, t("bad_wan"));
  if (parsed == WanParse::too_large)
    text_wrapped_colored(kBad, t("wan_too_large", {assess::format_yuan(policy_.limits.yuan_max)}));
  draw_help(field.help);
}

void App::draw_count(const assess::Field& field, assess::Json& parent, const std::string& path) {
  const assess::Yuan max = policy_.limits.count_max;
  assess::Yuan value =
      parent.contains(field.id) && parent[field.id].is_number_integer() ? parent[field.id].get<assess::Yuan>() : 0;
  auto it = edit_text_.find(path);
  if (it == edit_text_.end()) it = edit_text_.emplace(path, std::to_string(value)).first;
  ImGui::TextWrapped("%s", field.label.in(lang_).c_str());
  const float button = ImGui::GetFrameHeight() + px(8);
  bool step = false;
  if (secondary_button("-##dec:" + path, ImVec2(button, 0)) && value > 0) value -= 1, step = true;
  ImGui::SameLine();
  ImGui::SetNextItemWidth(px(90));
  bool edited = kiosk() ? keypad_field(field.label.in(lang_), path, it->second, false, px(90))
                        : ImGui::InputText(("##" + path).c_str(), &it->second, ImGuiInputTextFlags_CharsDecimal);
  registry_annotate_last(described(field, lang_, it->second), false);
  ImGui::SameLine();
  if (secondary_button("+##inc:" + path, ImVec2(button, 0)) && value < max) value += 1, step = true;
  bool valid = !it->second.empty() && it->second.size() <= 5;
  assess::Yuan typed = 0;
  for (char c : it->second) valid = valid && c >= '0' && c <= '9', typed = typed * 10 + (c - '0');
  valid = valid && typed <= max;
  if (step) {
    it->second = std::to_string(value);
    parent[field.id] = value;
    answers_.changed();
  } else if (edited) {
    if (valid)
      parent[field.id] = typed;
    else
      parent.erase(field.id);  // as for amounts: an invalid text withdraws the answer, keeps the text
    answers_.changed();
  }
  if (!valid) text_wrapped_colored(kBad, t("bad_count", {std::to_string(max)}));
  draw_help(field.help);
}

void App::draw_list(const assess::Field& field, assess::Json& parent, const std::string& path) {
  // Drawing never changes the answers: the list is created by "add", not by being shown.
  static const assess::Json kNoItems = assess::Json::array();
  const bool exists = parent.contains(field.id) && parent[field.id].is_array();
  assess::Json scratch = kNoItems;
  assess::Json& items = exists ? parent[field.id] : scratch;
  ImGui::TextWrapped("%s", field.label.in(lang_).c_str());
  draw_help(field.help);
  int remove = -1;
  for (std::size_t i = 0; i < items.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    std::string item_path = path + "[" + std::to_string(i) + "]";
    std::string name =
        items[i].contains("subject") && items[i]["subject"].is_string() ? items[i]["subject"].get<std::string>() : "";
    std::string title = t("item_title", {field.item_label.in(lang_), std::to_string(i + 1)}) + (name.empty() ? "" : ": " + name);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0.972f, 0.98f, 0.992f, 1));
    ImGui::BeginChild("##item", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY,
                      ImGuiWindowFlags_NavFlattened);
    ImGui::TextUnformatted(title.c_str());
    ImGui::SameLine(ImGui::GetContentRegionAvail().x - px(70) + ImGui::GetCursorPosX() - ImGui::GetCursorPosX());
    if (secondary_button(t("remove_item") + "##remove:" + item_path)) remove = static_cast<int>(i);
    for (const assess::Field& f : field.fields) {
      draw_question(f, items[i], item_path + "." + f.id);
      draw_item_links(field, f, items[i], i, item_path + "." + f.id);
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::PopID();
  }
  if (remove >= 0) {
    items.erase(static_cast<std::size_t>(remove));
    // Field texts are keyed by path, and the paths of later items just moved: start them afresh.
    for (auto it = edit_text_.begin(); it != edit_text_.end();)
      it = it->first.rfind(path + "[", 0) == 0 ? edit_text_.erase(it) : std::next(it);
    answers_.changed();
  }
  if (static_cast<std::int64_t>(items.size()) < policy_.limits.list_max &&
      secondary_button(t("add_item", {field.item_label.in(lang_)}) + "##add:" + path, ImVec2(0, px(kiosk() ? 48 : 40)))) {
    if (!exists) parent[field.id] = assess::Json::array();
    parent[field.id].push_back(assess::Json::object());
    answers_.changed();
  }
}

void App::draw_question(const assess::Field& field, assess::Json& parent, const std::string& path) {
  ImGui::PushID(field.id.c_str());
  switch (field.type) {
    case assess::FieldType::boolean: {
      bool v = parent.contains(field.id) && parent[field.id].is_boolean() && parent[field.id].get<bool>();
      if (ImGui::Checkbox(("##" + path).c_str(), &v)) {
        parent[field.id] = v;
        answers_.changed();
      }
      registry_annotate_last(described(field, lang_, t(v ? "yes" : "no")), v);
      ImGui::SameLine();
      ImGui::TextWrapped("%s", field.label.in(lang_).c_str());
      if (!field.help.in(lang_).empty()) {
        ImGui::Indent(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
        draw_help(field.help);
        ImGui::Unindent(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
      }
      break;
    }
    case assess::FieldType::count:
      draw_count(field, parent, path);
      break;
    case assess::FieldType::yuan:
      draw_amount(field, parent, path);
      break;
    case assess::FieldType::enumeration: {
      int current = -1;
      if (parent.contains(field.id) && parent[field.id].is_string())
        for (std::size_t i = 0; i < field.options.size(); ++i)
          if (field.options[i].value == parent[field.id].get<std::string>()) current = static_cast<int>(i);
      ImGui::TextWrapped("%s", field.label.in(lang_).c_str());
      // One button per choice (no drop-down): every option visible, each a large target, touch-friendly.
      const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
      for (std::size_t i = 0; i < field.options.size(); ++i) {
        std::string label = field.options[i].label.in(lang_) + "##" + path + "=" + field.options[i].value;
        float w = ImGui::CalcTextSize(label.c_str(), nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
        if (i > 0) {
          ImGui::SameLine();
          if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
        }
        const bool selected = static_cast<int>(i) == current;
        if (selected ? primary_button(label, ImVec2(0, px(kiosk() ? 48 : 40)))
                     : secondary_button(label, ImVec2(0, px(kiosk() ? 48 : 40)))) {
          parent[field.id] = field.options[i].value;
          answers_.changed();
        }
        registry_annotate_last(field.options[i].label.in(lang_), selected);
      }
      draw_help(field.help);
      break;
    }
    case assess::FieldType::enum_set: {
      ImGui::TextWrapped("%s", field.label.in(lang_).c_str());
      draw_help(field.help);
      const assess::Json set =
          parent.contains(field.id) && parent[field.id].is_array() ? parent[field.id] : assess::Json::array();
      const int columns = ImGui::GetContentRegionAvail().x > px(520) ? 2 : 1;
      if (ImGui::BeginTable("##set", columns)) {
        for (const assess::Option& o : field.options) {
          ImGui::TableNextColumn();
          bool on = false;
          for (const auto& v : set) on = on || (v.is_string() && v.get<std::string>() == o.value);
          if (ImGui::Checkbox((o.label.in(lang_) + "##" + path + "=" + o.value).c_str(), &on)) {
            assess::Json next = assess::Json::array();
            for (const assess::Option& o2 : field.options) {
              bool keep = o2.value == o.value ? on : false;
              for (const auto& v : set) keep = keep || (o2.value != o.value && v.is_string() && v.get<std::string>() == o2.value);
              if (keep) next.push_back(o2.value);
            }
            parent[field.id] = next;
            answers_.changed();
          }
        }
        ImGui::EndTable();
      }
      break;
    }
    case assess::FieldType::text: {
      ImGui::TextWrapped("%s", field.label.in(lang_).c_str());
      std::string v = parent.contains(field.id) && parent[field.id].is_string() ? parent[field.id].get<std::string>() : "";
      ImGui::SetNextItemWidth(-1);
      const bool text_edited = ImGui::InputText(("##" + path).c_str(), &v);
      registry_annotate_last(described(field, lang_, v), false);
      if (text_edited) {
        if (v.empty())
          parent.erase(field.id);
        else
          parent[field.id] = v;
        answers_.changed();
      }
      draw_help(field.help);
      break;
    }
    case assess::FieldType::list:
      draw_list(field, parent, path);
      break;
    case assess::FieldType::group:
      ImGui::TextWrapped("%s", field.label.in(lang_).c_str());
      ImGui::Indent(px(16));
      {
        // Sub-fields edit a copy; it is stored only when something in it was answered.
        assess::Json group =
            parent.contains(field.id) && parent[field.id].is_object() ? parent[field.id] : assess::Json::object();
        const assess::Json before = group;
        for (const assess::Field& f : field.fields) draw_question(f, group, path + "." + f.id);
        if (group != before) parent[field.id] = group;
      }
      ImGui::Unindent(px(16));
      break;
  }
  ImGui::PopID();
  ImGui::Spacing();
}

void App::draw_details() {
  draw_step_tabs();
  ImGui::TextWrapped("%s", t("details_intro").c_str());
  bool any = false;
  for (const assess::Activity& a : policy_.activities) {
    if (!answers_.activity(a.id)) continue;
    bool header = false;
    for (int qi : a.questions) {
      const assess::Field& q = policy_.questions[static_cast<std::size_t>(qi)];
      if (!answers_.asked(q)) continue;
      if (!header) {
        ImGui::Spacing();
        ImGui::PushStyleColor(ImGuiCol_Text, kAccent);
        if (heading_font_) ImGui::PushFont(heading_font_);
        ImGui::TextWrapped("%s", a.label.in(lang_).c_str());
        if (heading_font_) ImGui::PopFont();
        ImGui::PopStyleColor();
        ImGui::Separator();
        header = any = true;
      }
      draw_question(q, answers_.all(), "answers." + q.id);
    }
  }
  if (!any) text_muted(t("details_none"));
  draw_nav_buttons(Screen::activities, Screen::results, true);
}

}  // namespace ui
