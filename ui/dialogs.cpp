// Modal dialogs (a file that could not be opened, clearing all data, a link over answers already here, an
// article's text) and the toast.
#include "dialogs.hpp"

#include <imgui.h>

#include "explain.hpp"
#include "widgets.hpp"

namespace ui {

DialogRequest draw_dialogs(const ScreenContext& c) {
  DialogRequest request = DialogRequest::none;
  const ImVec2 center = ImGui::GetMainViewport()->GetCenter();
  const float w = std::min(ImGui::GetMainViewport()->Size.x - c.px(32), c.px(640));

  if (c.session.dialogs.show_open_errors) ImGui::OpenPopup("##open_errors");
  ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(w, 0));
  if (ImGui::BeginPopupModal("##open_errors", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) {
    text_wrapped_colored(kBad, c.t(Str::open_failed_title));
    text_wrapped_whole(c.t(Str::open_failed_body));
    ImGui::BeginChild("##errs", ImVec2(0, std::min(c.px(320), (ImGui::GetTextLineHeightWithSpacing() * 2) *
                                                                  static_cast<float>(c.session.dialogs.open_errors.size() + 1))));
    for (const std::string& e : c.session.dialogs.open_errors) bullet_wrapped(e.c_str());
    ImGui::EndChild();
    if (primary_button(c.t(Str::ok) + "##dialog:ok", ImVec2(c.px(120), c.px(44)))) {
      c.session.dialogs.show_open_errors = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }

  if (c.session.dialogs.show_clear) ImGui::OpenPopup("##clear");
  ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(w, 0));
  if (ImGui::BeginPopupModal("##clear", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextUnformatted(c.t(c.advisor() ? Str::clear_enterprise : Str::clear_title).c_str());
    text_wrapped_whole(c.t(c.advisor() ? Str::clear_enterprise_body : Str::clear_body));
    if (primary_button(c.t(Str::clear_confirm) + "##dialog:clear", ImVec2(c.px(120), c.px(44)))) {
      request = DialogRequest::clear_data;
      c.session.dialogs.show_clear = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (secondary_button(c.t(Str::cancel) + "##dialog:cancel", ImVec2(c.px(120), c.px(44)))) {
      c.session.dialogs.show_clear = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }

  if (c.session.dialogs.show_link_choice) ImGui::OpenPopup("##link_choice");
  ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(w, 0));
  if (ImGui::BeginPopupModal("##link_choice", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextUnformatted(c.t(Str::link_choice_title).c_str());
    text_wrapped_whole(c.t(Str::link_choice_body));
    const bool use_link = primary_button(c.t(Str::link_use) + "##dialog:link_use", ImVec2(0, c.px(44)));
    ImGui::SameLine();
    const bool keep = secondary_button(c.t(Str::link_keep) + "##dialog:link_keep", ImVec2(0, c.px(44)));
    if (use_link || keep) {
      if (use_link)
        request = DialogRequest::use_link;  // the App opens the link's answers, then lets them go
      else
        c.session.dialogs.pending_link = assess::Json();
      c.session.dialogs.show_link_choice = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }

  if (c.session.dialogs.show_article > 0) ImGui::OpenPopup("##article");
  ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(w, 0));
  if (ImGui::BeginPopupModal("##article", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) {
    if (const assess::Article* a = c.policy.article(c.session.dialogs.show_article)) {
      text_wrapped_whole((assess::article_name(a->number, c.session.lang) + " " + a->title.in(c.session.lang)));
      ImGui::Separator();
      ImGui::BeginChild("##text", ImVec2(0, c.px(300)));
      text_wrapped_whole(a->text.in(c.session.lang));
      if (c.session.lang == assess::Lang::en) {  // the original beside the translation: the Chinese text is authoritative
        ImGui::Spacing();
        text_muted(a->text.zh);
      }
      ImGui::EndChild();
    }
    if (primary_button(c.t(Str::close) + "##dialog:close", ImVec2(c.px(120), c.px(44)))) {
      c.session.dialogs.show_article = 0;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }

  if (!c.session.toast.text.empty() && c.now_ms < c.session.toast.until) {
    ImVec2 size = ImGui::CalcTextSize(c.session.toast.text.c_str());
    ImVec2 vp = ImGui::GetMainViewport()->Size;
    ImGui::SetNextWindowPos(ImVec2((vp.x - size.x) * 0.5f - c.px(16), vp.y - size.y - c.px(48)));
    ImGui::SetNextWindowBgAlpha(0.92f);
    ImGui::Begin("##toast", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoInputs |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoSavedSettings);
    ImGui::TextUnformatted(c.session.toast.text.c_str());
    ImGui::End();
  }
  return request;
}

}  // namespace ui
