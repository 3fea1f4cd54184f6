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

Request draw_step_tabs(const ScreenContext& c) {
  draw_current_enterprise_name(c);  // advisor mode: whose answers these are, always in view
  Request asked;
  bool first = true;
  // Laid out as if the vertical scrollbar were there: it appears in the screen's second frame, when the panel
  // knows its content is taller than itself, and the tabs must not wrap differently then (the page would jump).
  const ImGuiWindow* window = ImGui::GetCurrentWindow();
  const float right =
      window->Pos.x + ImGui::GetWindowContentRegionMax().x - (window->ScrollbarY ? 0 : ImGui::GetStyle().ScrollbarSize);
  for (int step = 1; const ScreenRow* row = step_row(step); ++step) {
    const std::string label = c.t(row->title) + "##step:" + row->name;
    // Side by side while they fit; on a narrow screen the next tab starts a new line.
    const float w = ImGui::CalcTextSize(label.c_str(), nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
    if (!first && ImGui::GetItemRectMax().x + c.px(10) + w <= right)
      ImGui::SameLine(0, c.px(10));  // 10 px apart: a finger's gap (at least 8) on a phone
    first = false;
    if (row->id == c.session.screen ? primary_button(label) : secondary_button(label)) asked = request::GoTo{row->id};
    Semantics tab;  // a step of the way: the current one is marked so (aria-current="step")
    tab.role = Role::tab;
    tab.checked = row->id == c.session.screen;
    registry_describe_last(tab);
  }
  ImGui::Separator();
  return asked;
}

float footer_height(const ScreenContext& c, bool one_column) {
  return c.px(8) + c.px(48) + (one_column ? c.px(10) + c.px(48) : 0);
}

// Under the questions, never scrolled away.
Request draw_footer(const ScreenContext& c, const ScreenRow& row, ImVec2 at, float width, bool one_column) {
  RegistryRegion footer(Region::footer);
  Request asked;
  ImGui::SetCursorPos(at);
  const ScreenRow* back = step_row(row.step - 1);
  const ScreenRow* next = step_row(row.step + 1);
  const float w = std::min(c.px(180), (width - c.px(10)) * 0.5f);
  if (back && secondary_button(c.t(Str::back) + "##nav:back", ImVec2(w, c.px(48)))) asked = request::GoTo{back->id};
  ImGui::SameLine(0, c.px(10));  // targets 10 px apart: a finger's gap
  ImGui::BeginDisabled(!next || (row.can_go_on && !row.can_go_on(c)));
  if (primary_button(c.t(Str::next) + "##nav:next", ImVec2(w, c.px(48))) && next) asked = request::GoTo{next->id};
  ImGui::EndDisabled();
  if (!one_column) return asked;
  ImGui::SetCursorPos(ImVec2(at.x, at.y + c.px(58)));
  const assess::Yuan most = c.session.evaluation.valid() ? c.session.evaluation.result().total.max : 0;
  const std::string label =
      most > 0 ? c.t(Str::total_bar, {format_wan_grouped(most), assess::format_yuan(most)}) : c.t(Str::total_bar_none);
  ImGui::PushStyleColor(ImGuiCol_Button, kTotalBg);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.88f, 0.93f, 1.0f, 1));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(0.84f, 0.90f, 0.99f, 1));
  ImGui::PushStyleColor(ImGuiCol_Text, kAccent);
  ImGui::PushStyleColor(ImGuiCol_Border, kAccent);
  if (ImGui::Button((label + "##footer:results").c_str(), ImVec2(width, c.px(48)))) asked = request::GoTo{ScreenId::results};
  ImGui::PopStyleColor(5);
  return asked;
}

}  // namespace ui
