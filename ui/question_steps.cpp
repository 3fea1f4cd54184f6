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
    std::string label = c.t(choice ? Str::yes : Str::no) + "##q:" + question.id + (choice ? ":yes" : ":no");
    if (choice == 0) ImGui::SameLine();
    if (selected ? primary_button(label, ImVec2(c.px(84), 0)) : secondary_button(label, ImVec2(c.px(84), 0)))
      answers.set_yes_no(question, choice == 1);
    // To a screen reader: one choice of a radio group named by its question.
    Semantics radio;
    radio.role = Role::radio;
    radio.group = "q:" + question.id;
    radio.group_name = question.label.in(c.lang());
    radio.description = question.help.in(c.lang());
    radio.checked = selected;
    registry_describe_last(radio);
  }
  ImGui::PopID();
}

// Which conditions were answered "no", and whether some measure is still possible: the result's reading of the
// answers (the core's), as is which measures a failed one blocks (the policy exempts some measures from some
// gates: Measure::gates). The result counts an unanswered condition as unmet; here only a "no" given stops the
// way (no verdict before an answer).
struct GateStanding {
  std::vector<int> failed;
  int unanswered = 0;
  bool something_left = true;  // some measure needs none of the failed conditions
};

GateStanding gate_standing(const ScreenContext& c) {
  GateStanding s;
  s.unanswered = static_cast<int>(c.policy.gates.size());
  const Evaluation& e = c.session.evaluation;
  if (e.valid()) {
    const assess::Result& r = e.result();
    s.unanswered = static_cast<int>(r.unanswered_gates.size());
    for (int g : r.gate_failures)
      if (std::find(r.unanswered_gates.begin(), r.unanswered_gates.end(), g) == r.unanswered_gates.end()) s.failed.push_back(g);
  }
  s.something_left = s.failed.empty();
  for (const assess::Measure& m : c.policy.measures) {
    if (m.claim == assess::Measure::Claim::none) continue;
    bool blocked = false;
    for (int g : m.gates) blocked = blocked || std::find(s.failed.begin(), s.failed.end(), g) != s.failed.end();
    s.something_left = s.something_left || !blocked;
  }
  return s;
}

}  // namespace

bool can_leave_gates(const ScreenContext& c) {
  const GateStanding s = gate_standing(c);
  return s.unanswered == 0 && s.something_left;
}

Request draw_gates(const ScreenContext& c) {
  // Whom the policy applies to is the policy's to say (its gates_intro), not the app's.
  if (const std::string& intro = c.policy.gates_intro.in(c.lang()); !intro.empty()) text_wrapped_whole(intro);
  ImGui::Spacing();
  for (std::size_t g = 0; g < c.policy.gates.size(); ++g) {
    const assess::Gate& gate = c.policy.gates[g];
    const assess::Field* q = nullptr;
    for (const assess::Field& f : c.policy.questions)
      if (f.slot == gate.slot) q = &f;
    if (!q) continue;
    ImGui::PushID(static_cast<int>(g));
    text_wrapped_whole(q->label.in(c.lang()));
    if (!q->help.in(c.lang()).empty()) text_muted(q->help.in(c.lang()));
    draw_yes_no(c, c.answers.top(), *q);
    ImGui::PopID();
    ImGui::Spacing();
  }
  const GateStanding s = gate_standing(c);
  if (s.unanswered > 0) text_muted(c.t(Str::gates_unanswered, {std::to_string(s.unanswered)}));
  if (!s.failed.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Border, kBad);
    ImGui::BeginChild("##stop", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY,
                      ImGuiWindowFlags_NavFlattened);
    text_wrapped_colored(kBad, c.t(Str::gate_stop_title));
    text_wrapped_whole(c.t(Str::gate_stop_body));
    // The same sentences as the result: the condition or the policy's scope, and what it does not affect; red for
    // a "no" given, amber for one not yet answered.
    if (c.session.evaluation.valid())
      for (const assess::PresentedGate& g : c.session.evaluation.presented(c.policy, c.lang(), c.session.pending.count).gates) {
        ImGui::PushStyleColor(ImGuiCol_Text, tone_colour(g.tone));
        bullet_wrapped(g.text);
        ImGui::PopStyleColor();
      }
    if (s.something_left) text_muted(c.t(Str::gate_stop_exceptions));
    ImGui::EndChild();
    ImGui::PopStyleColor();
  }
  return {};
}

Request draw_activities(const ScreenContext& c) {
  text_wrapped_whole(c.t(Str::activities_intro));
  ImGui::Spacing();
  for (const assess::Activity& a : c.policy.activities) {
    // The whole row is the target (at least 44 px high), not just the small box; its label wraps.
    const bool on = c.answers.activity(a.id);
    const bool tapped = check_row(c, "activity:" + a.id, a.label.in(c.lang()), on, c.px(44));
    Semantics tick;  // to a screen reader: a checkbox of the activities
    tick.role = Role::checkbox;
    tick.group = "activities";
    tick.group_name = c.t(Str::step_activities);
    tick.checked = on;
    registry_describe_last(tick);
    if (tapped) c.answers.set_activity(a.id, !on);
  }
  return {};
}

Request draw_details(const ScreenContext& c) {
  Request asked;
  // Where the estimate is depends on the layout: beside the questions, or behind the total bar under them.
  text_wrapped_whole(c.t(c.one_column(ImGui::GetMainViewport()->Size.x) ? Str::details_intro_one_column : Str::details_intro));
  bool any = false;
  for (const assess::Activity& a : c.policy.activities) {
    if (!c.answers.activity(a.id)) continue;
    bool header = false;
    for (int qi : a.questions) {
      const assess::Field& q = c.policy.questions[static_cast<std::size_t>(qi)];
      if (!c.answers.asked(q)) continue;
      if (!header) {
        ImGui::Spacing();
        heading_text(c.heading_font, a.label.in(c.lang()), 2, &kAccent);
        ImGui::Separator();
        header = any = true;
      }
      ask(asked, draw_question(c, q, c.answers.top(), "answers." + q.id));
    }
  }
  if (!any) text_muted(c.t(Str::details_none));
  return asked;
}

}  // namespace ui
