// The start screen: the policy's facts from the policy file, the privacy promise of the mode, and the way in.
#include "start_screen.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "widgets.hpp"

namespace ui {

Request draw_start(const ScreenContext& c) {
  Request asked;
  const float avail_w = ImGui::GetContentRegionAvail().x;
  const float card_w = std::min(avail_w - c.px(16), c.px(760));
  ImGui::SetCursorPosX((ImGui::GetWindowWidth() - card_w) * 0.5f);
  ImGui::BeginChild("##start", ImVec2(card_w, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY,
                    ImGuiWindowFlags_NavFlattened);
  ImGui::Dummy(ImVec2(0, c.px(8)));
  heading_text(c.heading_font, c.policy.title.in(c.session.lang), 2);
  ImGui::Spacing();
  if (ImGui::BeginTable("##meta", 2, ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("k", ImGuiTableColumnFlags_WidthFixed, c.px(110));
    ImGui::TableSetupColumn("v", ImGuiTableColumnFlags_WidthStretch);
    auto row = [&](const std::string& k, const std::string& v) {
      {
        RegistryTextPause as_one_line;  // a screen reader hears "文号 苏委办发…" as one line, not two
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        text_muted(k);
        ImGui::TableNextColumn();
        text_wrapped_whole(v);
      }
      registry_text(Role::paragraph, k + " " + v);
    };
    row(c.t(Str::meta_number), c.policy.number);
    row(c.t(Str::meta_issuer), c.policy.issuer.in(c.session.lang));
    row(c.t(Str::meta_level), c.policy.level.in(c.session.lang));
    row(c.t(Str::meta_status), c.policy.status.in(c.session.lang));
    row(c.t(Str::meta_effective), c.policy.effective.in(c.session.lang));
    ImGui::EndTable();
  }
  ImGui::Separator();
  text_wrapped_whole(c.t(Str::intro));
  if (c.kiosk()) text_wrapped_colored(kAccent, c.t(Str::kiosk_intro));
  if (c.advisor()) text_wrapped_colored(kAccent, c.t(Str::advisor_intro));
  ImGui::Spacing();
  text_wrapped_colored(kGood, c.t(c.kiosk() ? Str::privacy_kiosk : Str::privacy));  // a shared machine keeps nothing
  // Nothing kept in this browser (the single file, whose file:// storage every local page shares; ?storage=off):
  // a saved file is how the answers are kept.
  if (!c.options.storage && !c.kiosk() && !c.advisor()) text_wrapped_whole(c.t(Str::no_autosave));
  ImGui::Spacing();
  if (primary_button(c.t(Str::start) + "##start", ImVec2(c.px(200), c.px(48)))) asked = request::GoTo{ScreenId::gates};
  if (c.saved_answers) {
    ImGui::SameLine();
    if (secondary_button(c.t(Str::continue_saved) + "##start:continue", ImVec2(0, c.px(48))))
      asked = request::GoTo{ScreenId::details};
  }
  ImGui::SameLine();
  if (secondary_button(c.t(Str::other_language) + "##start:lang", ImVec2(0, c.px(48)))) asked = request::OtherLanguage{};
  ImGui::Spacing();
  text_muted(c.policy.disclaimer.in(c.session.lang));
  ImGui::EndChild();
  return asked;
}

}  // namespace ui
