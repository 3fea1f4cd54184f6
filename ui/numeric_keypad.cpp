// The on-screen numeric keypad of kiosk mode: amounts (万元, with a decimal point) and counts are entered by
// touch alone. The keypad edits a copy of the field's text; "OK" hands it to the field, which validates it
// exactly as typed text (so a bad amount shows the same message and withdraws the answer the same way).
#include "numeric_keypad.hpp"

#include <imgui.h>

#include <optional>

#include "number_problem.hpp"
#include "number_text.hpp"
#include "widgets.hpp"

namespace ui {

namespace {
constexpr std::size_t kMaxKeypadChars = 16;
}

bool keypad_field(const ScreenContext& c, const std::string& label, const std::string& path, std::string& text, bool decimals,
                  float width, Request& asked) {
  ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_FrameBg));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::GetStyleColorVec4(ImGuiCol_FrameBgHovered));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImGui::GetStyleColorVec4(ImGuiCol_FrameBgActive));
  ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0, 0.5f));
  const std::string shown = text.empty() ? c.t(Str::keypad_tap) : text;
  if (ImGui::Button((shown + "##keypad:" + path).c_str(), ImVec2(width, 0)))
    asked = request::OpenDialog{dialog::Keypad{path, label, text, decimals}};
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(3);
  std::optional<std::string> handed = c.texts.take_commit(path);
  if (!handed) return false;
  text = std::move(*handed);
  return true;
}

Request draw_keypad(const ScreenContext& c, dialog::Keypad& keypad, Modal& modal) {
  Request asked;
  text_wrapped_whole(keypad.label);
  // The display: what has been keyed, in the heading font, then what it means or why it is not a value.
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyleColorVec4(ImGuiCol_FrameBg));
  ImGui::BeginChild("##keypad_display", ImVec2(0, c.px(56)), ImGuiChildFlags_Border);
  if (c.heading_font) ImGui::PushFont(c.heading_font);
  const std::string shown = (keypad.text.empty() ? std::string("0") : keypad.text) + (keypad.decimals ? " " + c.t(Str::wan) : "");
  ImGui::TextUnformatted(shown.c_str());
  registry_text(Role::paragraph, shown);  // what has been keyed, said as the display shows it
  if (c.heading_font) ImGui::PopFont();
  ImGui::EndChild();
  ImGui::PopStyleColor();
  // The same table of spellings as typed text: the echo for a valid amount, the reason for anything else.
  const assess::NumberReading read = keypad.decimals ? assess::read_wan_amount(keypad.text, c.policy.limits.yuan_max)
                                                     : assess::read_count(keypad.text, c.policy.limits.count_max);
  if (read.ok() && keypad.decimals)
    text_muted(c.t(Str::yuan_echo, {assess::format_yuan(read.value)}));
  else if (!read.ok() && read.error != assess::NumberError::empty)
    text_wrapped_colored(kBad, number_problem(c, read, keypad.decimals));
  else
    ImGui::TextUnformatted(" ");
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float key_w = (ImGui::GetContentRegionAvail().x - 2 * gap) / 3;
  const ImVec2 key(key_w, c.px(64));
  const char* keys[12] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", ".", "0", "back"};
  for (int i = 0; i < 12; ++i) {
    const std::string k = keys[i];
    if (i % 3) ImGui::SameLine();
    if (k == "." && !keypad.decimals) {  // counts have no decimal point: an empty cell keeps the grid
      ImGui::Dummy(key);
      continue;
    }
    const std::string label = k == "back" ? c.t(Str::keypad_back) : k;
    if (secondary_button(label + "##keypad:" + (k == "." ? "dot" : k), key)) {
      if (k == "back") {
        if (!keypad.text.empty()) keypad.text.pop_back();
      } else if (keypad.text == "0" && k != ".") {
        keypad.text = k;  // a field showing 0 (a count not yet entered): 1 2 reads "12", not "012"
      } else if (keypad.text.size() < kMaxKeypadChars) {
        keypad.text += k;
      }
    }
  }
  const float third = key_w;
  if (secondary_button(c.t(Str::keypad_clear) + "##keypad:clear", ImVec2(third, c.px(56)))) keypad.text.clear();
  ImGui::SameLine();
  if (secondary_button(c.t(Str::cancel) + "##keypad:cancel", ImVec2(third, c.px(56))) || modal.escaped()) modal.close();
  ImGui::SameLine();
  if (primary_button(c.t(Str::ok) + "##keypad:ok", ImVec2(third, c.px(56)))) {
    asked = request::KeypadDone{keypad.path, keypad.text};
    modal.close();
  }
  return asked;
}

}  // namespace ui
