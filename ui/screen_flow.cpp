// The header bar, the start screen, the art. 17 gates, the activity checklist and the step buttons.
#include <imgui.h>
#include <imgui_internal.h>  // RenderCheckMark

#include <algorithm>

#include "advisor_screens.hpp"
#include "app.hpp"
#include "explain.hpp"
#include "item_registry.hpp"
#include "platform.hpp"
#include "question_widgets.hpp"
#include "wan_amount.hpp"
#include "widgets.hpp"

namespace ui {

void App::draw_header(float width) {
  // Right-aligned actions, laid out from the right edge; which ones depends on the mode (docs/modes.md).
  // Kiosks neither open nor save files (a shared machine must not keep them) and print rather than open a tab.
  enum Action { act_lang, act_open, act_save, act_report, act_clear, act_share, act_enterprises };
  std::vector<std::pair<std::string, int>> actions;
  if (session_.screen != Screen::start) {
    if (advisor())
      actions.push_back({t("enterprises_button", {std::to_string(session_.advisor.enterprises.size())}) + "##header:enterprises",
                         act_enterprises});
    if (!kiosk()) actions.push_back({t("open") + "##header:open", act_open});
    if (!kiosk()) actions.push_back({t("save") + "##header:save", act_save});
    if (kiosk()) actions.push_back({t("share") + "##header:share", act_share});
    actions.push_back({t(kiosk() ? "print" : "report") + "##header:report", act_report});
    actions.push_back({t(kiosk() ? "start_over" : advisor() ? "clear_enterprise" : "clear") + "##header:clear", act_clear});
  } else if (!kiosk()) {
    actions.push_back({t("open") + "##header:open", act_open});
  }
  actions.push_back({t("other_language") + "##header:lang", act_lang});
  auto run = [this](int action) {
    switch (action) {
      case act_lang:
        set_lang(session_.lang == assess::Lang::zh ? assess::Lang::en : assess::Lang::zh);
        break;
      case act_open:
        platform::request_open_file(".json,application/json");
        break;
      case act_save:
        save_answers();
        break;
      case act_report:
        report();
        break;
      case act_clear:
        session_.dialogs.show_clear = true;
        break;
      case act_share:
        session_.dialogs.show_share = true;
        break;
      case act_enterprises:
        session_.screen = Screen::enterprises;
        break;
    }
  };
  // One row, always: the title beside the actions when both fit; else the actions alone; else (a phone) the
  // language button and a menu holding the other actions.
  const ImGuiStyle& style = ImGui::GetStyle();
  const float edge = px(narrow() ? 8 : 16), gap = px(8), button_h = ImGui::GetFrameHeight();
  auto width_of = [&style](const std::string& label) {
    return ImGui::CalcTextSize(label.c_str(), nullptr, true).x + 2 * style.FramePadding.x;
  };
  float all_w = 0;
  for (const auto& a : actions) all_w += width_of(a.first) + gap;
  const std::string title = t("app_name") + " · " + policy_.number;
  const std::string short_title = t("app_name");
  const float title_x = px(narrow() ? 12 : 20);
  std::vector<std::pair<std::string, int>> shown = actions, in_menu;
  if (title_x + all_w + edge > width) {
    shown = {{t("menu") + "##header:menu", -1}, actions.back()};
    in_menu.assign(actions.begin(), actions.end() - 1);
  }
  float shown_w = 0;
  for (const auto& a : shown) shown_w += width_of(a.first) + gap;
  const float h = std::max(px(narrow() ? 56 : 64), button_h + 2 * gap);
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
  for (const auto& a : shown) {
    ImGui::SetCursorPos(ImVec2(x, (h - button_h) * 0.5f));
    x += width_of(a.first) + gap;
    ImGui::PushID(a.second);
    if (secondary_button(a.first)) {
      if (a.second < 0)
        open_menu = true;
      else
        run(a.second);
    }
    ImGui::PopID();
  }
  if (open_menu) ImGui::OpenPopup("##header_menu");  // in the ID scope BeginPopup below uses
  // The menu drops down from the header's right edge: full-width rows, each a finger's height.
  ImGui::SetNextWindowPos(ImVec2(p.x + width - edge, p.y + h), ImGuiCond_Always, ImVec2(1, 0));
  if (ImGui::BeginPopup("##header_menu")) {
    for (const auto& a : in_menu) {
      ImGui::PushID(a.second);
      if (secondary_button(a.first, ImVec2(std::max(px(220), width_of(a.first)), px(48)))) {
        ImGui::CloseCurrentPopup();
        run(a.second);
      }
      ImGui::PopID();
    }
    ImGui::EndPopup();
  }
  ImGui::SetCursorPos(ImVec2(0, h));
}

void App::draw_start() {
  const float avail_w = ImGui::GetContentRegionAvail().x;
  const float card_w = std::min(avail_w - px(16), px(760));
  ImGui::SetCursorPosX((ImGui::GetWindowWidth() - card_w) * 0.5f);
  ImGui::BeginChild("##start", ImVec2(card_w, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY,
                    ImGuiWindowFlags_NavFlattened);
  ImGui::Dummy(ImVec2(0, px(8)));
  if (heading_font_) ImGui::PushFont(heading_font_);
  text_wrapped_whole(policy_.title.in(session_.lang));
  if (heading_font_) ImGui::PopFont();
  ImGui::Spacing();
  if (ImGui::BeginTable("##meta", 2, ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("k", ImGuiTableColumnFlags_WidthFixed, px(110));
    ImGui::TableSetupColumn("v", ImGuiTableColumnFlags_WidthStretch);
    auto row = [&](const std::string& k, const std::string& v) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      text_muted(k);
      ImGui::TableNextColumn();
      text_wrapped_whole(v);
    };
    row(t("meta_number"), policy_.number);
    row(t("meta_issuer"), policy_.issuer.in(session_.lang));
    row(t("meta_level"), policy_.level.in(session_.lang));
    row(t("meta_status"), policy_.status.in(session_.lang));
    row(t("meta_effective"), policy_.effective.in(session_.lang));
    ImGui::EndTable();
  }
  ImGui::Separator();
  text_wrapped_whole(t("intro"));
  if (kiosk()) text_wrapped_colored(kAccent, t("kiosk_intro"));
  if (advisor()) text_wrapped_colored(kAccent, t("advisor_intro"));
  ImGui::Spacing();
  text_wrapped_colored(kGood, t(kiosk() ? "privacy_kiosk" : "privacy"));  // a shared machine keeps nothing
  ImGui::Spacing();
  if (primary_button(t("start") + "##start", ImVec2(px(200), px(48)))) session_.screen = Screen::gates;
  if (has_saved_answers_) {
    ImGui::SameLine();
    if (secondary_button(t("continue_saved") + "##start:continue", ImVec2(0, px(48)))) session_.screen = Screen::details;
  }
  ImGui::SameLine();
  if (secondary_button(t("other_language") + "##start:lang", ImVec2(0, px(48))))
    set_lang(session_.lang == assess::Lang::zh ? assess::Lang::en : assess::Lang::zh);
  ImGui::Spacing();
  text_muted(policy_.disclaimer.in(session_.lang));
  ImGui::EndChild();
}

// Step tabs across the top of the questionnaire column; any step can be visited at any time.
void App::draw_step_tabs() {
  draw_current_enterprise_name(context());  // advisor mode: whose answers these are, always in view
  const std::string labels[4] = {t("step_gates"), t("step_activities"), t("step_details"), t("step_results")};
  const Screen steps[4] = {Screen::gates, Screen::activities, Screen::details, Screen::results};
  const char* keys[4] = {"##step:gates", "##step:activities", "##step:details", "##step:results"};
  for (int i = 0; i < 4; ++i) {
    std::string label = labels[i] + keys[i];
    // Side by side while they fit; on a narrow screen the next tab starts a new line.
    const float w = ImGui::CalcTextSize(label.c_str(), nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
    if (i > 0 && ImGui::GetItemRectMax().x + px(6) + w <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x)
      ImGui::SameLine(0, px(6));
    if (steps[i] == session_.screen ? primary_button(label) : secondary_button(label)) session_.screen = steps[i];
  }
  ImGui::Separator();
}

void App::draw_nav_buttons(Screen back, Screen next, bool next_enabled) {
  nav_ = StepNav{back, next, next_enabled, true};  // drawn under the panel (draw_footer), always in view
}

float App::footer_height(bool one_column) const {
  return px(8) + px(48) + (one_column ? px(8) + px(48) : 0);
}

// Under the questions: "back" and "next", never scrolled away; on one column also a bar with the total that
// opens the results, so they are one tap away from every step.
void App::draw_footer(ImVec2 at, float width, bool one_column) {
  ImGui::SetCursorPos(at);
  if (nav_.shown) {
    const float w = std::min(px(180), (width - px(8)) * 0.5f);
    if (secondary_button(t("back") + "##nav:back", ImVec2(w, px(48)))) session_.screen = nav_.back;
    ImGui::SameLine(0, px(8));
    ImGui::BeginDisabled(!nav_.next_enabled);
    if (primary_button(t("next") + "##nav:next", ImVec2(w, px(48)))) session_.screen = nav_.next;
    ImGui::EndDisabled();
  }
  if (!one_column) return;
  ImGui::SetCursorPos(ImVec2(at.x, at.y + px(56)));
  const bool some = session_.result_valid && session_.result.total.max > 0;
  const std::string label =
      (some ? t("total_bar", {format_wan_grouped(session_.result.total.max), assess::format_yuan(session_.result.total.max)})
            : t("total_bar_none"));
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.93f, 0.96f, 1.0f, 1));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.88f, 0.93f, 1.0f, 1));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(0.84f, 0.90f, 0.99f, 1));
  ImGui::PushStyleColor(ImGuiCol_Text, kAccent);
  ImGui::PushStyleColor(ImGuiCol_Border, kAccent);
  if (ImGui::Button((label + "##footer:results").c_str(), ImVec2(width, px(48)))) session_.screen = Screen::results;
  ImGui::PopStyleColor(5);
}

void App::draw_yes_no(AnswerGroup answers, const assess::Field& question) {
  const std::optional<bool> answer = answers.yes_no(question);
  ImGui::PushID(question.id.c_str());
  for (int choice = 1; choice >= 0; --choice) {
    const bool selected = answer == (choice == 1);
    std::string label = t(choice ? "yes" : "no") + "##q:" + question.id + (choice ? ":yes" : ":no");
    if (choice == 0) ImGui::SameLine();
    if (selected ? primary_button(label, ImVec2(px(84), 0)) : secondary_button(label, ImVec2(px(84), 0)))
      answers.set_yes_no(question, choice == 1);
  }
  ImGui::PopID();
}

void App::draw_gates() {
  draw_step_tabs();
  // Whom the policy applies to is the policy's to say (its gates_intro), not the app's.
  if (const std::string& intro = policy_.gates_intro.in(session_.lang); !intro.empty()) text_wrapped_whole(intro);
  ImGui::Spacing();
  for (std::size_t g = 0; g < policy_.gates.size(); ++g) {
    const assess::Gate& gate = policy_.gates[g];
    const assess::Field* q = nullptr;
    for (const assess::Field& f : policy_.questions)
      if (f.slot == gate.slot) q = &f;
    if (!q) continue;
    ImGui::PushID(static_cast<int>(g));
    text_wrapped_whole(q->label.in(session_.lang));
    if (!q->help.in(session_.lang).empty()) text_muted(q->help.in(session_.lang));
    draw_yes_no(session_.answers.top(), *q);
    ImGui::PopID();
    ImGui::Spacing();
  }
  // Which conditions are unmet or unanswered is the result's to say (the core's reading of the answers), as is
  // which measures a failed one blocks: the policy exempts some measures from some gates (Measure::gates). The
  // result counts an unanswered condition as unmet; here only a "no" given stops the way (no verdict before an
  // answer).
  std::vector<int> failed;
  int unanswered = static_cast<int>(policy_.gates.size());
  if (session_.result_valid) {
    const assess::Result& r = session_.result;
    unanswered = static_cast<int>(r.unanswered_gates.size());
    for (int g : r.gate_failures)
      if (std::find(r.unanswered_gates.begin(), r.unanswered_gates.end(), g) == r.unanswered_gates.end()) failed.push_back(g);
  }
  if (unanswered > 0) text_muted(t("gates_unanswered", {std::to_string(unanswered)}));
  // Some measures are exempt from some gates: continuing makes sense while one measure needs none of the failed.
  bool something_left = failed.empty();
  for (const assess::Measure& m : policy_.measures) {
    if (m.claim == assess::Measure::Claim::none) continue;
    bool blocked = false;
    for (int g : m.gates) blocked = blocked || std::find(failed.begin(), failed.end(), g) != failed.end();
    something_left = something_left || !blocked;
  }
  if (!failed.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Border, kBad);
    ImGui::BeginChild("##stop", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY,
                      ImGuiWindowFlags_NavFlattened);
    text_wrapped_colored(kBad, t("gate_stop_title"));
    text_wrapped_whole(t("gate_stop_body"));
    // The same sentences as the result: the condition or the policy's scope, and what it does not affect.
    if (session_.result_valid)
      for (const std::string& s : assess::gate_report(policy_, session_.result, session_.lang)) bullet_wrapped(s.c_str());
    if (something_left) text_muted(t("gate_stop_exceptions"));
    ImGui::EndChild();
    ImGui::PopStyleColor();
  }
  draw_nav_buttons(Screen::start, Screen::activities, unanswered == 0 && something_left);
}

void App::draw_activities() {
  draw_step_tabs();
  text_wrapped_whole(t("activities_intro"));
  ImGui::Spacing();
  for (const assess::Activity& a : policy_.activities) {
    bool on = session_.answers.activity(a.id);
    ImGui::PushID(a.id.c_str());
    // The whole row is the target (at least 44 px high), not just the small box.
    const float box = ImGui::GetFontSize() + px(4);
    const float text_x = px(10) + box + px(12);
    const float wrap_w = ImGui::GetContentRegionAvail().x - text_x - px(8);
    const float text_h = ImGui::CalcTextSize(a.label.in(session_.lang).c_str(), nullptr, false, wrap_w).y;
    const float row_h = std::max(px(44), text_h + px(16));
    ImVec2 start = ImGui::GetCursorScreenPos();
    if (ImGui::Selectable(("##activity:" + a.id).c_str(), on, ImGuiSelectableFlags_None, ImVec2(0, row_h)))
      session_.answers.set_activity(a.id, !on);
    registry_annotate_last(a.label.in(session_.lang), on);
    ImVec2 end = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 b0(start.x + px(10), start.y + (row_h - box) * 0.5f);
    dl->AddRect(b0, ImVec2(b0.x + box, b0.y + box), ImGui::GetColorU32(kAccent), px(4), 0, px(2));
    if (on) ImGui::RenderCheckMark(dl, ImVec2(b0.x + px(3), b0.y + px(3)), ImGui::GetColorU32(kAccent), box - px(6));
    ImGui::PushClipRect(start, end, true);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(start.x + text_x, start.y + (row_h - text_h) * 0.5f),
                ImGui::GetColorU32(ImGuiCol_Text), a.label.in(session_.lang).c_str(), nullptr, wrap_w);
    ImGui::PopClipRect();
    ImGui::PopID();
  }
  draw_nav_buttons(Screen::gates, Screen::details, true);
}

void App::draw_details() {
  draw_step_tabs();
  text_wrapped_whole(t("details_intro"));
  bool any = false;
  for (const assess::Activity& a : policy_.activities) {
    if (!session_.answers.activity(a.id)) continue;
    bool header = false;
    for (int qi : a.questions) {
      const assess::Field& q = policy_.questions[static_cast<std::size_t>(qi)];
      if (!session_.answers.asked(q)) continue;
      if (!header) {
        ImGui::Spacing();
        ImGui::PushStyleColor(ImGuiCol_Text, kAccent);
        if (heading_font_) ImGui::PushFont(heading_font_);
        text_wrapped_whole(a.label.in(session_.lang));
        if (heading_font_) ImGui::PopFont();
        ImGui::PopStyleColor();
        ImGui::Separator();
        header = any = true;
      }
      draw_question(context(), q, session_.answers.top(), "answers." + q.id);
    }
  }
  if (!any) text_muted(t("details_none"));
  draw_nav_buttons(Screen::activities, Screen::results, true);
}

}  // namespace ui
