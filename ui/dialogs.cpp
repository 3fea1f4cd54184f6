// Modal dialogs (a file that could not be opened, clearing all data, an article's text) and the toast.
#include <imgui.h>

#include "app.hpp"
#include "explain.hpp"
#include "widgets.hpp"

namespace ui {

void App::draw_dialogs() {
  const ImVec2 center = ImGui::GetMainViewport()->GetCenter();
  const float w = std::min(ImGui::GetMainViewport()->Size.x - px(32), px(640));

  if (session_.dialogs.show_open_errors) ImGui::OpenPopup("##open_errors");
  ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(w, 0));
  if (ImGui::BeginPopupModal("##open_errors", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) {
    text_wrapped_colored(kBad, t("open_failed_title"));
    text_wrapped_whole(t("open_failed_body"));
    ImGui::BeginChild("##errs", ImVec2(0, std::min(px(320), (ImGui::GetTextLineHeightWithSpacing() * 2) *
                                                                static_cast<float>(session_.dialogs.open_errors.size() + 1))));
    for (const std::string& e : session_.dialogs.open_errors) bullet_wrapped(e.c_str());
    ImGui::EndChild();
    if (primary_button(t("ok") + "##dialog:ok", ImVec2(px(120), px(44)))) {
      session_.dialogs.show_open_errors = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }

  if (session_.dialogs.show_clear) ImGui::OpenPopup("##clear");
  ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(w, 0));
  if (ImGui::BeginPopupModal("##clear", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextUnformatted(t(advisor() ? "clear_enterprise" : "clear_title").c_str());
    text_wrapped_whole(t(advisor() ? "clear_enterprise_body" : "clear_body"));
    if (primary_button(t("clear_confirm") + "##dialog:clear", ImVec2(px(120), px(44)))) {
      if (kiosk())
        reset_for_next_visitor();  // the next visitor also gets the default language and no storage at all
      else
        clear_all();
      session_.dialogs.show_clear = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (secondary_button(t("cancel") + "##dialog:cancel", ImVec2(px(120), px(44)))) {
      session_.dialogs.show_clear = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }

  if (session_.dialogs.show_link_choice) ImGui::OpenPopup("##link_choice");
  ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(w, 0));
  if (ImGui::BeginPopupModal("##link_choice", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextUnformatted(t("link_choice_title").c_str());
    text_wrapped_whole(t("link_choice_body"));
    const bool use_link = primary_button(t("link_use") + "##dialog:link_use", ImVec2(0, px(44)));
    ImGui::SameLine();
    const bool keep = secondary_button(t("link_keep") + "##dialog:link_keep", ImVec2(0, px(44)));
    if (use_link || keep) {
      assess::Diagnostics errors;
      if (use_link && adopt_profile(true, session_.dialogs.pending_link, errors)) session_.screen = Screen::results;
      session_.dialogs.pending_link = assess::Json();
      session_.dialogs.show_link_choice = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }

  if (session_.dialogs.show_article > 0) ImGui::OpenPopup("##article");
  ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(w, 0));
  if (ImGui::BeginPopupModal("##article", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) {
    if (const assess::Article* a = policy_.article(session_.dialogs.show_article)) {
      text_wrapped_whole((assess::article_name(a->number, session_.lang) + " " + a->title.in(session_.lang)));
      ImGui::Separator();
      ImGui::BeginChild("##text", ImVec2(0, px(300)));
      text_wrapped_whole(a->text.in(session_.lang));
      if (session_.lang == assess::Lang::en) {  // the original beside the translation: the Chinese text is authoritative
        ImGui::Spacing();
        text_muted(a->text.zh);
      }
      ImGui::EndChild();
    }
    if (primary_button(t("close") + "##dialog:close", ImVec2(px(120), px(44)))) {
      session_.dialogs.show_article = 0;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }

  if (!session_.toast.text.empty() && now_ms() < session_.toast.until) {
    ImVec2 size = ImGui::CalcTextSize(session_.toast.text.c_str());
    ImVec2 vp = ImGui::GetMainViewport()->Size;
    ImGui::SetNextWindowPos(ImVec2((vp.x - size.x) * 0.5f - px(16), vp.y - size.y - px(48)));
    ImGui::SetNextWindowBgAlpha(0.92f);
    ImGui::Begin("##toast", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoInputs |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoSavedSettings);
    ImGui::TextUnformatted(session_.toast.text.c_str());
    ImGui::End();
  }
}

}  // namespace ui
