// The questionnaire's steps: the policy's gates, the activity checklist and the details of the ticked activities.
#include "question_steps.hpp"

#include <imgui.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "explain.hpp"
#include "item_registry.hpp"
#include "question_widgets.hpp"
#include "touch_widgets.hpp"
#include "widgets.hpp"

namespace ui {

namespace {

// "Yes" and "no" side by side; the one given is the primary button.
void draw_yes_no(const ScreenContext& c, AnswerGroup answers, const assess::Field& question) {
  const std::optional<bool> answer = answers.yes_no(question);
  ImGui::PushID(question.id.c_str());
  for (int choice = 1; choice >= 0; --choice) {
    const bool selected = answer == (choice == 1);
    std::string label = c.t(choice ? "yes" : "no") + "##q:" + question.id + (choice ? ":yes" : ":no");
    if (choice == 0) ImGui::SameLine();
    if (selected ? primary_button(label, ImVec2(c.px(84), 0)) : secondary_button(label, ImVec2(c.px(84), 0)))
      answers.set_yes_no(question, choice == 1);
    // To a screen reader: one choice of a radio group named by its question.
    Semantics radio;
    radio.role = Role::radio;
    radio.group = "q:" + question.id;
    radio.group_name = question.label.in(c.session.lang);
    radio.description = question.help.in(c.session.lang);
    radio.checked = selected;
    registry_describe_last(radio);
  }
  ImGui::PopID();
}

}  // namespace

StepNav draw_gates(const ScreenContext& c) {
  draw_step_tabs(c);
  // Whom the policy applies to is the policy's to say (its gates_intro), not the app's.
  if (const std::string& intro = c.policy.gates_intro.in(c.session.lang); !intro.empty()) text_wrapped_whole(intro);
  ImGui::Spacing();
  for (std::size_t g = 0; g < c.policy.gates.size(); ++g) {
    const assess::Gate& gate = c.policy.gates[g];
    const assess::Field* q = nullptr;
    for (const assess::Field& f : c.policy.questions)
      if (f.slot == gate.slot) q = &f;
    if (!q) continue;
    ImGui::PushID(static_cast<int>(g));
    text_wrapped_whole(q->label.in(c.session.lang));
    if (!q->help.in(c.session.lang).empty()) text_muted(q->help.in(c.session.lang));
    draw_yes_no(c, c.session.answers.top(), *q);
    ImGui::PopID();
    ImGui::Spacing();
  }
  // Which conditions are unmet or unanswered is the result's to say (the core's reading of the answers), as is
  // which measures a failed one blocks: the policy exempts some measures from some gates (Measure::gates). The
  // result counts an unanswered condition as unmet; here only a "no" given stops the way (no verdict before an
  // answer).
  std::vector<int> failed;
  int unanswered = static_cast<int>(c.policy.gates.size());
  if (c.session.result_valid) {
    const assess::Result& r = c.session.result;
    unanswered = static_cast<int>(r.unanswered_gates.size());
    for (int g : r.gate_failures)
      if (std::find(r.unanswered_gates.begin(), r.unanswered_gates.end(), g) == r.unanswered_gates.end()) failed.push_back(g);
  }
  if (unanswered > 0) text_muted(c.t("gates_unanswered", {std::to_string(unanswered)}));
  // Some measures are exempt from some gates: continuing makes sense while one measure needs none of the failed.
  bool something_left = failed.empty();
  for (const assess::Measure& m : c.policy.measures) {
    if (m.claim == assess::Measure::Claim::none) continue;
    bool blocked = false;
    for (int g : m.gates) blocked = blocked || std::find(failed.begin(), failed.end(), g) != failed.end();
    something_left = something_left || !blocked;
  }
  if (!failed.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Border, kBad);
    ImGui::BeginChild("##stop", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY,
                      ImGuiWindowFlags_NavFlattened);
    text_wrapped_colored(kBad, c.t("gate_stop_title"));
    text_wrapped_whole(c.t("gate_stop_body"));
    // The same sentences as the result: the condition or the policy's scope, and what it does not affect.
    if (c.session.result_valid)
      for (const std::string& s : assess::gate_report(c.policy, c.session.result, c.session.lang)) bullet_wrapped(s.c_str());
    if (something_left) text_muted(c.t("gate_stop_exceptions"));
    ImGui::EndChild();
    ImGui::PopStyleColor();
  }
  return StepNav{Screen::start, Screen::activities, unanswered == 0 && something_left};
}

StepNav draw_activities(const ScreenContext& c) {
  draw_step_tabs(c);
  text_wrapped_whole(c.t("activities_intro"));
  ImGui::Spacing();
  for (const assess::Activity& a : c.policy.activities) {
    // The whole row is the target (at least 44 px high), not just the small box; its label wraps.
    const bool on = c.session.answers.activity(a.id);
    const bool tapped = check_row(c, "activity:" + a.id, a.label.in(c.session.lang), on, c.px(44));
    Semantics tick;  // to a screen reader: a checkbox of the activities
    tick.role = Role::checkbox;
    tick.group = "activities";
    tick.group_name = c.t("step_activities");
    tick.checked = on;
    registry_describe_last(tick);
    if (tapped) c.session.answers.set_activity(a.id, !on);
  }
  return StepNav{Screen::gates, Screen::details, true};
}

StepNav draw_details(const ScreenContext& c) {
  draw_step_tabs(c);
  // Where the estimate is depends on the layout: beside the questions, or behind the total bar under them.
  text_wrapped_whole(c.t(c.one_column(ImGui::GetMainViewport()->Size.x) ? "details_intro_one_column" : "details_intro"));
  bool any = false;
  for (const assess::Activity& a : c.policy.activities) {
    if (!c.session.answers.activity(a.id)) continue;
    bool header = false;
    for (int qi : a.questions) {
      const assess::Field& q = c.policy.questions[static_cast<std::size_t>(qi)];
      if (!c.session.answers.asked(q)) continue;
      if (!header) {
        ImGui::Spacing();
        heading_text(c.heading_font, a.label.in(c.session.lang), 2, &kAccent);
        ImGui::Separator();
        header = any = true;
      }
      draw_question(c, q, c.session.answers.top(), "answers." + q.id);
    }
  }
  if (!any) text_muted(c.t("details_none"));
  return StepNav{Screen::activities, Screen::results, true};
}

}  // namespace ui
