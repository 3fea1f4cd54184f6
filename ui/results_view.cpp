// The live estimate: the total in 万元 with the exact yuan range, then one card per claimed measure (status,
// range, arithmetic, items, notes, article and department), then the measures not claimed.
#include "results_view.hpp"

#include <imgui.h>

#include "explain.hpp"
#include "question_widgets.hpp"
#include "step_frame.hpp"
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
void draw_measure_card(const ScreenContext& c, const assess::MeasureResult& mr) {
  const assess::Measure& m = *mr.measure;
  ImGui::PushID(m.id.c_str());
  // To a screen reader the card opens with a heading: the article, the measure and its status, in one line.
  registry_text(Role::heading,
                assess::article_name(m.article, c.session.lang) + " " + m.title.in(c.session.lang) + ": " +
                    assess::status_label(mr, c.session.lang),
                3);
  ImGui::BeginChild("##card", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY, ImGuiWindowFlags_NavFlattened);
  if (secondary_button(assess::article_name(m.article, c.session.lang) + "##article:" + m.id))
    c.session.dialogs.show_article = m.article;
  {
    RegistryTextPause in_the_heading;  // the title and the badge are in the heading above
    ImGui::SameLine();
    text_wrapped_whole(m.title.in(c.session.lang));
    badge(assess::status_label(mr, c.session.lang), status_colour(mr));
  }
  if (mr.status == assess::Status::estimate) {
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, kGood);
    if (c.heading_font) ImGui::PushFont(c.heading_font);
    // One figure when both ends agree; "if selected" first where the authorities decide (precondition).
    std::string range =
        (mr.min == mr.max ? "" : format_wan_grouped(mr.min) + " – ") + format_wan_grouped(mr.max) + " " + c.t("wan");
    if (!m.estimate_if.in(c.session.lang).empty()) range = c.t("estimate_if", {m.estimate_if.in(c.session.lang), range});
    text_wrapped_whole(range);
    if (c.heading_font) ImGui::PopFont();
    ImGui::PopStyleColor();
    text_muted(c.t("card_exact", {assess::range_text(mr.min, mr.max, c.session.lang)}));
  }
  for (const assess::Line& l : mr.lines) {
    std::string s = assess::explain(c.policy, c.session.result, nullptr, l, c.session.lang);
    if (!s.empty()) bullet_wrapped(s.c_str());
  }
  for (const assess::ItemResult& it : mr.items) {
    ImGui::PushID(it.index);
    const std::string& name = assess::item_name(m, it);
    std::string head = "#" + std::to_string(it.index + 1) + " " + (name.empty() ? c.t("unnamed") : name);
    ImGui::Indent(c.px(12));
    // The badge beside the name, the name wrapping to leave it room; on a narrow card under it: never cut off.
    const std::string label = it.status == assess::Status::estimate ? assess::range_text(it.min, it.max, c.session.lang)
                                                                    : assess::status_label(it, c.session.lang);
    const float badge_w = button_width(label) + ImGui::GetStyle().ItemSpacing.x;
    const float head_w = ImGui::GetContentRegionAvail().x - badge_w;
    const bool beside = head_w >= 0.4f * ImGui::GetContentRegionAvail().x;
    text_wrapped_whole(head, beside ? head_w : 0);
    if (beside) ImGui::SameLine();
    badge(label, status_colour(it));
    for (const assess::Line& l : it.lines) {
      std::string s = assess::explain(c.policy, c.session.result, &it, l, c.session.lang);
      if (!s.empty()) bullet_wrapped(s.c_str());
    }
    ImGui::Unindent(c.px(12));
    ImGui::PopID();
  }
  for (int n : m.notes) text_muted(c.policy.notes[static_cast<std::size_t>(n)].text.in(c.session.lang));
  text_muted(c.t("department") + m.department.in(c.session.lang));
  // Back to the answer this card comes from: its question on the details step, scrolled to and focused.
  if (const std::string path = m.claim_slots.empty() ? "" : claim_path(c.policy.questions, m.claim_slots.front(), "answers");
      !path.empty() && secondary_button(c.t("edit") + "##results:edit:" + m.id, ImVec2(0, c.choice_height()))) {
    c.session.screen = Screen::details;
    c.session.edit_target = path;
  }
  ImGui::EndChild();
  ImGui::PopID();
}

}  // namespace

AppRequest draw_results_panel(const ScreenContext& c, bool full) {
  AppRequest request = AppRequest::none;
  if (full) draw_step_tabs(c);
  RegistryRegion results(Region::results);
  heading_text(c.heading_font, c.t("results_title"), 2);
  if (!c.session.result_valid) return request;
  const assess::Totals& total = c.session.result.total;
  bool any_claimed = false;
  for (const assess::MeasureResult& mr : c.session.result.measures)
    any_claimed = any_claimed || (mr.status != assess::Status::not_claimed && mr.measure->claim != assess::Measure::Claim::none);

  // The headline: what the enterprise can hope for, then what is certain by formula.
  ImGui::PushStyleColor(ImGuiCol_ChildBg, kTotalBg);
  ImGui::BeginChild("##total", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY, ImGuiWindowFlags_NavFlattened);
  // Failed conditions first, each with the measures it does not affect and why (an outsider's art. 1 and 3, a
  // non-AI buyer's art. 8), so an estimate below never looks as if the failure had been overlooked.
  for (const std::string& failure : assess::gate_report(c.policy, c.session.result, c.session.lang))
    text_wrapped_colored(kBad, failure);
  // A number that could not be read is an answer missing from the total: say so before the total, never silently.
  if (const int pending = pending_numbers(c); pending > 0)
    text_wrapped_colored(kBad, c.t("pending_numbers", {std::to_string(pending)}));
  if (total.max > 0 || total.case_by_case + total.referral + total.unspecified > 0) {
    if (c.heading_font) ImGui::PushFont(c.heading_font);
    ImGui::PushStyleColor(ImGuiCol_Text, kAccent);
    text_wrapped_whole(c.t("total_max", {format_wan_grouped(total.max), assess::format_yuan(total.max)}));
    ImGui::PopStyleColor();
    if (c.heading_font) ImGui::PopFont();
    text_wrapped_whole(c.t("total_min", {format_wan_grouped(total.min)}));
    text_muted(c.t("total_exact", {assess::format_yuan(total.min), assess::format_yuan(total.max)}));
    if (std::string others = assess::total_others_text(total, c.session.lang); !others.empty()) text_wrapped_whole(others);
  } else if (!c.session.result.eligible && any_claimed) {
    text_wrapped_colored(kBad, c.t("not_eligible_total"));
  } else {
    text_muted(c.t("results_empty"));
  }
  text_muted(c.policy.disclaimer.in(c.session.lang));
  ImGui::EndChild();
  ImGui::PopStyleColor();

  for (const assess::MeasureResult& mr : c.session.result.measures)
    if (mr.status != assess::Status::not_claimed && mr.measure->claim != assess::Measure::Claim::none) draw_measure_card(c, mr);

  int not_claimed = 0;
  for (const assess::MeasureResult& mr : c.session.result.measures)
    not_claimed += mr.status == assess::Status::not_claimed || mr.measure->claim == assess::Measure::Claim::none;
  if (ImGui::CollapsingHeader((c.t("not_claimed_header", {std::to_string(not_claimed)}) + "##results:others").c_str())) {
    for (const assess::MeasureResult& mr : c.session.result.measures) {
      if (mr.status != assess::Status::not_claimed && mr.measure->claim != assess::Measure::Claim::none) continue;
      ImGui::PushID(mr.measure->id.c_str());
      if (secondary_button(assess::article_name(mr.measure->article, c.session.lang) + "##article:" + mr.measure->id))
        c.session.dialogs.show_article = mr.measure->article;
      ImGui::SameLine();
      text_wrapped_whole(mr.measure->title.in(c.session.lang) + " · " + assess::status_label(mr, c.session.lang));
      for (const assess::Line& l : mr.lines) text_muted(assess::explain(c.policy, c.session.result, nullptr, l, c.session.lang));
      ImGui::PopID();
    }
  }
  for (int n : c.policy.global_notes) text_muted(c.policy.notes[static_cast<std::size_t>(n)].text.in(c.session.lang));
  if (full) {
    ImGui::Spacing();
    if (secondary_button(c.t("edit") + "##results:edit", ImVec2(0, c.px(44)))) c.session.screen = Screen::details;
    // The report opens in a tab: printed from a desktop, read (and kept from the browser's menu) on a phone.
    const std::string report_label = c.t(c.kiosk()            ? "print"
                                         : c.options.handheld ? "report_view"
                                                              : "report") +
                                     "##results:report";
    same_line_if_fits(report_label);
    if (primary_button(report_label, ImVec2(0, c.px(44)))) request = AppRequest::open_report;
    if (!c.kiosk()) {  // the report itself has no script, so its print button is here
      const std::string label = c.t("print_here") + "##results:print";
      same_line_if_fits(label);
      if (secondary_button(label, ImVec2(0, c.px(44)))) request = AppRequest::print_report;
      const std::string save = c.t("save") + "##results:save";
      same_line_if_fits(save);
      if (secondary_button(save, ImVec2(0, c.px(44)))) request = AppRequest::save_answers;
    }
    // On the phone in hand the estimate is kept or sent from it; elsewhere it is scanned to a phone.
    const std::string share = c.t(c.options.handheld ? "share_phone" : "share") + "##results:share";
    same_line_if_fits(share);
    if (secondary_button(share, ImVec2(0, c.px(44)))) c.session.dialogs.show_share = true;
    if (c.advisor()) {
      const std::string all = c.t("all_enterprises") + "##results:enterprises";
      same_line_if_fits(all);
      if (secondary_button(all, ImVec2(0, c.px(44)))) c.session.screen = Screen::enterprises;
    }
  }
  return request;
}

}  // namespace ui
