// Advisor mode: several enterprises assessed in a row, in memory only — the list to switch between them, a
// side-by-side comparison of their totals and measures, exports of all results, and "end session".
#include "advisor_screens.hpp"

#include <imgui.h>

#include "advisor_tab_store.hpp"
#include "explain.hpp"
#include "item_registry.hpp"
#include "outcome.hpp"
#include "platform.hpp"
#include "profile_reader.hpp"
#include "render_export.hpp"
#include "text_field.hpp"
#include "session_file.hpp"
#include "wan_amount.hpp"
#include "widgets.hpp"

namespace ui {

namespace {
// Enterprises hold pointers into their own profiles: the list is reserved once and never reallocates. As many
// as a session file may hold.
constexpr std::size_t kMaxEnterprises = assess::kMaxSessionEnterprises;

std::string wan_range(assess::Yuan min, assess::Yuan max, const std::string& unit) {
  return (min == max ? "" : format_wan_grouped(min) + "–") + format_wan_grouped(max) + " " + unit;  // one figure when both agree
}

constexpr const char* kSessionFormat = "suzhou-ai-assess/session@1";

// What an enterprise's results screen would say of it, in a few words: its range whenever a measure pays
// (even when a gate failed: a non-AI buyer of AI is paid under art. 8), "not eligible" only when nothing does.
std::string enterprise_outcome(const ScreenContext& c, const Enterprise& e, bool* amount = nullptr) {
  const assess::Outcome o = e.valid ? assess::outcome_of(e.result) : assess::Outcome::nothing;
  if (amount) *amount = o == assess::Outcome::pays && e.result.total.max > 0;
  if (o == assess::Outcome::pays && e.result.total.max > 0) return wan_range(e.result.total.min, e.result.total.max, c.t("wan"));
  if (o == assess::Outcome::pays) return c.t("outcome_to_be_assessed");  // only measures decided case by case
  if (o == assess::Outcome::ineligible) return c.t("not_eligible_short");
  return e.answers.empty() ? c.t("not_started") : c.t("outcome_nothing");
}

void draw_enterprise_outcome(const ScreenContext& c, const Enterprise& e, bool wrapped) {
  bool amount = false;
  const std::string text = enterprise_outcome(c, e, &amount);
  if (!amount)
    text_muted(text);
  else if (wrapped)
    text_wrapped_colored(kAccent, text);
  else
    ImGui::TextUnformatted(text.c_str());
}
}  // namespace

// Used within this file only (the list and the comparison).
void switch_enterprise(const ScreenContext& c, std::size_t index);
void evaluate_enterprises(const ScreenContext& c);
void export_all(const ScreenContext& c, bool csv, bool by_enterprise = false);
void save_session(const ScreenContext& c);

void add_enterprise(const ScreenContext& c) {
  if (c.session.advisor.enterprises.empty()) c.session.advisor.enterprises.reserve(kMaxEnterprises);
  if (c.session.advisor.enterprises.size() >= kMaxEnterprises) return;
  if (!c.session.advisor.enterprises.empty())
    c.session.advisor.enterprises[c.session.advisor.current].answers = c.session.answers;
  Enterprise e{c.t("enterprise_default_name", {std::to_string(c.session.advisor.enterprises.size() + 1)}),
               Answers(c.policy),
               0,
               {},
               {},
               false};
  c.session.advisor.enterprises.push_back(std::move(e));
  c.session.advisor.current = c.session.advisor.enterprises.size() - 1;
  // Its answers come with their own version (unique to them), so the live result and the autosave follow.
  c.session.answers = c.session.advisor.enterprises.back().answers;
  c.session.edit_text.clear();
}

void switch_enterprise(const ScreenContext& c, std::size_t index) {
  if (index >= c.session.advisor.enterprises.size()) return;
  c.session.advisor.enterprises[c.session.advisor.current].answers = c.session.answers;
  c.session.advisor.current = index;
  c.session.answers = c.session.advisor.enterprises[index].answers;  // with their version (add_enterprise)
  c.session.edit_text.clear();
}

void evaluate_enterprises(const ScreenContext& c) {
  if (c.session.advisor.enterprises.empty()) return;
  c.session.advisor.enterprises[c.session.advisor.current].answers = c.session.answers;
  for (Enterprise& e : c.session.advisor.enterprises) {
    if (e.evaluated_version == e.answers.version() && e.evaluated_version != 0) continue;
    e.evaluated_version = e.answers.version();
    assess::Diagnostics errors;
    e.profile = assess::Profile();
    e.valid = assess::read_profile_json(c.policy, e.answers.effective_profile(), e.profile, errors);
    if (e.valid) e.result = assess::evaluate(c.policy, e.profile);
  }
}

// The CSV has a row per enterprise and measure; `by_enterprise`: a row per enterprise, measures as columns.
void export_all(const ScreenContext& c, bool csv, bool by_enterprise) {
  evaluate_enterprises(c);
  std::vector<assess::Json> profiles;
  profiles.reserve(c.session.advisor.enterprises.size());
  std::vector<assess::AssessedEnterprise> rows;
  for (const Enterprise& e : c.session.advisor.enterprises) {
    if (!e.valid) continue;
    profiles.push_back(e.answers.effective_profile());
    rows.push_back({e.name, &profiles.back(), &e.result});
  }
  if (csv && by_enterprise)
    platform::download("suzhou-ai-estimates-by-enterprise.csv", "text/csv;charset=utf-8",
                       assess::render_csv_by_enterprise(c.policy, rows, c.session.lang));
  else if (csv)
    platform::download("suzhou-ai-estimates.csv", "text/csv;charset=utf-8", assess::render_csv(rows, c.session.lang));
  else
    platform::download("suzhou-ai-estimates.jsonl", "application/x-ndjson", assess::render_jsonl(c.policy, rows, c.session.lang));
}

// The session as one file: every enterprise's name and profile (only the questions asked, as a saved profile),
// so that a day's work can be kept and opened again.
void save_session(const ScreenContext& c) {
  evaluate_enterprises(c);  // the current enterprise's answers into the list
  // A name the file could not be opened with again is not saved: the advisor is told which, and keeps everything.
  for (std::size_t i = 0; i < c.session.advisor.enterprises.size(); ++i)
    if (assess::check_name("", c.session.advisor.enterprises[i].name, c.policy.limits)) {
      c.toast(c.t("session_name_not_saved", {std::to_string(i + 1)}));
      return;
    }
  assess::Json list = assess::Json::array();
  for (const Enterprise& e : c.session.advisor.enterprises)
    list.push_back({{"name", e.name}, {"profile", e.answers.effective_profile()}});
  const assess::Json doc = {{"format", kSessionFormat}, {"policy", c.policy.id}, {"enterprises", list}};
  const std::string file = "suzhou-ai-session.json";
  platform::download(file, "application/json", doc.dump(1) + "\n");
  mark_in_file(c, 0);
  c.session.advisor.versions = 0;  // look again at the next frame
  c.toast(c.t("saved_to", {file}));
}

// Whether an enterprise still has the name it was given when it was added (in either language).
bool has_default_name(const ScreenContext& c, const Enterprise& e, std::size_t number) {
  for (assess::Lang lang : {assess::Lang::zh, assess::Lang::en})
    if (e.name == c.strings.get(lang, "enterprise_default_name", {std::to_string(number)})) return true;
  return false;
}

// A session file (core/session_file.hpp: every enterprise validated like a profile of its own, its errors under
// "enterprises[2].profile…", names checked as every name, one budget of enterprises, items and errors for the
// whole file). On any error nothing changes; else the enterprises are added to the list.
bool open_session(const ScreenContext& c, const std::string& name, std::string_view text) {
  // The session's first enterprise gives way to the opened ones only while nothing of it was entered: no answer,
  // and the name it was given (a typed name is work too, issue 23 no. 6); otherwise the opened ones join it.
  const bool replace_empty = c.session.advisor.enterprises.size() == 1 && c.session.answers.empty() &&
                             has_default_name(c, c.session.advisor.enterprises[0], 1);
  const std::size_t room = kMaxEnterprises - (replace_empty ? 0 : c.session.advisor.enterprises.size());
  std::vector<assess::NamedProfile> opened;
  assess::Diagnostics errors;
  const assess::SessionFileRead read = assess::read_session_file(c.policy, text, kSessionFormat, room, opened, errors);
  if (read == assess::SessionFileRead::not_a_session) return false;
  if (read == assess::SessionFileRead::refused) {
    c.session.dialogs.open_errors.clear();
    for (const assess::Diagnostic& d : errors) c.session.dialogs.open_errors.push_back(d.line(c.session.lang));
    c.session.dialogs.show_open_errors = true;  // the session on screen is untouched
    return true;
  }
  evaluate_enterprises(c);
  if (replace_empty) c.session.advisor.enterprises.clear();
  c.session.advisor.enterprises.reserve(kMaxEnterprises);  // never reallocates: results point into the profiles
  const std::size_t first = c.session.advisor.enterprises.size();
  for (assess::NamedProfile& opened_one : opened) {
    Enterprise e{std::move(opened_one.name), Answers(c.policy), 0, {}, {}, false};
    e.answers.replace(opened_one.profile);
    c.session.advisor.enterprises.push_back(std::move(e));
  }
  c.session.advisor.current = first;
  c.session.answers = c.session.advisor.enterprises[first].answers;  // with their version (add_enterprise)
  c.session.edit_text.clear();
  mark_in_file(c, first);  // what the file holds is saved work
  c.session.advisor.versions = 0;
  c.session.screen = Screen::enterprises;
  c.toast(c.t("opened", {name}));
  return true;
}

// Once per frame in advisor mode, when an answer, a name or the current enterprise may have changed: the session
// goes to this tab's storage (a reload loses nothing), and leaving the page asks first while some enterprise's
// work (answers or a typed name) is not in a saved session file.
void track_unsaved_session(const ScreenContext& c) {
  std::uint64_t versions =
      (c.session.answers.version() * 31 + c.session.advisor.enterprises.size()) * 31 + c.session.advisor.current;
  for (const Enterprise& e : c.session.advisor.enterprises) {
    versions = (versions * 31 + e.answers.version()) * 31 + e.named + 2 * (e.saved_hash & 0xFFFF);
    for (char ch : e.name) versions = versions * 31 + static_cast<unsigned char>(ch);
  }
  if (versions == c.session.advisor.versions) return;
  c.session.advisor.versions = versions;
  keep_tab_session(c);
  c.session.advisor.unsaved = unsaved_enterprises(c);
  const bool unsaved = c.session.advisor.unsaved > 0;
  if (unsaved != c.session.advisor.leave_warning) platform::warn_before_leaving(c.session.advisor.leave_warning = unsaved);
}

// The current enterprise's name, above the steps: always in view while it is filled in, and editable there.
void draw_current_enterprise_name(const ScreenContext& c) {
  if (!c.advisor() || c.session.advisor.current >= c.session.advisor.enterprises.size()) return;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(c.t("enterprise_name_label").c_str());
  ImGui::SameLine();
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, c.px(360)));
  Enterprise& e = c.session.advisor.enterprises[c.session.advisor.current];
  if (text_field(c, "##enterprise:current_name", e.name, platform::Keyboard::text)) e.named = true;  // work to keep
  registry_annotate_last(c.t("enterprise_name_label") + " " + e.name, false);
  // A name a session file could not hold again (a bidi control or a C1 control pasted in, too long) says so here,
  // as a project's name does; the text stays as typed.
  if (const std::optional<assess::Diagnostic> bad = assess::check_name("", e.name, c.policy.limits))
    text_wrapped_colored(kBad, c.t("enterprise_name_problem", {bad->message.in(c.session.lang)}));
}

bool draw_enterprises(const ScreenContext& c) {
  bool end_requested = false;
  evaluate_enterprises(c);
  if (c.heading_font) ImGui::PushFont(c.heading_font);
  ImGui::TextUnformatted(c.t("enterprises_title").c_str());
  if (c.heading_font) ImGui::PopFont();
  text_muted(c.t("advisor_memory_only"));
  // After a reload: what came back from this tab; always: how much is not yet in a session file.
  if (c.session.advisor.restored > 0)
    text_wrapped_colored(kAccent, c.t("advisor_restored", {std::to_string(c.session.advisor.restored)}));
  if (c.session.advisor.unsaved > 0)
    text_wrapped_colored(kWarn, c.t("advisor_unsaved", {std::to_string(c.session.advisor.unsaved)}));
  ImGui::Spacing();
  if (primary_button(c.t("enterprise_new") + "##enterprises:new", ImVec2(0, c.px(44)))) {
    add_enterprise(c);
    c.session.advisor.restored = 0;
    c.session.screen = Screen::gates;
  }
  same_line_if_fits(c.t("compare") + "##enterprises:compare");  // the row wraps on a phone
  if (secondary_button(c.t("compare") + "##enterprises:compare", ImVec2(0, c.px(44)))) c.session.screen = Screen::compare;
  same_line_if_fits(c.t("export_csv") + "##enterprises:csv");
  if (secondary_button(c.t("export_csv") + "##enterprises:csv", ImVec2(0, c.px(44)))) export_all(c, true);
  same_line_if_fits(c.t("export_csv_wide") + "##enterprises:csv_wide");
  if (secondary_button(c.t("export_csv_wide") + "##enterprises:csv_wide", ImVec2(0, c.px(44)))) export_all(c, true, true);
  same_line_if_fits(c.t("export_jsonl") + "##enterprises:jsonl");
  if (secondary_button(c.t("export_jsonl") + "##enterprises:jsonl", ImVec2(0, c.px(44)))) export_all(c, false);
  same_line_if_fits(c.t("save_session") + "##enterprises:save");
  if (secondary_button(c.t("save_session") + "##enterprises:save", ImVec2(0, c.px(44)))) save_session(c);
  same_line_if_fits(c.t("open_session") + "##enterprises:open");
  if (secondary_button(c.t("open_session") + "##enterprises:open", ImVec2(0, c.px(44))))
    platform::request_open_file(".json,application/json");
  same_line_if_fits(c.t("end_session") + "##enterprises:end");
  if (danger_button(c.t("end_session") + "##enterprises:end", ImVec2(0, c.px(44)))) c.session.dialogs.show_end_session = true;
  ImGui::Spacing();
  if (ImGui::BeginTable("##enterprise_list", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
    ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableSetupColumn("total", ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableSetupColumn("open", ImGuiTableColumnFlags_WidthFixed, c.px(160));
    for (std::size_t i = 0; i < c.session.advisor.enterprises.size(); ++i) {
      Enterprise& e = c.session.advisor.enterprises[i];
      const std::string n = std::to_string(i);
      ImGui::PushID(static_cast<int>(i));
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::SetNextItemWidth(-1);
      if (text_field(c, "##enterprise:name:" + n, e.name, platform::Keyboard::text)) e.named = true;
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      draw_enterprise_outcome(c, e, false);
      ImGui::TableNextColumn();
      // Every row opens its enterprise; the current one's button says it is the one being filled.
      const bool current = i == c.session.advisor.current;
      const bool open = current ? primary_button(c.t("enterprise_continue") + "##enterprise:open:" + n, ImVec2(-1, 0))
                                : secondary_button(c.t("enterprise_open") + "##enterprise:open:" + n, ImVec2(-1, 0));
      // The mirror (and a screen reader) hears the whole row on its button: action, name, outcome.
      registry_annotate_last(
          c.t(current ? "enterprise_continue" : "enterprise_open") + " · " + e.name + " · " + enterprise_outcome(c, e), current);
      if (open) {
        const bool empty = (current ? c.session.answers : e.answers).empty();
        if (!current) switch_enterprise(c, i);
        c.session.screen = empty ? Screen::gates : Screen::details;
      }
      ImGui::PopID();
    }
    ImGui::EndTable();
  }

  if (c.session.dialogs.show_end_session) ImGui::OpenPopup("##end_session");
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(ImGui::GetMainViewport()->Size.x - c.px(32), c.px(560)), 0));
  if (ImGui::BeginPopupModal("##end_session", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) {
    text_wrapped_whole(c.t("end_session_body", {std::to_string(c.session.advisor.enterprises.size())}));
    // Keeping everything is the safe choice: it comes first and has the keyboard focus; the wipe is red.
    if (primary_button(c.t("cancel") + "##dialog:cancel_end", ImVec2(0, c.px(44)))) {
      c.session.dialogs.show_end_session = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::SetItemDefaultFocus();
    ImGui::SameLine();
    if (danger_button(c.t("end_session_confirm") + "##dialog:end_session", ImVec2(0, c.px(44)))) {
      c.session.dialogs.show_end_session = false;
      ImGui::CloseCurrentPopup();
      end_requested = true;  // the App wipes the session: everything held here goes
    }
    ImGui::EndPopup();
  }
  return end_requested;
}

// One column per enterprise, one row per measure: what each can claim, side by side, totals first.
void draw_compare(const ScreenContext& c) {
  evaluate_enterprises(c);
  if (c.heading_font) ImGui::PushFont(c.heading_font);
  ImGui::TextUnformatted(c.t("compare_title").c_str());
  if (c.heading_font) ImGui::PopFont();
  if (secondary_button(c.t("back_to_list") + "##compare:back", ImVec2(0, c.px(44)))) c.session.screen = Screen::enterprises;
  const int columns = 1 + static_cast<int>(c.session.advisor.enterprises.size());
  // The surrounding panel scrolls both ways; the table itself is laid out at full size.
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_SizingFixedFit;
  // Each enterprise's column as wide as its name (within limits); the table is given its full width, so a
  // phone scrolls it sideways instead of squeezing every column to a character or two.
  std::vector<float> widths;
  float table_w = c.px(320);
  for (const Enterprise& e : c.session.advisor.enterprises) {
    widths.push_back(std::clamp(ImGui::CalcTextSize(e.name.c_str()).x + c.px(16), c.px(200), c.px(360)));
    table_w += widths.back() + 2 * ImGui::GetStyle().CellPadding.x + 1;
  }
  if (!ImGui::BeginTable("##compare", columns, flags, ImVec2(table_w, 0))) return;
  ImGui::TableSetupColumn(c.t("measure_column").c_str(), ImGuiTableColumnFlags_WidthFixed, c.px(320));
  for (std::size_t i = 0; i < c.session.advisor.enterprises.size(); ++i)
    ImGui::TableSetupColumn(c.session.advisor.enterprises[i].name.c_str(), ImGuiTableColumnFlags_WidthFixed, widths[i]);
  ImGui::TableHeadersRow();
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(c.t("total_row").c_str());
  for (const Enterprise& e : c.session.advisor.enterprises) {
    ImGui::TableNextColumn();
    draw_enterprise_outcome(c, e, true);
  }
  for (std::size_t m = 0; m < c.policy.measures.size(); ++m) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    text_wrapped_whole(assess::article_name(c.policy.measures[m].article, c.session.lang) + " " +
                       c.policy.measures[m].title.in(c.session.lang));
    for (const Enterprise& e : c.session.advisor.enterprises) {
      ImGui::TableNextColumn();
      if (!e.valid) continue;
      const assess::MeasureResult& r = e.result.measures[m];
      if (r.status == assess::Status::estimate)
        text_wrapped_colored(kGood, wan_range(r.min, r.max, c.t("wan")));
      else if (r.status != assess::Status::not_claimed)
        text_wrapped_colored(status_colour(r), assess::status_label(r, c.session.lang));
      else
        text_muted("—");
    }
  }
  ImGui::EndTable();
}

}  // namespace ui
