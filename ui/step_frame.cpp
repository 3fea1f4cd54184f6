// The frame around the questionnaire's steps: tabs above, "back"/"next" and the total bar below, so that the
// way on and the results are one tap away from every step.
#include "step_frame.hpp"

#include <algorithm>
#include <string>

#include "advisor_screens.hpp"
#include "assess.hpp"
#include "wan_amount.hpp"
#include "widgets.hpp"

namespace ui {

void draw_step_tabs(const ScreenContext& c) {
  draw_current_enterprise_name(c);  // advisor mode: whose answers these are, always in view
  const std::string labels[4] = {c.t(Str::step_gates), c.t(Str::step_activities), c.t(Str::step_details), c.t(Str::step_results)};
  const Screen steps[4] = {Screen::gates, Screen::activities, Screen::details, Screen::results};
  const char* keys[4] = {"##step:gates", "##step:activities", "##step:details", "##step:results"};
  for (int i = 0; i < 4; ++i) {
    std::string label = labels[i] + keys[i];
    // Side by side while they fit; on a narrow screen the next tab starts a new line.
    const float w = ImGui::CalcTextSize(label.c_str(), nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
    if (i > 0 && ImGui::GetItemRectMax().x + c.px(6) + w <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x)
      ImGui::SameLine(0, c.px(6));
    if (steps[i] == c.session.screen ? primary_button(label) : secondary_button(label)) c.session.screen = steps[i];
  }
  ImGui::Separator();
}

float footer_height(const ScreenContext& c, bool one_column) {
  return c.px(8) + c.px(48) + (one_column ? c.px(8) + c.px(48) : 0);
}

// Under the questions, never scrolled away.
void draw_footer(const ScreenContext& c, const StepNav* nav, ImVec2 at, float width, bool one_column) {
  ImGui::SetCursorPos(at);
  if (nav) {
    const float w = std::min(c.px(180), (width - c.px(8)) * 0.5f);
    if (secondary_button(c.t(Str::back) + "##nav:back", ImVec2(w, c.px(48)))) c.session.screen = nav->back;
    ImGui::SameLine(0, c.px(8));
    ImGui::BeginDisabled(!nav->next_enabled);
    if (primary_button(c.t(Str::next) + "##nav:next", ImVec2(w, c.px(48)))) c.session.screen = nav->next;
    ImGui::EndDisabled();
  }
  if (!one_column) return;
  ImGui::SetCursorPos(ImVec2(at.x, at.y + c.px(56)));
  const assess::Yuan most = c.session.result_valid ? c.session.result.total.max : 0;
  const std::string label =
      most > 0 ? c.t(Str::total_bar, {format_wan_grouped(most), assess::format_yuan(most)}) : c.t(Str::total_bar_none);
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.93f, 0.96f, 1.0f, 1));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.88f, 0.93f, 1.0f, 1));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(0.84f, 0.90f, 0.99f, 1));
  ImGui::PushStyleColor(ImGuiCol_Text, kAccent);
  ImGui::PushStyleColor(ImGuiCol_Border, kAccent);
  if (ImGui::Button((label + "##footer:results").c_str(), ImVec2(width, c.px(48)))) c.session.screen = Screen::results;
  ImGui::PopStyleColor(5);
}

}  // namespace ui
