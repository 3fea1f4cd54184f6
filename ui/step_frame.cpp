// The frame around the questionnaire's steps: tabs above, "back"/"next" and the total bar below, so that the
// way on and the results are one tap away from every step.
#include "step_frame.hpp"

#include <imgui_internal.h>  // the window's scrollbar: the tabs lay out the same with it or without

#include <algorithm>
#include <string>

#include "advisor_screens.hpp"
#include "assess.hpp"
#include "wan_amount.hpp"
#include "widgets.hpp"

namespace ui {

void draw_step_tabs(const ScreenContext& c) {
  draw_current_enterprise_name(c);  // advisor mode: whose answers these are, always in view
  const std::string labels[4] = {c.t("step_gates"), c.t("step_activities"), c.t("step_details"), c.t("step_results")};
  const Screen steps[4] = {Screen::gates, Screen::activities, Screen::details, Screen::results};
  const char* keys[4] = {"##step:gates", "##step:activities", "##step:details", "##step:results"};
  // Laid out as if the vertical scrollbar were there: it appears in the screen's second frame, when the panel
  // knows its content is taller than itself, and the tabs must not wrap differently then (the page would jump).
  const ImGuiWindow* window = ImGui::GetCurrentWindow();
  const float right =
      window->Pos.x + ImGui::GetWindowContentRegionMax().x - (window->ScrollbarY ? 0 : ImGui::GetStyle().ScrollbarSize);
  for (int i = 0; i < 4; ++i) {
    std::string label = labels[i] + keys[i];
    // Side by side while they fit; on a narrow screen the next tab starts a new line.
    const float w = ImGui::CalcTextSize(label.c_str(), nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
    if (i > 0 && ImGui::GetItemRectMax().x + c.px(10) + w <= right)
      ImGui::SameLine(0, c.px(10));  // 10 px apart: a finger's gap (at least 8) on a phone
    if (steps[i] == c.session.screen ? primary_button(label) : secondary_button(label)) c.session.screen = steps[i];
    Semantics step;  // a step of the way: the current one is marked so (aria-current="step")
    step.role = Role::tab;
    step.checked = steps[i] == c.session.screen;
    registry_describe_last(step);
  }
  ImGui::Separator();
}

float footer_height(const ScreenContext& c, bool one_column) {
  return c.px(8) + c.px(48) + (one_column ? c.px(10) + c.px(48) : 0);
}

// Under the questions, never scrolled away.
void draw_footer(const ScreenContext& c, const StepNav* nav, ImVec2 at, float width, bool one_column) {
  RegistryRegion footer(Region::footer);
  ImGui::SetCursorPos(at);
  if (nav) {
    const float w = std::min(c.px(180), (width - c.px(10)) * 0.5f);
    if (secondary_button(c.t("back") + "##nav:back", ImVec2(w, c.px(48)))) c.session.screen = nav->back;
    ImGui::SameLine(0, c.px(10));  // targets 10 px apart: a finger's gap
    ImGui::BeginDisabled(!nav->next_enabled);
    if (primary_button(c.t("next") + "##nav:next", ImVec2(w, c.px(48)))) c.session.screen = nav->next;
    ImGui::EndDisabled();
  }
  if (!one_column) return;
  ImGui::SetCursorPos(ImVec2(at.x, at.y + c.px(58)));
  const assess::Yuan most = c.session.result_valid ? c.session.result.total.max : 0;
  const std::string label =
      most > 0 ? c.t("total_bar", {format_wan_grouped(most), assess::format_yuan(most)}) : c.t("total_bar_none");
  ImGui::PushStyleColor(ImGuiCol_Button, kTotalBg);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.88f, 0.93f, 1.0f, 1));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(0.84f, 0.90f, 0.99f, 1));
  ImGui::PushStyleColor(ImGuiCol_Text, kAccent);
  ImGui::PushStyleColor(ImGuiCol_Border, kAccent);
  if (ImGui::Button((label + "##footer:results").c_str(), ImVec2(width, c.px(48)))) c.session.screen = Screen::results;
  ImGui::PopStyleColor(5);
}

}  // namespace ui
