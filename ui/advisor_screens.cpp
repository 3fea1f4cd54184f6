// Advisor mode: several enterprises assessed in a row, in memory only — the list to switch between them, a
// side-by-side comparison of their totals and measures, exports of all results, and "end session".
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "app.hpp"
#include "explain.hpp"
#include "platform.hpp"
#include "render_export.hpp"
#include "wan_amount.hpp"
#include "widgets.hpp"

namespace ui {

namespace {
// Enterprises hold pointers into their own profiles: the list is reserved once and never reallocates.
constexpr std::size_t kMaxEnterprises = 200;

std::string wan_range(assess::Yuan min, assess::Yuan max, const std::string& unit) {
  return (min == max ? "" : format_wan(min) + "–") + format_wan(max) + " " + unit;  // one figure when both agree
}
}  // namespace

void App::add_enterprise() {
  if (enterprises_.empty()) enterprises_.reserve(kMaxEnterprises);
  if (enterprises_.size() >= kMaxEnterprises) return;
  if (!enterprises_.empty()) enterprises_[current_enterprise_].answers = answers_;
  Enterprise e{t("enterprise_default_name", {std::to_string(enterprises_.size() + 1)}), Answers(policy_), 0, {}, {}, false};
  enterprises_.push_back(std::move(e));
  current_enterprise_ = enterprises_.size() - 1;
  answers_ = enterprises_.back().answers;
  answers_.changed();  // a new version: the live result is recomputed for the new (empty) answers
  edit_text_.clear();
}

void App::switch_enterprise(std::size_t index) {
  if (index >= enterprises_.size()) return;
  enterprises_[current_enterprise_].answers = answers_;
  current_enterprise_ = index;
  answers_ = enterprises_[index].answers;
  answers_.changed();
  edit_text_.clear();
}

void App::evaluate_enterprises() {
  if (enterprises_.empty()) return;
  enterprises_[current_enterprise_].answers = answers_;
  for (Enterprise& e : enterprises_) {
    if (e.evaluated_version == e.answers.version() && e.evaluated_version != 0) continue;
    e.evaluated_version = e.answers.version();
    assess::Diagnostics errors;
    e.profile = assess::Profile();
    e.valid = assess::read_profile_json(policy_, e.answers.effective_profile(), e.profile, errors);
    if (e.valid) e.result = assess::evaluate(policy_, e.profile);
  }
}

void App::export_all(bool csv) {
  evaluate_enterprises();
  std::vector<assess::Json> profiles;
  profiles.reserve(enterprises_.size());
  std::vector<assess::AssessedEnterprise> rows;
  for (const Enterprise& e : enterprises_) {
    if (!e.valid) continue;
    profiles.push_back(e.answers.effective_profile());
    rows.push_back({e.name, &profiles.back(), &e.result});
  }
  if (csv)
    platform::download("suzhou-ai-estimates.csv", "text/csv;charset=utf-8", assess::render_csv(policy_, rows, lang_));
  else
    platform::download("suzhou-ai-estimates.jsonl", "application/x-ndjson", assess::render_jsonl(policy_, rows, lang_));
}

void App::end_session() {
  enterprises_.clear();
  current_enterprise_ = 0;
  clear_all();
  platform::storage_wipe();
  add_enterprise();
  screen_ = Screen::start;
}

void App::draw_enterprises() {
  evaluate_enterprises();
  if (heading_font_) ImGui::PushFont(heading_font_);
  ImGui::TextUnformatted(t("enterprises_title").c_str());
  if (heading_font_) ImGui::PopFont();
  text_muted(t("advisor_memory_only"));
  ImGui::Spacing();
  if (primary_button(t("enterprise_new") + "##enterprises:new", ImVec2(0, px(44)))) {
    add_enterprise();
    screen_ = Screen::gates;
  }
  ImGui::SameLine();
  if (secondary_button(t("compare") + "##enterprises:compare", ImVec2(0, px(44)))) screen_ = Screen::compare;
  ImGui::SameLine();
  if (secondary_button(t("export_csv") + "##enterprises:csv", ImVec2(0, px(44)))) export_all(true);
  ImGui::SameLine();
  if (secondary_button(t("export_jsonl") + "##enterprises:jsonl", ImVec2(0, px(44)))) export_all(false);
  ImGui::SameLine();
  if (secondary_button(t("end_session") + "##enterprises:end", ImVec2(0, px(44)))) show_end_session_ = true;
  ImGui::Spacing();
  if (ImGui::BeginTable("##enterprise_list", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
    ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableSetupColumn("total", ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableSetupColumn("open", ImGuiTableColumnFlags_WidthFixed, px(160));
    for (std::size_t i = 0; i < enterprises_.size(); ++i) {
      Enterprise& e = enterprises_[i];
      const std::string n = std::to_string(i);
      ImGui::PushID(static_cast<int>(i));
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::SetNextItemWidth(-1);
      ImGui::InputText(("##enterprise:name:" + n).c_str(), &e.name);
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      if (e.valid && e.result.eligible)
        ImGui::TextUnformatted(wan_range(e.result.total.min, e.result.total.max, t("wan")).c_str());
      else
        text_muted(e.answers.all().empty() ? t("not_started") : t("not_eligible_short"));
      ImGui::TableNextColumn();
      if (i == current_enterprise_)
        text_muted(t("enterprise_current"));
      else if (secondary_button(t("enterprise_open") + "##enterprise:open:" + n, ImVec2(-1, 0))) {
        switch_enterprise(i);
        screen_ = Screen::details;
      }
      ImGui::PopID();
    }
    ImGui::EndTable();
  }

  if (show_end_session_) ImGui::OpenPopup("##end_session");
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(ImGui::GetMainViewport()->Size.x - px(32), px(560)), 0));
  if (ImGui::BeginPopupModal("##end_session", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextWrapped("%s", t("end_session_body", {std::to_string(enterprises_.size())}).c_str());
    if (primary_button(t("end_session_confirm") + "##dialog:end_session", ImVec2(0, px(44)))) {
      show_end_session_ = false;
      ImGui::CloseCurrentPopup();
      end_session();
    }
    ImGui::SameLine();
    if (secondary_button(t("cancel") + "##dialog:cancel_end", ImVec2(0, px(44)))) {
      show_end_session_ = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
}

// One column per enterprise, one row per measure: what each can claim, side by side, totals first.
void App::draw_compare() {
  evaluate_enterprises();
  if (heading_font_) ImGui::PushFont(heading_font_);
  ImGui::TextUnformatted(t("compare_title").c_str());
  if (heading_font_) ImGui::PopFont();
  if (secondary_button(t("back_to_list") + "##compare:back", ImVec2(0, px(44)))) screen_ = Screen::enterprises;
  const int columns = 1 + static_cast<int>(enterprises_.size());
  // The surrounding panel scrolls both ways; the table itself is laid out at full size.
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("##compare", columns, flags)) return;
  ImGui::TableSetupColumn(t("measure_column").c_str(), ImGuiTableColumnFlags_WidthFixed, px(320));
  for (const Enterprise& e : enterprises_) ImGui::TableSetupColumn(e.name.c_str(), ImGuiTableColumnFlags_WidthFixed, px(200));
  ImGui::TableHeadersRow();
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(t("total_row").c_str());
  for (const Enterprise& e : enterprises_) {
    ImGui::TableNextColumn();
    if (!e.valid || !e.result.eligible)
      text_muted(e.answers.all().empty() ? t("not_started") : t("not_eligible_short"));
    else
      text_wrapped_colored(kAccent, wan_range(e.result.total.min, e.result.total.max, t("wan")));
  }
  for (std::size_t m = 0; m < policy_.measures.size(); ++m) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", (t("article", {assess::article_numeral(policy_.measures[m].article, lang_)}) + " " +
                              policy_.measures[m].title.in(lang_))
                                 .c_str());
    for (const Enterprise& e : enterprises_) {
      ImGui::TableNextColumn();
      if (!e.valid) continue;
      const assess::MeasureResult& r = e.result.measures[m];
      if (r.status == assess::Status::estimate)
        text_wrapped_colored(kGood, wan_range(r.min, r.max, t("wan")));
      else if (r.status != assess::Status::not_claimed)
        text_wrapped_colored(status_colour(r.status), assess::status_label(r.status, lang_));
      else
        text_muted("—");
    }
  }
  ImGui::EndTable();
}

}  // namespace ui
