// Advisor mode: several enterprises assessed in a row, in memory only — the list to switch between them, a
// side-by-side comparison of their totals and measures, exports of all results, and "end session".
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "app.hpp"
#include "explain.hpp"
#include "item_registry.hpp"
#include "outcome.hpp"
#include "platform.hpp"
#include "render_export.hpp"
#include "wan_amount.hpp"
#include "widgets.hpp"

namespace ui {

namespace {
// Enterprises hold pointers into their own profiles: the list is reserved once and never reallocates.
constexpr std::size_t kMaxEnterprises = 200;

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
  return e.answers.all().empty() ? c.t("not_started") : c.t("outcome_nothing");
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

void App::add_enterprise() {
  if (session_.advisor.enterprises.empty()) session_.advisor.enterprises.reserve(kMaxEnterprises);
  if (session_.advisor.enterprises.size() >= kMaxEnterprises) return;
  if (!session_.advisor.enterprises.empty()) session_.advisor.enterprises[session_.advisor.current].answers = session_.answers;
  Enterprise e{t("enterprise_default_name", {std::to_string(session_.advisor.enterprises.size() + 1)}),
               Answers(policy_),
               0,
               {},
               {},
               false};
  session_.advisor.enterprises.push_back(std::move(e));
  session_.advisor.current = session_.advisor.enterprises.size() - 1;
  session_.answers = session_.advisor.enterprises.back().answers;
  session_.answers.changed();  // a new version: the live result is recomputed for the new (empty) answers
  session_.edit_text.clear();
}

void App::switch_enterprise(std::size_t index) {
  if (index >= session_.advisor.enterprises.size()) return;
  session_.advisor.enterprises[session_.advisor.current].answers = session_.answers;
  session_.advisor.current = index;
  session_.answers = session_.advisor.enterprises[index].answers;
  session_.answers.changed();
  session_.edit_text.clear();
}

void App::evaluate_enterprises() {
  if (session_.advisor.enterprises.empty()) return;
  session_.advisor.enterprises[session_.advisor.current].answers = session_.answers;
  for (Enterprise& e : session_.advisor.enterprises) {
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
  profiles.reserve(session_.advisor.enterprises.size());
  std::vector<assess::AssessedEnterprise> rows;
  for (const Enterprise& e : session_.advisor.enterprises) {
    if (!e.valid) continue;
    profiles.push_back(e.answers.effective_profile());
    rows.push_back({e.name, &profiles.back(), &e.result});
  }
  if (csv)
    platform::download("suzhou-ai-estimates.csv", "text/csv;charset=utf-8", assess::render_csv(rows, session_.lang));
  else
    platform::download("suzhou-ai-estimates.jsonl", "application/x-ndjson", assess::render_jsonl(policy_, rows, session_.lang));
}

void App::end_session() {
  start_new_session();
}

// The session as one file: every enterprise's name and profile (only the questions asked, as a saved profile),
// so that a day's work can be kept and opened again.
void App::save_session() {
  evaluate_enterprises();  // the current enterprise's answers into the list
  assess::Json list = assess::Json::array();
  for (const Enterprise& e : session_.advisor.enterprises)
    list.push_back({{"name", e.name}, {"profile", e.answers.effective_profile()}});
  const assess::Json doc = {{"format", kSessionFormat}, {"policy", policy_.id}, {"enterprises", list}};
  const std::string file = "suzhou-ai-session.json";
  platform::download(file, "application/json", doc.dump(1) + "\n");
  session_.advisor.saved_hash = session_hash();
  session_.advisor.versions = 0;  // look again at the next frame
  show_toast(t("saved_to", {file}));
}

// A session file: every enterprise is validated like a profile of its own, and errors name their JSON path
// ("enterprises[2].profile.answers…"). On any error nothing changes; else the enterprises are added to the list.
bool App::open_session(const std::string& name, const assess::Json& doc) {
  assess::Diagnostics errors;
  const auto error = [&](const std::string& path, assess::Text text) {
    errors.push_back({path, "bad_session", std::move(text)});
  };
  if (!doc.contains("format") || doc["format"] != kSessionFormat) error("format", strings_.both("session_bad_format"));
  if (!doc.contains("policy") || doc["policy"] != policy_.id) error("policy", strings_.both("session_other_policy"));
  const bool has_list = doc.contains("enterprises") && doc["enterprises"].is_array();
  if (!has_list) error("enterprises", strings_.both("session_no_list"));
  std::vector<std::pair<std::string, assess::Json>> opened;
  for (std::size_t i = 0; has_list && i < doc["enterprises"].size(); ++i) {
    const assess::Json& e = doc["enterprises"][i];
    const std::string at = "enterprises[" + std::to_string(i) + "]";
    if (!e.is_object() || !e.contains("name") || !e["name"].is_string() || !e.contains("profile")) {
      error(at, strings_.both("session_bad_enterprise"));
      continue;
    }
    assess::Profile p;
    assess::Diagnostics profile_errors;
    if (!assess::read_profile_json(policy_, e["profile"], p, profile_errors))
      for (assess::Diagnostic d : profile_errors) {
        d.path = at + ".profile" + (d.path == "$" || d.path.empty() ? "" : "." + d.path);
        errors.push_back(std::move(d));
      }
    opened.emplace_back(e["name"].get<std::string>(), e["profile"]);
  }
  // One enterprise not yet started (the session's first, empty one) gives way to the opened ones.
  const bool replace_empty = session_.advisor.enterprises.size() == 1 && session_.answers.all().empty();
  if (errors.empty() && (replace_empty ? 0 : session_.advisor.enterprises.size()) + opened.size() > kMaxEnterprises)
    error("enterprises", strings_.both("session_too_many"));
  if (!errors.empty() || opened.empty()) {
    if (errors.empty()) error("enterprises", strings_.both("session_no_list"));
    session_.dialogs.open_errors.clear();
    for (const assess::Diagnostic& d : errors) session_.dialogs.open_errors.push_back(d.line(session_.lang));
    session_.dialogs.show_open_errors = true;  // the session on screen is untouched
    return false;
  }
  evaluate_enterprises();
  if (replace_empty) session_.advisor.enterprises.clear();
  session_.advisor.enterprises.reserve(kMaxEnterprises);  // never reallocates: results point into the profiles
  const std::size_t first = session_.advisor.enterprises.size();
  for (auto& [enterprise_name, profile] : opened) {
    Enterprise e{enterprise_name, Answers(policy_), 0, {}, {}, false};
    e.answers.replace(profile);
    session_.advisor.enterprises.push_back(std::move(e));
  }
  session_.advisor.current = first;
  session_.answers = session_.advisor.enterprises[first].answers;
  session_.answers.changed();
  session_.edit_text.clear();
  if (replace_empty) session_.advisor.saved_hash = session_hash();  // exactly what the file holds: nothing unsaved
  session_.advisor.versions = 0;
  session_.screen = Screen::enterprises;
  show_toast(t("opened", {name}));
  return true;
}

// What the session holds, names and answers, as one number: equal numbers mean nothing changed since saving.
std::uint64_t App::session_hash() const {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a
  const auto mix = [&h](const std::string& s) {
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    h = (h ^ 0xFF) * 1099511628211ull;
  };
  for (std::size_t i = 0; i < session_.advisor.enterprises.size(); ++i) {
    mix(session_.advisor.enterprises[i].name);
    mix((i == session_.advisor.current ? session_.answers : session_.advisor.enterprises[i].answers).effective_profile().dump());
  }
  return h;
}

// Once per frame in advisor mode: leaving the page asks first while some enterprise's work is not in a file.
// The hash is recomputed only when an answer or a name may have changed.
void App::track_unsaved_session() {
  std::uint64_t versions = session_.answers.version() * 31 + session_.advisor.enterprises.size();
  for (const Enterprise& e : session_.advisor.enterprises) {
    versions = versions * 31 + e.answers.version();
    for (char c : e.name) versions = versions * 31 + static_cast<unsigned char>(c);
  }
  if (versions == session_.advisor.versions) return;
  session_.advisor.versions = versions;
  bool any = false;
  for (std::size_t i = 0; i < session_.advisor.enterprises.size(); ++i)
    any = any || !(i == session_.advisor.current ? session_.answers : session_.advisor.enterprises[i].answers).all().empty();
  const bool unsaved = any && session_hash() != session_.advisor.saved_hash;
  if (unsaved != session_.advisor.leave_warning) platform::warn_before_leaving(session_.advisor.leave_warning = unsaved);
}

// The current enterprise's name, above the steps: always in view while it is filled in, and editable there.
void App::draw_current_enterprise_name() {
  if (!advisor() || session_.advisor.current >= session_.advisor.enterprises.size()) return;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(t("enterprise_name_label").c_str());
  ImGui::SameLine();
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, px(360)));
  ImGui::InputText("##enterprise:current_name", &session_.advisor.enterprises[session_.advisor.current].name);
  registry_annotate_last(t("enterprise_name_label") + " " + session_.advisor.enterprises[session_.advisor.current].name, false);
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
    session_.screen = Screen::gates;
  }
  same_line_if_fits(t("compare") + "##enterprises:compare");  // the row wraps on a phone
  if (secondary_button(t("compare") + "##enterprises:compare", ImVec2(0, px(44)))) session_.screen = Screen::compare;
  same_line_if_fits(t("export_csv") + "##enterprises:csv");
  if (secondary_button(t("export_csv") + "##enterprises:csv", ImVec2(0, px(44)))) export_all(true);
  same_line_if_fits(t("export_jsonl") + "##enterprises:jsonl");
  if (secondary_button(t("export_jsonl") + "##enterprises:jsonl", ImVec2(0, px(44)))) export_all(false);
  same_line_if_fits(t("save_session") + "##enterprises:save");
  if (secondary_button(t("save_session") + "##enterprises:save", ImVec2(0, px(44)))) save_session();
  same_line_if_fits(t("open_session") + "##enterprises:open");
  if (secondary_button(t("open_session") + "##enterprises:open", ImVec2(0, px(44))))
    platform::request_open_file(".json,application/json");
  same_line_if_fits(t("end_session") + "##enterprises:end");
  if (danger_button(t("end_session") + "##enterprises:end", ImVec2(0, px(44)))) session_.dialogs.show_end_session = true;
  ImGui::Spacing();
  if (ImGui::BeginTable("##enterprise_list", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
    ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableSetupColumn("total", ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableSetupColumn("open", ImGuiTableColumnFlags_WidthFixed, px(160));
    for (std::size_t i = 0; i < session_.advisor.enterprises.size(); ++i) {
      Enterprise& e = session_.advisor.enterprises[i];
      const std::string n = std::to_string(i);
      ImGui::PushID(static_cast<int>(i));
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::SetNextItemWidth(-1);
      ImGui::InputText(("##enterprise:name:" + n).c_str(), &e.name);
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      draw_enterprise_outcome(context(), e, false);
      ImGui::TableNextColumn();
      // Every row opens its enterprise; the current one's button says it is the one being filled.
      const bool current = i == session_.advisor.current;
      const bool open = current ? primary_button(t("enterprise_continue") + "##enterprise:open:" + n, ImVec2(-1, 0))
                                : secondary_button(t("enterprise_open") + "##enterprise:open:" + n, ImVec2(-1, 0));
      // The mirror (and a screen reader) hears the whole row on its button: action, name, outcome.
      registry_annotate_last(
          t(current ? "enterprise_continue" : "enterprise_open") + " · " + e.name + " · " + enterprise_outcome(context(), e),
          current);
      if (open) {
        const bool empty = (current ? session_.answers : e.answers).all().empty();
        if (!current) switch_enterprise(i);
        session_.screen = empty ? Screen::gates : Screen::details;
      }
      ImGui::PopID();
    }
    ImGui::EndTable();
  }

  if (session_.dialogs.show_end_session) ImGui::OpenPopup("##end_session");
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(ImGui::GetMainViewport()->Size.x - px(32), px(560)), 0));
  if (ImGui::BeginPopupModal("##end_session", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) {
    text_wrapped_whole(t("end_session_body", {std::to_string(session_.advisor.enterprises.size())}));
    // Keeping everything is the safe choice: it comes first and has the keyboard focus; the wipe is red.
    if (primary_button(t("cancel") + "##dialog:cancel_end", ImVec2(0, px(44)))) {
      session_.dialogs.show_end_session = false;
      ImGui::CloseCurrentPopup();
    }
    ImGui::SetItemDefaultFocus();
    ImGui::SameLine();
    if (danger_button(t("end_session_confirm") + "##dialog:end_session", ImVec2(0, px(44)))) {
      session_.dialogs.show_end_session = false;
      ImGui::CloseCurrentPopup();
      end_session();
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
  if (secondary_button(t("back_to_list") + "##compare:back", ImVec2(0, px(44)))) session_.screen = Screen::enterprises;
  const int columns = 1 + static_cast<int>(session_.advisor.enterprises.size());
  // The surrounding panel scrolls both ways; the table itself is laid out at full size.
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_SizingFixedFit;
  // Each enterprise's column as wide as its name (within limits); the table is given its full width, so a
  // phone scrolls it sideways instead of squeezing every column to a character or two.
  std::vector<float> widths;
  float table_w = px(320);
  for (const Enterprise& e : session_.advisor.enterprises) {
    widths.push_back(std::clamp(ImGui::CalcTextSize(e.name.c_str()).x + px(16), px(200), px(360)));
    table_w += widths.back() + 2 * ImGui::GetStyle().CellPadding.x + 1;
  }
  if (!ImGui::BeginTable("##compare", columns, flags, ImVec2(table_w, 0))) return;
  ImGui::TableSetupColumn(t("measure_column").c_str(), ImGuiTableColumnFlags_WidthFixed, px(320));
  for (std::size_t i = 0; i < session_.advisor.enterprises.size(); ++i)
    ImGui::TableSetupColumn(session_.advisor.enterprises[i].name.c_str(), ImGuiTableColumnFlags_WidthFixed, widths[i]);
  ImGui::TableHeadersRow();
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(t("total_row").c_str());
  for (const Enterprise& e : session_.advisor.enterprises) {
    ImGui::TableNextColumn();
    draw_enterprise_outcome(context(), e, true);
  }
  for (std::size_t m = 0; m < policy_.measures.size(); ++m) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    text_wrapped_whole(assess::article_name(policy_.measures[m].article, session_.lang) + " " +
                       policy_.measures[m].title.in(session_.lang));
    for (const Enterprise& e : session_.advisor.enterprises) {
      ImGui::TableNextColumn();
      if (!e.valid) continue;
      const assess::MeasureResult& r = e.result.measures[m];
      if (r.status == assess::Status::estimate)
        text_wrapped_colored(kGood, wan_range(r.min, r.max, t("wan")));
      else if (r.status != assess::Status::not_claimed)
        text_wrapped_colored(status_colour(r), assess::status_label(r, session_.lang));
      else
        text_muted("—");
    }
  }
  ImGui::EndTable();
}

}  // namespace ui
