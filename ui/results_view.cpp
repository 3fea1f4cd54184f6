// The live estimate: the total in 万元 with the exact yuan range, then one card per claimed measure (status,
// range, arithmetic, items, notes, article and department), then the measures not claimed.
#include "results_view.hpp"

#include <imgui.h>

#include "explain.hpp"
#include "wan_amount.hpp"
#include "widgets.hpp"

namespace ui {

namespace {

// The answers path of the field a measure is claimed by (its first claim slot), searched through groups; empty
// when there is none (a measure not claimed by an answer).
std::string claim_path(const std::vector<assess::Field>& fields, int slot, const std::string& at) {
  for (const assess::Field& f : fields) {
    if (f.slot == slot && f.type != assess::FieldType::group) return at + "." + f.id;
    if (f.type == assess::FieldType::group)
      if (std::string p = claim_path(f.fields, slot, at + "." + f.id); !p.empty()) return p;
  }
  return {};
}

// One claimed measure: its article (opens the text), title, status and range, the arithmetic, each item, notes
// and department.
Request draw_measure_card(const ScreenContext& c, const assess::Result& result, const assess::MeasureResult& mr) {
  Request asked;
  const assess::Measure& m = *mr.measure;
  ImGui::PushID(m.id.c_str());
  // To a screen reader the card opens with a heading: the article, the measure and its status, in one line.
  registry_text(Role::heading,
                assess::article_name(m.article, c.lang()) + " " + m.title.in(c.lang()) + ": " + assess::status_label(mr, c.lang()),
                3);
  ImGui::BeginChild("##card", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY, ImGuiWindowFlags_NavFlattened);
  if (secondary_button(assess::article_name(m.article, c.lang()) + "##article:" + m.id))
    asked = request::OpenDialog{dialog::Article{m.article}};
  {
    RegistryTextPause in_the_heading;  // the title and the badge are in the heading above
    ImGui::SameLine();
    text_wrapped_whole(m.title.in(c.lang()));
    badge(assess::status_label(mr, c.lang()), status_colour(mr));
  }
  if (mr.status == assess::Status::estimate) {
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, kGood);
    if (c.heading_font) ImGui::PushFont(c.heading_font);
    // One figure when both ends agree; "if selected" first where the authorities decide (precondition).
    std::string range =
        (mr.min == mr.max ? "" : format_wan_grouped(mr.min) + " – ") + format_wan_grouped(mr.max) + " " + c.t(Str::wan);
    if (!m.estimate_if.in(c.lang()).empty()) range = c.t(Str::estimate_if, {m.estimate_if.in(c.lang()), range});
    text_wrapped_whole(range);
    if (c.heading_font) ImGui::PopFont();
    ImGui::PopStyleColor();
    text_muted(c.t(Str::card_exact, {assess::range_text(mr.min, mr.max, c.lang())}));
  }
  for (const assess::Line& l : mr.lines) {
    std::string s = assess::explain(c.policy, result, nullptr, l, c.lang());
    if (!s.empty()) bullet_wrapped(s.c_str());
  }
  for (const assess::ItemResult& it : mr.items) {
    ImGui::PushID(it.index);
    const std::string& name = assess::item_name(m, it);
    std::string head = "#" + std::to_string(it.index + 1) + " " + (name.empty() ? c.t(Str::unnamed) : name);
    ImGui::Indent(c.px(12));
    // The badge beside the name, the name wrapping to leave it room; on a narrow card under it: never cut off.
    const std::string label =
        it.status == assess::Status::estimate ? assess::range_text(it.min, it.max, c.lang()) : assess::status_label(it, c.lang());
    const float badge_w = button_width(label) + ImGui::GetStyle().ItemSpacing.x;
    const float head_w = ImGui::GetContentRegionAvail().x - badge_w;
    const bool beside = head_w >= 0.4f * ImGui::GetContentRegionAvail().x;
    text_wrapped_whole(head, beside ? head_w : 0);
    if (beside) ImGui::SameLine();
    badge(label, status_colour(it));
    for (const assess::Line& l : it.lines) {
      std::string s = assess::explain(c.policy, result, &it, l, c.lang());
      if (!s.empty()) bullet_wrapped(s.c_str());
    }
    ImGui::Unindent(c.px(12));
    ImGui::PopID();
  }
  for (int n : m.notes) text_muted(c.policy.notes[static_cast<std::size_t>(n)].text.in(c.lang()));
  text_muted(c.t(Str::department) + m.department.in(c.lang()));
  // Back to the answer this card comes from: its question on the details step, scrolled to and focused.
  if (const std::string path = m.claim_slots.empty() ? "" : claim_path(c.policy.questions, m.claim_slots.front(), "answers");
      !path.empty() && secondary_button(c.t(Str::edit) + "##results:edit:" + m.id, ImVec2(0, c.choice_height())))
    asked = request::EditAnswer{path};
  ImGui::EndChild();
  ImGui::PopID();
  return asked;
}

}  // namespace

Request draw_results_panel(const ScreenContext& c, bool full) {
  Request asked;
  RegistryRegion results(Region::results);
  heading_text(c.heading_font, c.t(Str::results_title), 2);
  const Evaluation& shown = c.session.evaluation;
  if (!shown.valid()) return asked;
  const assess::Result& result = shown.result();
  const assess::Totals& total = result.total;
  bool any_claimed = false;
  for (const assess::MeasureResult& mr : result.measures)
    any_claimed = any_claimed || (mr.status != assess::Status::not_claimed && mr.measure->claim != assess::Measure::Claim::none);

  // The headline: what the enterprise can hope for, then what is certain by formula.
  ImGui::PushStyleColor(ImGuiCol_ChildBg, kTotalBg);
  ImGui::BeginChild("##total", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY, ImGuiWindowFlags_NavFlattened);
  // Failed conditions first, each with the measures it does not affect and why (an outsider's art. 1 and 3, a
  // non-AI buyer's art. 8), so an estimate below never looks as if the failure had been overlooked.
  for (const std::string& failure : assess::gate_report(c.policy, result, c.lang())) text_wrapped_colored(kBad, failure);
  // A number that could not be read is an answer missing from the total: say so before the total, never silently.
  if (const int pending = c.session.pending.count; pending > 0)
    text_wrapped_colored(kBad, c.t(Str::pending_numbers, {std::to_string(pending)}));
  if (total.max > 0 || total.case_by_case + total.referral + total.unspecified > 0) {
    if (c.heading_font) ImGui::PushFont(c.heading_font);
    ImGui::PushStyleColor(ImGuiCol_Text, kAccent);
    text_wrapped_whole(c.t(Str::total_max, {format_wan_grouped(total.max), assess::format_yuan(total.max)}));
    ImGui::PopStyleColor();
    if (c.heading_font) ImGui::PopFont();
    text_wrapped_whole(c.t(Str::total_min, {format_wan_grouped(total.min)}));
    text_muted(c.t(Str::total_exact, {assess::format_yuan(total.min), assess::format_yuan(total.max)}));
    if (std::string others = assess::total_others_text(total, c.lang()); !others.empty()) text_wrapped_whole(others);
  } else if (!result.eligible && any_claimed) {
    text_wrapped_colored(kBad, c.t(Str::not_eligible_total));
  } else {
    text_muted(c.t(Str::results_empty));
  }
  text_muted(c.policy.disclaimer.in(c.lang()));
  ImGui::EndChild();
  ImGui::PopStyleColor();

  for (const assess::MeasureResult& mr : result.measures)
    if (mr.status != assess::Status::not_claimed && mr.measure->claim != assess::Measure::Claim::none)
      ask(asked, draw_measure_card(c, result, mr));

  int not_claimed = 0;
  for (const assess::MeasureResult& mr : result.measures)
    not_claimed += mr.status == assess::Status::not_claimed || mr.measure->claim == assess::Measure::Claim::none;
  if (ImGui::CollapsingHeader((c.t(Str::not_claimed_header, {std::to_string(not_claimed)}) + "##results:others").c_str())) {
    for (const assess::MeasureResult& mr : result.measures) {
      if (mr.status != assess::Status::not_claimed && mr.measure->claim != assess::Measure::Claim::none) continue;
      ImGui::PushID(mr.measure->id.c_str());
      if (secondary_button(assess::article_name(mr.measure->article, c.lang()) + "##article:" + mr.measure->id))
        asked = request::OpenDialog{dialog::Article{mr.measure->article}};
      ImGui::SameLine();
      text_wrapped_whole(mr.measure->title.in(c.lang()) + " · " + assess::status_label(mr, c.lang()));
      for (const assess::Line& l : mr.lines) text_muted(assess::explain(c.policy, result, nullptr, l, c.lang()));
      ImGui::PopID();
    }
  }
  for (int n : c.policy.global_notes) text_muted(c.policy.notes[static_cast<std::size_t>(n)].text.in(c.lang()));
  if (full) {
    ImGui::Spacing();
    if (secondary_button(c.t(Str::edit) + "##results:edit", ImVec2(0, c.px(44)))) asked = request::GoTo{ScreenId::details};
    // The report opens in a tab: printed from a desktop, read (and kept from the browser's menu) on a phone.
    const std::string report_label =
        c.t(c.kiosk() ? Str::print : c.options.handheld ? Str::report_view : Str::report) + "##results:report";
    same_line_if_fits(report_label);
    if (primary_button(report_label, ImVec2(0, c.px(44)))) asked = request::Report{};
    if (!c.kiosk()) {  // the report itself has no script, so its print button is here
      const std::string label = c.t(Str::print_here) + "##results:print";
      same_line_if_fits(label);
      if (secondary_button(label, ImVec2(0, c.px(44)))) asked = request::Report{true};
      const std::string save = c.t(Str::save) + "##results:save";
      same_line_if_fits(save);
      if (secondary_button(save, ImVec2(0, c.px(44)))) asked = request::SaveAnswers{};
    }
    // On the phone in hand the estimate is kept or sent from it; elsewhere it is scanned to a phone.
    const std::string share = c.t(c.options.handheld ? Str::share_phone : Str::share) + "##results:share";
    same_line_if_fits(share);
    if (secondary_button(share, ImVec2(0, c.px(44)))) asked = request::OpenDialog{dialog::Share{}};
    if (c.advisor()) {
      const std::string all = c.t(Str::all_enterprises) + "##results:enterprises";
      same_line_if_fits(all);
      if (secondary_button(all, ImVec2(0, c.px(44)))) asked = request::GoTo{ScreenId::enterprises};
    }
  }
  return asked;
}

Request draw_results_screen(const ScreenContext& c) {
  return draw_results_panel(c, true);
}

}  // namespace ui
