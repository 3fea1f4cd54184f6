// The live estimate, as the core presents it (core/presented.hpp): the headline and the conditions, one card per
// claimed measure (status, range, arithmetic, items, what it would take, notes, article and department), what else
// could be claimed, then the measures not claimed.
#include "results_view.hpp"

#include <imgui.h>

#include <algorithm>

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

// What would change an outcome or bring it to its cap, under the lines it follows.
void take_lines(const std::vector<std::string>& needs, const std::string& to_cap) {
  for (const std::string& n : needs) take_line(n);
  if (!to_cap.empty()) take_line(to_cap);
}

// One item of a card: its heading with its status beside it (under it on a narrow card: never cut off), its
// arithmetic, and what it would take.
void draw_item(const ScreenContext& c, const assess::PresentedItem& it) {
  ImGui::PushID(it.result->index);
  ImGui::Indent(c.px(12));
  const float badge_w = button_width(it.label) + ImGui::GetStyle().ItemSpacing.x;
  const float head_w = ImGui::GetContentRegionAvail().x - badge_w;
  const bool beside = head_w >= 0.4f * ImGui::GetContentRegionAvail().x;
  text_wrapped_whole(it.heading, beside ? head_w : 0);
  if (beside) ImGui::SameLine();
  badge(it.label, tone_colour(it.tone));
  for (const std::string& l : it.lines) bullet_wrapped(l);
  take_lines(it.needs, it.to_cap);
  ImGui::Unindent(c.px(12));
  ImGui::PopID();
}

// One claimed measure, as presented (core/presented.hpp): its article (opens the text), title, status and range
// in 万元 with the exact yuan, the arithmetic, each item, what it would take, notes and department.
Request draw_measure_card(const ScreenContext& c, const assess::PresentedMeasure& pm) {
  Request asked;
  const assess::Measure& m = *pm.result->measure;
  ImGui::PushID(m.id.c_str());
  // To a screen reader the card opens with a heading: the article, the measure and its status, in one line.
  registry_text(Role::heading, pm.article + " " + pm.title + ": " + pm.status, 3);
  ImGui::BeginChild("##card", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY, ImGuiWindowFlags_NavFlattened);
  if (secondary_button(pm.article + "##article:" + m.id)) asked = request::OpenDialog{dialog::Article{m.article}};
  {
    RegistryTextPause in_the_heading;  // the title and the badge are in the heading above
    ImGui::SameLine();
    text_wrapped_whole(pm.title);
    badge(pm.status, tone_colour(pm.tone));
  }
  if (!pm.range.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, kGood);
    if (c.heading_font) ImGui::PushFont(c.heading_font);
    text_wrapped_whole(pm.range);  // "首次入选后可得:0–100 万元(0–1,000,000 元)"
    if (c.heading_font) ImGui::PopFont();
    ImGui::PopStyleColor();
  }
  for (const std::string& l : pm.lines) bullet_wrapped(l);
  for (const assess::PresentedItem& it : pm.items) draw_item(c, it);
  take_lines(pm.needs, pm.to_cap);
  for (const std::string& n : pm.notes) text_muted(n);
  text_muted(pm.department);
  // Back to the answer this card comes from: its question on the details step, scrolled to and focused.
  if (const std::string path = m.claim_slots.empty() ? "" : claim_path(c.policy.questions, m.claim_slots.front(), "answers");
      !path.empty() && secondary_button(c.t(Str::edit) + "##results:edit:" + m.id, ImVec2(0, c.choice_height())))
    asked = request::EditAnswer{path};
  ImGui::EndChild();
  ImGui::PopID();
  return asked;
}

// The activities ticked on step 2 whose questions have no answer yet: no measure is claimed by them, and they are
// shown as "待填写 / to fill in" with a way to their questions, never folded away as if not chosen.
Request draw_ticked_to_fill(const ScreenContext& c) {
  Request asked;
  bool titled = false;
  for (const assess::Activity& a : c.policy.activities) {
    if (a.preselected || !c.answers.activity(a.id) || a.questions.empty()) continue;
    bool answered = false;
    for (int q : a.questions) answered = answered || c.answers.all().contains(c.policy.questions[static_cast<std::size_t>(q)].id);
    if (answered) continue;
    if (!titled) heading_text(c.heading_font, c.t(Str::ticked_title), 3), titled = true;
    ImGui::PushID(a.id.c_str());
    const std::string label = a.label.in(c.lang());
    const float badge_w = button_width(c.t(Str::to_fill)) + ImGui::GetStyle().ItemSpacing.x;
    text_wrapped_whole(label, std::max(ImGui::GetContentRegionAvail().x - badge_w, c.px(120)));
    ImGui::SameLine();
    badge(c.t(Str::to_fill), kWarn);
    const std::string& first = c.policy.questions[static_cast<std::size_t>(a.questions.front())].id;
    if (secondary_button(c.t(Str::fill_in) + "##results:fill:" + a.id, ImVec2(0, c.choice_height())))
      asked = request::EditAnswer{"answers." + first};
    ImGui::PopID();
  }
  return asked;
}

// The headline box: what the enterprise can hope for, in words (never "约 0 万元" alone), the failed or unanswered
// conditions (amber until answered, red for a "no" given), and the caveats.
void draw_headline(const ScreenContext& c, const assess::Presented& shown) {
  const assess::Headline& h = shown.headline;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, kTotalBg);
  ImGui::BeginChild("##total", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY, ImGuiWindowFlags_NavFlattened);
  // A number that could not be read is an answer missing from the total: said before the total, never silently.
  if (!h.pending.empty()) text_wrapped_colored(kBad, h.pending);
  const ImVec4 amount_colour = h.tone == assess::Tone::good ? kAccent : tone_colour(h.tone);
  heading_text(c.heading_font, h.amount, 3, &amount_colour);
  if (!h.minimum.empty()) text_wrapped_whole(h.minimum);
  if (!h.others.empty()) text_wrapped_whole(h.others);
  if (!h.exact.empty()) text_muted(h.exact);
  for (const assess::PresentedGate& g : shown.gates) text_wrapped_colored(tone_colour(g.tone), g.text);
  if (!h.caveat.empty()) text_muted(h.caveat);
  text_muted(shown.disclaimer);
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

// "还可以争取 / What else you could claim": under each claimed measure's heading, what would bring an item to its
// cap and the answers that would change an outcome; then, folded, every measure not claimed with what it takes
// (its conditions and amount in the policy's words) and why it is not claimed.
Request draw_could_claim(const ScreenContext& c, const assess::Presented& shown) {
  Request asked;
  ImGui::Spacing();
  heading_text(c.heading_font, c.t(Str::could_claim_title), 3);
  const std::string* under = nullptr;
  for (const assess::Opportunity& o : shown.could_claim) {
    if (o.kind == assess::Opportunity::Kind::not_claimed) continue;
    if (!under) text_muted(c.t(Str::could_claim_intro));
    if (!under || *under != o.measure_heading) {
      under = &o.measure_heading;
      ImGui::Spacing();
      heading_text(nullptr, o.measure_heading, 4);
    }
    take_line(o.item_heading.empty() ? o.text : o.item_heading + ": " + o.text);
  }
  const std::string header = c.t(Str::not_claimed_header, {std::to_string(shown.not_claimed.size())}) + "##results:others";
  if (!ImGui::CollapsingHeader(header.c_str())) return asked;
  for (const assess::PresentedMeasure& pm : shown.not_claimed) {
    const assess::Measure& m = *pm.result->measure;
    ImGui::PushID(m.id.c_str());
    if (secondary_button(pm.article + "##article:" + m.id)) asked = request::OpenDialog{dialog::Article{m.article}};
    ImGui::SameLine();
    text_wrapped_whole(pm.title + " · " + pm.status);
    if (!pm.to_claim.empty()) take_line(pm.to_claim);
    for (const std::string& l : pm.lines) text_muted(l);
    ImGui::PopID();
  }
  return asked;
}

}  // namespace

Request draw_results_panel(const ScreenContext& c, bool full) {
  Request asked;
  RegistryRegion results(Region::results);
  heading_text(c.heading_font, c.t(Str::results_title), 2);
  const Evaluation& evaluation = c.session.evaluation;
  if (!evaluation.valid()) return asked;
  const assess::Presented& shown = evaluation.presented(c.policy, c.lang(), c.session.pending.count);
  draw_headline(c, shown);
  for (const assess::PresentedMeasure& pm : shown.claimed) ask(asked, draw_measure_card(c, pm));
  ask(asked, draw_ticked_to_fill(c));
  ask(asked, draw_could_claim(c, shown));
  for (const std::string& n : shown.notes) text_muted(n);
  if (full) {
    ImGui::Spacing();
    if (secondary_button(c.t(Str::edit) + "##results:edit", ImVec2(0, c.px(44)))) asked = request::GoTo{ScreenId::details};
    // The report opens in a tab: printed from a desktop, read (and kept from the browser's menu) on a phone.
    const std::string report_label = c.t(c.kiosk()            ? Str::print
                                         : c.options.handheld ? Str::report_view
                                                              : Str::report) +
                                     "##results:report";
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
