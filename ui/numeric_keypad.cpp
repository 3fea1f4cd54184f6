// The on-screen numeric keypad of kiosk mode: amounts (万元, with a decimal point) and counts are entered by
// touch alone. The keypad edits a copy of the field's text; "OK" hands it to the field, which validates it
// exactly as typed text (so a bad amount shows the same message and withdraws the answer the same way).
#include <imgui.h>

#include "app.hpp"
#include "item_registry.hpp"
#include "number_text.hpp"
#include "widgets.hpp"

namespace ui {

namespace {
constexpr std::size_t kMaxKeypadChars = 16;
}

bool App::keypad_field(const std::string& label, const std::string& path, std::string& text, bool decimals, float width) {
  ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_FrameBg));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::GetStyleColorVec4(ImGuiCol_FrameBgHovered));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImGui::GetStyleColorVec4(ImGuiCol_FrameBgActive));
  ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0, 0.5f));
  const std::string shown = text.empty() ? t("keypad_tap") : text;
  if (ImGui::Button((shown + "##keypad:" + path).c_str(), ImVec2(width, 0))) {
    session_.keypad.path = path;
    session_.keypad.label = label;
    session_.keypad.text = text;
    session_.keypad.decimals = decimals;
  }
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(3);
  if (session_.keypad.commit_path != path) return false;
  text = session_.keypad.text;
  session_.keypad.commit_path.clear();
  session_.keypad.text.clear();
  return true;
}

void App::draw_keypad() {
  if (session_.keypad.path.empty()) return;
  ImGui::OpenPopup("##keypad");
  const ImVec2 vp = ImGui::GetMainViewport()->Size;
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(vp.x - px(16), px(420)), 0));
  if (!ImGui::BeginPopupModal("##keypad", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) return;
  text_wrapped_whole(session_.keypad.label);
  // The display: what has been keyed, in the heading font, then what it means or why it is not a value.
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyleColorVec4(ImGuiCol_FrameBg));
  ImGui::BeginChild("##keypad_display", ImVec2(0, px(56)), ImGuiChildFlags_Border);
  if (heading_font_) ImGui::PushFont(heading_font_);
  const std::string shown =
      (session_.keypad.text.empty() ? std::string("0") : session_.keypad.text) + (session_.keypad.decimals ? " " + t("wan") : "");
  ImGui::TextUnformatted(shown.c_str());
  if (heading_font_) ImGui::PopFont();
  ImGui::EndChild();
  ImGui::PopStyleColor();
  // The same table of spellings as typed text: the echo for a valid amount, the reason for anything else.
  const assess::NumberReading read = session_.keypad.decimals
                                         ? assess::read_wan_amount(session_.keypad.text, policy_.limits.yuan_max)
                                         : assess::read_count(session_.keypad.text, policy_.limits.count_max);
  if (read.ok() && session_.keypad.decimals)
    text_muted(t("yuan_echo", {assess::format_yuan(read.value)}));
  else if (!read.ok() && read.error != assess::NumberError::empty)
    text_wrapped_colored(kBad, number_problem(read, session_.keypad.decimals));
  else
    ImGui::TextUnformatted(" ");
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float key_w = (ImGui::GetContentRegionAvail().x - 2 * gap) / 3;
  const ImVec2 key(key_w, px(64));
  const char* keys[12] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", ".", "0", "back"};
  for (int i = 0; i < 12; ++i) {
    const std::string k = keys[i];
    if (i % 3) ImGui::SameLine();
    if (k == "." && !session_.keypad.decimals) {  // counts have no decimal point: an empty cell keeps the grid
      ImGui::Dummy(key);
      continue;
    }
    const std::string label = k == "back" ? t("keypad_back") : k;
    if (secondary_button(label + "##keypad:" + (k == "." ? "dot" : k), key)) {
      if (k == "back") {
        if (!session_.keypad.text.empty()) session_.keypad.text.pop_back();
      } else if (session_.keypad.text == "0" && k != ".") {
        session_.keypad.text = k;  // a field showing 0 (a count not yet entered): 1 2 reads "12", not "012"
      } else if (session_.keypad.text.size() < kMaxKeypadChars) {
        session_.keypad.text += k;
      }
    }
  }
  const float third = key_w;
  if (secondary_button(t("keypad_clear") + "##keypad:clear", ImVec2(third, px(56)))) session_.keypad.text.clear();
  ImGui::SameLine();
  if (secondary_button(t("cancel") + "##keypad:cancel", ImVec2(third, px(56)))) {
    session_.keypad.path.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (primary_button(t("ok") + "##keypad:ok", ImVec2(third, px(56)))) {
    session_.keypad.commit_path = session_.keypad.path;
    session_.keypad.path.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace ui
