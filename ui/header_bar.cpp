// The header bar: its actions depend on the mode (docs/modes.md); each is a Request the App acts on.
#include "header_bar.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "widgets.hpp"

namespace ui {

Request draw_header(const ScreenContext& c, float width) {
  const bool narrow = c.narrow(width);
  // Right-aligned actions, laid out from the right edge; which ones depends on the mode (docs/modes.md).
  // Kiosks neither open nor save files (a shared machine must not keep them) and print rather than open a tab.
  enum Action { act_lang, act_open, act_save, act_report, act_clear, act_share, act_enterprises };
  std::vector<std::pair<std::string, int>> actions;
  if (c.session.screen != ScreenId::start) {
    if (c.advisor())
      actions.push_back(
          {c.t(Str::enterprises_button, {std::to_string(c.session.advisor.enterprises.size())}) + "##header:enterprises",
           act_enterprises});
    if (!c.kiosk()) actions.push_back({c.t(Str::open) + "##header:open", act_open});
    if (!c.kiosk()) actions.push_back({c.t(Str::save) + "##header:save", act_save});
    if (c.kiosk()) actions.push_back({c.t(Str::share) + "##header:share", act_share});
    actions.push_back(
        {c.t(c.kiosk() ? Str::print : c.options.handheld ? Str::report_view : Str::report) + "##header:report", act_report});
    actions.push_back({c.t(c.kiosk()     ? Str::start_over
                           : c.advisor() ? Str::clear_enterprise
                                         : Str::clear) +
                           "##header:clear",
                       act_clear});
  } else if (!c.kiosk()) {
    actions.push_back({c.t(Str::open) + "##header:open", act_open});
  }
  actions.push_back({c.t(Str::other_language) + "##header:lang", act_lang});
  auto run = [](int action) -> Request {
    switch (action) {
      case act_lang:
        return request::OtherLanguage{};
      case act_open:
        return request::OpenFile{};
      case act_save:
        return request::SaveAnswers{};
      case act_report:
        return request::Report{};
      case act_clear:
        return request::OpenDialog{dialog::ConfirmClear{}};
      case act_share:
        return request::OpenDialog{dialog::Share{}};
      case act_enterprises:
        return request::GoTo{ScreenId::enterprises};
    }
    return {};
  };
  // One row, always: the title beside the actions when both fit; else the actions alone; else (a phone) the
  // language button and a menu holding the other actions.
  const ImGuiStyle& style = ImGui::GetStyle();
  const float edge = c.px(narrow ? 8 : 16), gap = c.px(8), button_h = ImGui::GetFrameHeight();
  auto width_of = [&style](const std::string& label) {
    return ImGui::CalcTextSize(label.c_str(), nullptr, true).x + 2 * style.FramePadding.x;
  };
  float all_w = 0;
  for (const auto& a : actions) all_w += width_of(a.first) + gap;
  const std::string title = c.t(Str::app_name) + " · " + c.policy.number;
  const std::string short_title = c.t(Str::app_name);
  const float title_x = c.px(narrow ? 12 : 20);
  std::vector<std::pair<std::string, int>> shown = actions, in_menu;
  if (title_x + all_w + edge > width) {
    shown = {{c.t(Str::menu) + "##header:menu", -1}, actions.back()};
    in_menu.assign(actions.begin(), actions.end() - 1);
  }
  float shown_w = 0;
  for (const auto& a : shown) shown_w += width_of(a.first) + gap;
  const float h = std::max(c.px(narrow ? 56 : 64), button_h + 2 * gap);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  dl->AddRectFilled(p, ImVec2(p.x + width, p.y + h), ImGui::GetColorU32(kAccent));
  const float room = width - edge - shown_w - title_x;
  const std::string* heading = ImGui::CalcTextSize(title.c_str()).x < room         ? &title
                               : ImGui::CalcTextSize(short_title.c_str()).x < room ? &short_title
                                                                                   : nullptr;
  if (heading) {
    ImGui::SetCursorPos(ImVec2(title_x, (h - ImGui::GetFontSize()) * 0.5f));
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    ImGui::TextUnformatted(heading->c_str());
    ImGui::PopStyleColor();
  }
  float x = width - edge - shown_w + gap;
  bool open_menu = false;
  Request asked;
  for (const auto& a : shown) {
    ImGui::SetCursorPos(ImVec2(x, (h - button_h) * 0.5f));
    x += width_of(a.first) + gap;
    ImGui::PushID(a.second);
    if (secondary_button(a.first)) {
      if (a.second < 0)
        open_menu = true;
      else
        asked = run(a.second);
    }
    ImGui::PopID();
  }
  if (open_menu) ImGui::OpenPopup("##header_menu");  // in the ID scope BeginPopup below uses
  // The menu drops down from the header's right edge: full-width rows, each a finger's height.
  ImGui::SetNextWindowPos(ImVec2(p.x + width - edge, p.y + h), ImGuiCond_Always, ImVec2(1, 0));
  if (ImGui::BeginPopup("##header_menu")) {
    for (const auto& a : in_menu) {
      ImGui::PushID(a.second);
      if (secondary_button(a.first, ImVec2(std::max(c.px(220), width_of(a.first)), c.px(48)))) {
        ImGui::CloseCurrentPopup();
        asked = run(a.second);
      }
      ImGui::PopID();
    }
    ImGui::EndPopup();
  }
  ImGui::SetCursorPos(ImVec2(0, h));
  return asked;
}

}  // namespace ui
