// The details step: each question of the ticked activities as the widget its type calls for, editing the
// answers through their typed views (answers.hpp). Amounts are typed in 万元 and echoed in exact yuan; bad input stays in the
// field with a message and never reaches the answers.
#include "question_widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // SetFocusID, ScrollToItem: "edit" on a result card

#include <algorithm>
#include <functional>

#include "item_links.hpp"
#include "item_registry.hpp"
#include "number_problem.hpp"
#include "number_text.hpp"
#include "numeric_keypad.hpp"
#include "questionnaire.hpp"
#include "text_field.hpp"
#include "touch_widgets.hpp"
#include "wan_amount.hpp"
#include "widgets.hpp"

namespace ui {

void draw_help(const ScreenContext& c, const assess::Text& help);
Request draw_amount(const ScreenContext& c, const assess::Field& field, AnswerGroup parent, const std::string& path);
Request draw_count(const ScreenContext& c, const assess::Field& field, AnswerGroup parent, const std::string& path);
Request draw_list(const ScreenContext& c, const assess::Field& field, AnswerGroup parent, const std::string& path);
// Whether a yes/no item field is pre-answered "yes" now (the policy's prefill_if), and a new item so pre-answered.
bool prefilled(const ScreenContext& c, const assess::Field& field);
void add_item(const ScreenContext& c, const assess::Field& list, AnswerList items);

// What the accessible mirror says of a question: its label, its value and its help, in one sentence.
static std::string described(const assess::Field& f, assess::Lang lang, const std::string& value) {
  std::string out = f.label.in(lang) + ": " + (value.empty() ? "—" : value);
  if (!f.help.in(lang).empty()) out += " (" + f.help.in(lang) + ")";
  return out;
}

// "Edit" on a result card (results_view.cpp) names a question (edit_target): its first widget, just drawn, takes
// the keyboard focus (the visible ring) and is scrolled to the middle of the screen.
void focus_if_edit_target(const ScreenContext& c, const std::string& path) {
  if (c.edit_target != path) return;
  c.edit_target.clear();
  ImGui::SetFocusID(ImGui::GetItemID(), ImGui::GetCurrentWindow());
  ImGui::GetCurrentContext()->NavDisableHighlight = false;
  ImGui::ScrollToItem(ImGuiScrollFlags_AlwaysCenterY);
}

// Text typed for this field in the accessible mirror's text box since the last frame: it replaces the field's
// text as typing on the canvas would (true), and is then gone.
static bool take_mirror_text(const ScreenContext& c, const std::string& path, std::string& text) {
  auto typed = c.typed_in_mirror.find(path);
  if (typed == c.typed_in_mirror.end()) return false;
  text = std::move(typed->second);
  c.typed_in_mirror.erase(typed);
  return true;
}

// A text field to a screen reader: named by its question, with its help, its text and why it is refused.
static void describe_field(const ScreenContext& c, const std::string& name, const assess::Field& f, const std::string& value,
                           const std::string& problem, InputKind input) {
  Semantics field;
  field.role = Role::textbox;
  field.name = name;
  field.description = f.help.in(c.lang());
  field.value = value;
  field.error = problem;
  field.input = input;
  registry_describe_last(field);
}

void draw_help(const ScreenContext& c, const assess::Text& help) {
  if (!help.in(c.lang()).empty()) text_muted(help.in(c.lang()));
}

// The field's text read by the core's table of spellings: never filtered, never rewritten.
Request draw_amount(const ScreenContext& c, const assess::Field& field, AnswerGroup parent, const std::string& path) {
  Request asked;
  std::string& text = c.texts.text(path, [&] {
    const std::optional<assess::Yuan> value = parent.number(field);
    return value ? format_wan(*value) : std::string();
  });
  text_wrapped_whole(field.label.in(c.lang()));
  ImGui::SetNextItemWidth(c.px(200));
  // Kiosks have no keyboard: the field opens the on-screen keypad instead.
  bool edited = c.kiosk() ? keypad_field(c, field.label.in(c.lang()), path, text, true, c.px(200), asked)
                          : text_field(c, "##" + path, text, Keyboard::decimal, "0");
  edited = take_mirror_text(c, path, text) || edited;
  if (edited) c.texts.edited();
  const assess::NumberReading read = assess::read_wan_amount(text, c.policy.limits.yuan_max);
  const std::string problem = number_problem(c, read, true);
  // The mirror (and a screen reader) hears the reason too, right after the value.
  registry_annotate_last(
      described(field, c.lang(), text.empty() ? "" : text + " " + c.t(Str::wan)) + (problem.empty() ? "" : " — " + problem),
      false);
  describe_field(c, c.t(Str::amount_name, {field.label.in(c.lang())}), field, text, problem, InputKind::decimal);
  focus_if_edit_target(c, path);
  ImGui::SameLine();
  ImGui::TextUnformatted(c.t(Str::wan).c_str());
  if (read.ok()) {
    const std::string echo = c.t(Str::yuan_echo, {assess::format_yuan(read.value)});
    same_line_if_fits(echo);  // on a phone it goes under the field, never broken inside the number
    text_muted(echo);
  }
  if (edited) {
    // While the text is not a valid amount the answer is withdrawn (never a stale or clamped number);
    // the text stays in the field, with the message below, until it is corrected.
    if (read.ok())
      parent.set_number(field, read.value);
    else
      parent.clear(field);
  }
  if (!problem.empty()) text_wrapped_colored(kBad, problem);
  draw_help(c, field.help);
  return asked;
}

Request draw_count(const ScreenContext& c, const assess::Field& field, AnswerGroup parent, const std::string& path) {
  const std::int64_t max = c.policy.limits.count_max;
  Request asked;
  std::int64_t value = parent.number(field).value_or(0);
  std::string& text = c.texts.text(path, [value] { return std::to_string(value); });
  text_wrapped_whole(field.label.in(c.lang()));
  const float button = ImGui::GetFrameHeight() + c.px(8);
  bool step = false;
  if (secondary_button("-##dec:" + path, ImVec2(button, 0)) && value > 0) value -= 1, step = true;
  Semantics less;
  less.name = c.t(Str::count_less, {field.label.in(c.lang())});
  registry_describe_last(less);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(c.px(90));
  bool edited = c.kiosk() ? keypad_field(c, field.label.in(c.lang()), path, text, false, c.px(90), asked)
                          : text_field(c, "##" + path, text, Keyboard::numeric);
  edited = take_mirror_text(c, path, text) || edited;
  const assess::NumberReading read = assess::read_count(text, max);
  registry_annotate_last(
      described(field, c.lang(), text) +
          (read.ok() || read.error == assess::NumberError::empty ? "" : " — " + number_problem(c, read, false)),
      false);
  describe_field(c, field.label.in(c.lang()), field, text,
                 read.ok() || read.error == assess::NumberError::empty ? "" : number_problem(c, read, false), InputKind::numeric);
  focus_if_edit_target(c, path);
  ImGui::SameLine();
  if (secondary_button("+##inc:" + path, ImVec2(button, 0)) && value < max) value += 1, step = true;
  Semantics more;
  more.name = c.t(Str::count_more, {field.label.in(c.lang())});
  registry_describe_last(more);
  if (step || edited) c.texts.edited();
  if (step) {
    text = std::to_string(value);
    parent.set_number(field, value);
  } else if (edited) {
    if (read.ok())
      parent.set_number(field, read.value);
    else
      parent.clear(field);  // as for amounts: an invalid text withdraws the answer, keeps the text
  }
  const std::string problem = step ? std::string() : number_problem(c, read, false);
  if (!problem.empty()) text_wrapped_colored(kBad, problem);
  draw_help(c, field.help);
  return asked;
}

// Amount and count fields whose text could not be read, among the questions asked now: each is an answer
// missing from the estimate, and the results say so.
int pending_numbers(const assess::Policy& policy, Answers& answers, const FieldTexts& texts) {
  if (texts.empty()) return 0;
  int pending = 0;
  std::function<void(const assess::Field&, AnswerGroup, const std::string&)> walk =
      [&](const assess::Field& f, AnswerGroup parent, const std::string& path) {
        if (f.type == assess::FieldType::yuan || f.type == assess::FieldType::count) {
          const std::string* text = texts.find(path);
          if (!text) return;
          const assess::NumberReading r = f.type == assess::FieldType::yuan
                                              ? assess::read_wan_amount(*text, policy.limits.yuan_max)
                                              : assess::read_count(*text, policy.limits.count_max);
          pending += !r.ok() && r.error != assess::NumberError::empty;
        } else if (f.type == assess::FieldType::group) {
          for (const assess::Field& sub : f.fields) walk(sub, parent.group(f), path + "." + sub.id);
        } else if (f.type == assess::FieldType::list) {
          const AnswerList items = parent.list(f);
          for (std::size_t i = 0; i < items.size(); ++i)
            for (const assess::Field& sub : f.fields) walk(sub, items.item(i), path + "[" + std::to_string(i) + "]." + sub.id);
        }
      };
  for (const assess::Field& q : policy.questions)
    if (answers.asked(q)) walk(q, answers.top(), "answers." + q.id);
  return pending;
}

bool prefilled(const ScreenContext& c, const assess::Field& field) {
  return c.session.evaluation.valid() && assess::prefilled(field, c.session.evaluation.profile());
}

void add_item(const ScreenContext& c, const assess::Field& list, AnswerList items) {
  // The policy's pre-answers (prefill_if), from the answers as last evaluated; the user can change them.
  std::vector<const assess::Field*> yes;
  for (const assess::Field& f : list.fields)
    if (prefilled(c, f)) yes.push_back(&f);
  AnswerGroup item = items.add();
  for (const assess::Field* f : yes) item.set_yes_no(*f, true);
}

Request draw_list(const ScreenContext& c, const assess::Field& field, AnswerGroup parent, const std::string& path) {
  // Drawing never changes the answers: the list is created by "add", not by being shown.
  Request asked;
  AnswerList items = parent.list(field);
  // "Edit" on the list's result card: its first item's first field, or the "add" button of an empty list.
  if (c.edit_target == path && !field.fields.empty())
    c.edit_target = items.size() > 0 ? path + "[0]." + field.fields.front().id : "add:" + path;
  text_wrapped_whole(field.label.in(c.lang()));
  draw_help(c, field.help);
  int remove = -1;
  // An item is named by its first text field, as in the results and reports (assess::item_name).
  const assess::Field* name_field = nullptr;
  for (const assess::Field& f : field.fields)
    if (!name_field && f.type == assess::FieldType::text) name_field = &f;
  for (std::size_t i = 0; i < items.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    std::string item_path = path + "[" + std::to_string(i) + "]";
    const std::string name = name_field ? items.item(i).text(*name_field) : "";
    std::string title =
        c.t(Str::item_title, {field.item_label.in(c.lang()), std::to_string(i + 1)}) + (name.empty() ? "" : ": " + name);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, kItemBg);
    ImGui::BeginChild("##item", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY,
                      ImGuiWindowFlags_NavFlattened);
    // The title wraps beside the remove button, never under it (a long project name on a phone).
    const std::string remove_label = c.t(Str::remove_item) + "##remove:" + item_path;
    const float remove_w = button_width(remove_label);
    const float left = ImGui::GetCursorPosX(), avail = ImGui::GetContentRegionAvail().x;
    text_wrapped_whole(title, avail - remove_w - ImGui::GetStyle().ItemSpacing.x);
    ImGui::SameLine(left + avail - remove_w);
    if (secondary_button(remove_label)) remove = static_cast<int>(i);
    Semantics remove_button;
    remove_button.name = c.t(Str::remove_item_named, {title});  // "删除 攻关项目 2": which one, not only "删除"
    registry_describe_last(remove_button);
    for (const assess::Field& f : field.fields) {
      ask(asked, draw_question(c, f, items.item(i), item_path + "." + f.id));
      draw_item_links(c, field, f, items.item(i), i, item_path + "." + f.id);
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::PopID();
  }
  if (remove >= 0) {
    items.remove(static_cast<std::size_t>(remove));
    // Field texts are keyed by path, and the paths of later items just moved: start them afresh.
    c.texts.forget_under(path + "[");
  }
  if (static_cast<std::int64_t>(items.size()) < c.policy.limits.list_max &&
      secondary_button(c.t(Str::add_item, {field.item_label.in(c.lang())}) + "##add:" + path, ImVec2(0, c.choice_height())))
    add_item(c, field, items);
  focus_if_edit_target(c, "add:" + path);
  return asked;
}

Request draw_question(const ScreenContext& c, const assess::Field& field, AnswerGroup parent, const std::string& path) {
  Request asked;
  ImGui::PushID(field.id.c_str());
  switch (field.type) {
    case assess::FieldType::boolean: {
      bool v = parent.yes_no(field).value_or(false);
      if (ImGui::Checkbox(("##" + path).c_str(), &v)) parent.set_yes_no(field, v);
      registry_annotate_last(described(field, c.lang(), c.t(v ? Str::yes : Str::no)), v);
      Semantics box;
      box.role = Role::checkbox;
      box.name = field.label.in(c.lang());
      box.description = field.help.in(c.lang());
      box.checked = v;
      registry_describe_last(box);
      focus_if_edit_target(c, path);
      ImGui::SameLine();
      text_wrapped_whole(field.label.in(c.lang()));
      if (v && prefilled(c, field)) {
        ImGui::Indent(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
        text_muted(c.t(Str::prefilled));
        ImGui::Unindent(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
      }
      if (!field.help.in(c.lang()).empty()) {
        ImGui::Indent(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
        draw_help(c, field.help);
        ImGui::Unindent(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
      }
      break;
    }
    case assess::FieldType::count:
      asked = draw_count(c, field, parent, path);
      break;
    case assess::FieldType::yuan:
      asked = draw_amount(c, field, parent, path);
      break;
    case assess::FieldType::enumeration: {
      int current = -1;
      const std::string chosen = parent.choice(field);
      for (std::size_t i = 0; i < field.options.size(); ++i)
        if (!chosen.empty() && field.options[i].value == chosen) current = static_cast<int>(i);
      text_wrapped_whole(field.label.in(c.lang()));
      // One button per choice (no drop-down): every option visible, each a large target, touch-friendly; a
      // label too long for the line wraps inside its button.
      const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
      for (std::size_t i = 0; i < field.options.size(); ++i) {
        const std::string& text = field.options[i].label.in(c.lang());
        const float w = ImGui::CalcTextSize(text.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x;
        if (i > 0) {
          ImGui::SameLine();
          if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
        }
        const bool selected = static_cast<int>(i) == current;
        if (wrapping_button(text, path + "=" + field.options[i].value, selected, c.choice_height()))
          parent.set_choice(field, field.options[i].value);
        registry_annotate_last(text, selected);
        Semantics radio;
        radio.role = Role::radio;
        radio.group = path;
        radio.group_name = field.label.in(c.lang());
        radio.description = field.help.in(c.lang());
        radio.checked = selected;
        registry_describe_last(radio);
        if (i == 0) focus_if_edit_target(c, path);
      }
      draw_help(c, field.help);
      break;
    }
    case assess::FieldType::enum_set: {
      text_wrapped_whole(field.label.in(c.lang()));
      draw_help(c, field.help);
      // Two columns only when every option's label fits in one (an English label can be long).
      float widest = 0;
      for (const assess::Option& o : field.options)
        widest = std::max(widest, ImGui::CalcTextSize(o.label.in(c.lang()).c_str()).x);
      const float column_need = widest + ImGui::GetFrameHeight() + 3 * ImGui::GetStyle().ItemInnerSpacing.x;
      const int columns =
          ImGui::GetContentRegionAvail().x > c.px(520) && ImGui::GetContentRegionAvail().x / 2 >= column_need ? 2 : 1;
      if (ImGui::BeginTable("##set", columns)) {
        for (const assess::Option& o : field.options) {
          ImGui::TableNextColumn();
          // A row per option, its label wrapped (an English label is longer than a phone is wide).
          const bool on = parent.ticked(field, o.value);
          const bool tapped = check_row(c, path + "=" + o.value, o.label.in(c.lang()), on);
          Semantics box;
          box.role = Role::checkbox;
          box.group = path;
          box.group_name = field.label.in(c.lang());
          box.checked = on;
          registry_describe_last(box);
          if (tapped) parent.tick(field, o.value, !on);
          if (&o == &field.options.front()) focus_if_edit_target(c, path);
        }
        ImGui::EndTable();
      }
      break;
    }
    case assess::FieldType::text: {
      text_wrapped_whole(field.label.in(c.lang()));
      std::string v = parent.text(field);
      ImGui::SetNextItemWidth(-1);
      bool text_edited = text_field(c, "##" + path, v, Keyboard::text);
      text_edited = take_mirror_text(c, path, v) || text_edited;
      registry_annotate_last(described(field, c.lang(), v), false);
      describe_field(c, field.label.in(c.lang()), field, v, "", InputKind::text);
      focus_if_edit_target(c, path);
      if (text_edited) parent.set_text(field, v);  // an empty text withdraws the answer
      draw_help(c, field.help);
      break;
    }
    case assess::FieldType::list:
      asked = draw_list(c, field, parent, path);
      break;
    case assess::FieldType::group:
      if (c.edit_target == path && !field.fields.empty()) c.edit_target = path + "." + field.fields.front().id;
      text_wrapped_whole(field.label.in(c.lang()));
      ImGui::Indent(c.px(16));
      // The group is stored by its first answer, not by being shown.
      for (const assess::Field& f : field.fields) ask(asked, draw_question(c, f, parent.group(field), path + "." + f.id));
      ImGui::Unindent(c.px(16));
      break;
  }
  ImGui::PopID();
  ImGui::Spacing();
  return asked;
}

}  // namespace ui
