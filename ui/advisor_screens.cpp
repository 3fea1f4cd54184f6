// Advisor mode: several enterprises assessed in a row, in memory only — the list to switch between them, a
// side-by-side comparison of their totals and measures, exports of all results, and "end session".
#include "advisor_screens.hpp"

#include <imgui.h>

#include <functional>

#include "advisor_tab_store.hpp"
#include "explain.hpp"
#include "item_registry.hpp"
#include "outcome.hpp"
#include "profile_reader.hpp"
#include "render_export.hpp"
#include "session_file.hpp"
#include "text_field.hpp"
#include "wan_amount.hpp"
#include "widgets.hpp"

namespace ui {

namespace {
// The most enterprises one session holds: as many as a session file may hold.
constexpr std::size_t kMaxEnterprises = assess::kMaxSessionEnterprises;

std::string wan_range(assess::Yuan min, assess::Yuan max, const std::string& unit) {
  return (min == max ? "" : format_wan_grouped(min) + "–") + format_wan_grouped(max) + " " + unit;  // one figure when both agree
}

constexpr const char* kSessionFormat = "suzhou-ai-assess/session@1";

// What an enterprise's results screen would say of it, in a few words: its range whenever a measure pays
// (even when a gate failed: a non-AI buyer of AI is paid under art. 8), "not eligible" only when nothing does.
std::string enterprise_outcome(const ScreenContext& c, const Enterprise& e, bool* amount = nullptr) {
  const assess::Result& r = e.evaluation.result();
  const assess::Outcome o = e.evaluation.valid() ? assess::outcome_of(r) : assess::Outcome::nothing;
  if (amount) *amount = o == assess::Outcome::pays && r.total.max > 0;
  if (o == assess::Outcome::pays && r.total.max > 0) return wan_range(r.total.min, r.total.max, c.t(Str::wan));
  if (o == assess::Outcome::pays) return c.t(Str::outcome_to_be_assessed);  // only measures decided case by case
  if (o == assess::Outcome::ineligible) return c.t(Str::not_eligible_short);
  return e.answers.empty() ? c.t(Str::not_started) : c.t(Str::outcome_nothing);
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

void add_enterprise(const SessionContext& c) {
  if (c.session.advisor.enterprises.size() >= kMaxEnterprises) return;
  if (!c.session.advisor.enterprises.empty())
    c.session.advisor.enterprises[c.session.advisor.current].answers = c.session.answers;
  Enterprise e{
      c.t(Str::enterprise_default_name, {std::to_string(c.session.advisor.enterprises.size() + 1)}), Answers(c.policy), {}};
  c.session.advisor.enterprises.push_back(std::move(e));
  c.session.advisor.current = c.session.advisor.enterprises.size() - 1;
  // Its answers come with their own version (unique to them), so the live result and the autosave follow.
  c.session.answers = c.session.advisor.enterprises.back().answers;
  c.session.edit_text.clear();
}

void switch_enterprise(const SessionContext& c, std::size_t index) {
  if (index >= c.session.advisor.enterprises.size()) return;
  c.session.advisor.enterprises[c.session.advisor.current].answers = c.session.answers;
  c.session.advisor.current = index;
  c.session.answers = c.session.advisor.enterprises[index].answers;  // with their version (add_enterprise)
  c.session.edit_text.clear();
}

void evaluate_enterprises(const SessionContext& c) {
  if (c.session.advisor.enterprises.empty()) return;
  Enterprise& current = c.session.advisor.enterprises[c.session.advisor.current];
  if (current.answers.version() != c.session.answers.version()) current.answers = c.session.answers;
  for (Enterprise& e : c.session.advisor.enterprises) e.evaluation.refresh(c.policy, e.answers);
}

FileOut export_all(const SessionContext& c, bool csv, bool by_enterprise) {
  evaluate_enterprises(c);
  std::vector<assess::Json> profiles;
  profiles.reserve(c.session.advisor.enterprises.size());
  std::vector<assess::AssessedEnterprise> rows;
  for (const Enterprise& e : c.session.advisor.enterprises) {
    if (!e.evaluation.valid()) continue;
    profiles.push_back(e.answers.effective_profile());
    rows.push_back({e.name, &profiles.back(), &e.evaluation.result()});
  }
  if (csv && by_enterprise)
    return {"suzhou-ai-estimates-by-enterprise.csv", "text/csv;charset=utf-8",
            assess::render_csv_by_enterprise(c.policy, rows, c.session.lang)};
  if (csv) return {"suzhou-ai-estimates.csv", "text/csv;charset=utf-8", assess::render_csv(c.policy, rows, c.session.lang)};
  return {"suzhou-ai-estimates.jsonl", "application/x-ndjson", assess::render_jsonl(c.policy, rows, c.session.lang)};
}

// The session as one file: every enterprise's name and profile (only the questions asked, as a saved profile),
// so that a day's work can be kept and opened again.
FileOut save_session(const SessionContext& c) {
  evaluate_enterprises(c);  // the current enterprise's answers into the list
  // A name the file could not be opened with again is not saved: the advisor is told which, and keeps everything.
  for (std::size_t i = 0; i < c.session.advisor.enterprises.size(); ++i)
    if (assess::check_name("", c.session.advisor.enterprises[i].name, c.policy.limits)) {
      c.toast(c.t(Str::session_name_not_saved, {std::to_string(i + 1)}));
      return {};
    }
  assess::Json list = assess::Json::array();
  for (const Enterprise& e : c.session.advisor.enterprises)
    list.push_back({{"name", e.name}, {"profile", e.answers.effective_profile()}});
  const assess::Json doc = {{"format", kSessionFormat}, {"policy", c.policy.id}, {"enterprises", list}};
  mark_in_file(c, 0);
  c.session.advisor.versions = 0;  // look again at the next frame
  return {"suzhou-ai-session.json", "application/json", doc.dump(1) + "\n"};
}

// Whether an enterprise still has the name it was given when it was added (in either language).
bool has_default_name(const Enterprise& e, std::size_t number) {
  for (assess::Lang lang : {assess::Lang::zh, assess::Lang::en})
    if (e.name == text(lang, Str::enterprise_default_name, {std::to_string(number)})) return true;
  return false;
}

// A session file (core/session_file.hpp: every enterprise validated like a profile of its own, its errors under
// "enterprises[2].profile…", names checked as every name, one budget of enterprises, items and errors for the
// whole file). On any error nothing changes; else the enterprises are added to the list.
SessionOpened open_session(const SessionContext& c, const std::string& name, std::string_view text) {
  // The session's first enterprise gives way to the opened ones only while nothing of it was entered: no answer,
  // and the name it was given (a typed name is work too, issue 23 no. 6); otherwise the opened ones join it.
  const bool replace_empty = c.session.advisor.enterprises.size() == 1 && c.session.answers.empty() &&
                             has_default_name(c.session.advisor.enterprises[0], 1);
  const std::size_t room = kMaxEnterprises - (replace_empty ? 0 : c.session.advisor.enterprises.size());
  std::vector<assess::NamedProfile> opened;
  assess::Diagnostics errors;
  const assess::SessionFileRead read = assess::read_session_file(c.policy, text, kSessionFormat, room, opened, errors);
  if (read == assess::SessionFileRead::not_a_session) return SessionOpened::not_a_session;
  if (read == assess::SessionFileRead::refused) {
    dialog::OpenErrors shown;
    for (const assess::Diagnostic& d : errors) shown.lines.push_back(d.line(c.session.lang));
    c.session.dialogs.open(std::move(shown));  // the session on screen is untouched
    return SessionOpened::refused;
  }
  evaluate_enterprises(c);
  if (replace_empty) c.session.advisor.enterprises.clear();
  const std::size_t first = c.session.advisor.enterprises.size();
  for (assess::NamedProfile& opened_one : opened) {
    Enterprise e{std::move(opened_one.name), Answers(c.policy), {}};
    e.answers.replace(opened_one.profile);
    c.session.advisor.enterprises.push_back(std::move(e));
  }
  c.session.advisor.current = first;
  c.session.answers = c.session.advisor.enterprises[first].answers;  // with their version (add_enterprise)
  c.session.edit_text.clear();
  mark_in_file(c, first);  // what the file holds is saved work
  c.session.advisor.versions = 0;
  c.toast(c.t(Str::opened, {name}));
  return SessionOpened::opened;  // the App shows the list
}

// Once per frame in advisor mode, when an answer, a name or the current enterprise may have changed: the session
// goes to this tab's storage (a reload loses nothing), and leaving the page asks first while some enterprise's
// work (answers or a typed name) is not in a saved session file.
void track_unsaved_session(const SessionContext& c) {
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
  if (unsaved != c.session.advisor.leave_warning) c.platform.warn_before_leaving(c.session.advisor.leave_warning = unsaved);
}

// A name typed in the accessible mirror's text box for this field (by its key): it replaces the name (true).
static bool take_name_from_mirror(const ScreenContext& c, const std::string& key, std::string& name) {
  auto typed = c.typed_in_mirror.find(key);
  if (typed == c.typed_in_mirror.end()) return false;
  name = std::move(typed->second);
  c.typed_in_mirror.erase(typed);
  return true;
}

// An enterprise's name field, to a screen reader: a text box named "企业名称" with the name in it.
static void describe_name(const ScreenContext& c, const std::string& name) {
  Semantics field;
  field.role = Role::textbox;
  field.name = c.t(Str::enterprise_name_label);
  field.value = name;
  registry_describe_last(field);
}

// The current enterprise's name, above the steps: always in view while it is filled in, and editable there.
void draw_current_enterprise_name(const ScreenContext& c) {
  if (!c.advisor() || c.session.advisor.current >= c.session.advisor.enterprises.size()) return;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(c.t(Str::enterprise_name_label).c_str());
  ImGui::SameLine();
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, c.px(360)));
  Enterprise& e = c.enterprises[c.session.advisor.current];
  if (text_field(c, "##enterprise:current_name", e.name, Keyboard::text)) e.named = true;  // work to keep
  if (take_name_from_mirror(c, "enterprise:current_name", e.name)) e.named = true;
  registry_annotate_last(c.t(Str::enterprise_name_label) + " " + e.name, false);
  describe_name(c, e.name);
  // A name a session file could not hold again (a bidi control or a C1 control pasted in, too long) says so here,
  // as a project's name does; the text stays as typed.
  if (const std::optional<assess::Diagnostic> bad = assess::check_name("", e.name, c.policy.limits))
    text_wrapped_colored(kBad, c.t(Str::enterprise_name_problem, {bad->message.in(c.session.lang)}));
}

Request draw_enterprises(const ScreenContext& c) {
  Request asked;
  heading_text(c.heading_font, c.t(Str::enterprises_title), 2);
  text_muted(c.t(Str::advisor_memory_only));
  // After a reload: what came back from this tab; always: how much is not yet in a session file.
  if (c.session.advisor.restored > 0)
    text_wrapped_colored(kAccent, c.t(Str::advisor_restored, {std::to_string(c.session.advisor.restored)}));
  if (c.session.advisor.unsaved > 0)
    text_wrapped_colored(kWarn, c.t(Str::advisor_unsaved, {std::to_string(c.session.advisor.unsaved)}));
  ImGui::Spacing();
  if (primary_button(c.t(Str::enterprise_new) + "##enterprises:new", ImVec2(0, c.px(44)))) asked = request::NewEnterprise{};
  same_line_if_fits(c.t(Str::compare) + "##enterprises:compare");  // the row wraps on a phone
  if (secondary_button(c.t(Str::compare) + "##enterprises:compare", ImVec2(0, c.px(44))))
    asked = request::GoTo{ScreenId::compare};
  same_line_if_fits(c.t(Str::export_csv) + "##enterprises:csv");
  if (secondary_button(c.t(Str::export_csv) + "##enterprises:csv", ImVec2(0, c.px(44)))) asked = request::ExportAll{true};
  same_line_if_fits(c.t(Str::export_csv_wide) + "##enterprises:csv_wide");
  if (secondary_button(c.t(Str::export_csv_wide) + "##enterprises:csv_wide", ImVec2(0, c.px(44))))
    asked = request::ExportAll{true, true};
  same_line_if_fits(c.t(Str::export_jsonl) + "##enterprises:jsonl");
  if (secondary_button(c.t(Str::export_jsonl) + "##enterprises:jsonl", ImVec2(0, c.px(44)))) asked = request::ExportAll{false};
  same_line_if_fits(c.t(Str::save_session) + "##enterprises:save");
  if (secondary_button(c.t(Str::save_session) + "##enterprises:save", ImVec2(0, c.px(44)))) asked = request::SaveSession{};
  same_line_if_fits(c.t(Str::open_session) + "##enterprises:open");
  if (secondary_button(c.t(Str::open_session) + "##enterprises:open", ImVec2(0, c.px(44)))) asked = request::OpenFile{};
  same_line_if_fits(c.t(Str::end_session) + "##enterprises:end");
  if (danger_button(c.t(Str::end_session) + "##enterprises:end", ImVec2(0, c.px(44))))
    asked = request::OpenDialog{dialog::ConfirmEndSession{}};
  ImGui::Spacing();
  if (ImGui::BeginTable("##enterprise_list", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
    ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableSetupColumn("total", ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableSetupColumn("open", ImGuiTableColumnFlags_WidthFixed, c.px(160));
    for (std::size_t i = 0; i < c.enterprises.size(); ++i) {
      Enterprise& e = c.enterprises[i];
      const std::string n = std::to_string(i);
      ImGui::PushID(static_cast<int>(i));
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::SetNextItemWidth(-1);
      if (text_field(c, "##enterprise:name:" + n, e.name, Keyboard::text)) e.named = true;
      if (take_name_from_mirror(c, "enterprise:name:" + n, e.name)) e.named = true;
      describe_name(c, e.name);
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      draw_enterprise_outcome(c, e, false);
      ImGui::TableNextColumn();
      // Every row opens its enterprise; the current one's button says it is the one being filled.
      const bool current = i == c.session.advisor.current;
      const bool open = current ? primary_button(c.t(Str::enterprise_continue) + "##enterprise:open:" + n, ImVec2(-1, 0))
                                : secondary_button(c.t(Str::enterprise_open) + "##enterprise:open:" + n, ImVec2(-1, 0));
      // The mirror (and a screen reader) hears the whole row on its button: action, name, outcome.
      registry_annotate_last(
          c.t(current ? Str::enterprise_continue : Str::enterprise_open) + " · " + e.name + " · " + enterprise_outcome(c, e),
          current);
      if (open) asked = request::OpenEnterprise{i};
      ImGui::PopID();
    }
    ImGui::EndTable();
  }

  return asked;
}

// One column per enterprise, one row per measure: what each can claim, side by side, totals first.
// What would bring an enterprise's claimed measure to its cap or change its outcome (core/presented.hpp), item
// by item ("#1 …: 攻关投入再增加 …"): the comparison's 差距, under each figure.
static std::vector<std::string> what_it_would_take(const ScreenContext& c, const Enterprise& e, std::size_t measure) {
  std::vector<std::string> out;
  const assess::MeasureResult* r = &e.evaluation.result().measures[measure];
  for (const assess::Opportunity& o : e.evaluation.presented(c.policy, c.session.lang, 0).could_claim)
    if (o.measure == r && o.kind != assess::Opportunity::Kind::not_claimed)
      out.push_back(o.item_heading.empty() ? o.text : o.item_heading + ": " + o.text);
  return out;
}

Request draw_compare(const ScreenContext& c) {
  Request asked;
  heading_text(c.heading_font, c.t(Str::compare_title), 2);
  if (secondary_button(c.t(Str::back_to_list) + "##compare:back", ImVec2(0, c.px(44))))
    asked = request::GoTo{ScreenId::enterprises};
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
  if (!ImGui::BeginTable("##compare", columns, flags, ImVec2(table_w, 0))) return asked;
  ImGui::TableSetupColumn(c.t(Str::measure_column).c_str(), ImGuiTableColumnFlags_WidthFixed, c.px(320));
  for (std::size_t i = 0; i < c.session.advisor.enterprises.size(); ++i)
    ImGui::TableSetupColumn(c.session.advisor.enterprises[i].name.c_str(), ImGuiTableColumnFlags_WidthFixed, widths[i]);
  ImGui::TableHeadersRow();
  // To a screen reader each row is one line, "measure: enterprise value; enterprise value", not a run of cells.
  RegistryTextPause cells;
  const auto say_row = [&c](std::string line, const std::function<std::string(const Enterprise&)>& value) {
    for (const Enterprise& e : c.session.advisor.enterprises) line += "; " + e.name + " " + value(e);
    RegistryTextPause::resume_for([&] { registry_text(Role::paragraph, line); });
  };
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(c.t(Str::total_row).c_str());
  for (const Enterprise& e : c.session.advisor.enterprises) {
    ImGui::TableNextColumn();
    draw_enterprise_outcome(c, e, true);
  }
  say_row(c.t(Str::total_row) + ":", [&c](const Enterprise& e) { return enterprise_outcome(c, e); });
  for (std::size_t m = 0; m < c.policy.measures.size(); ++m) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    const std::string measure =
        assess::article_name(c.policy.measures[m].article, c.session.lang) + " " + c.policy.measures[m].title.in(c.session.lang);
    text_wrapped_whole(measure);
    say_row(measure + ":", [&c, m](const Enterprise& e) {
      if (!e.evaluation.valid()) return std::string("—");
      const assess::MeasureResult& r = e.evaluation.result().measures[m];
      std::string value = r.status == assess::Status::estimate      ? wan_range(r.min, r.max, c.t(Str::wan))
                          : r.status != assess::Status::not_claimed ? assess::status_label(r, c.session.lang)
                                                                    : std::string("—");
      for (const std::string& take : what_it_would_take(c, e, m)) value += " (" + take + ")";
      return value;
    });
    for (const Enterprise& e : c.session.advisor.enterprises) {
      ImGui::TableNextColumn();
      if (!e.evaluation.valid()) continue;
      const assess::MeasureResult& r = e.evaluation.result().measures[m];
      if (r.status == assess::Status::estimate)
        text_wrapped_colored(kGood, wan_range(r.min, r.max, c.t(Str::wan)));
      else if (r.status != assess::Status::not_claimed)
        text_wrapped_colored(status_colour(r), assess::status_label(r, c.session.lang));
      else
        text_muted("—");
      for (const std::string& take : what_it_would_take(c, e, m)) text_wrapped_colored(kAccent, "→ " + take);
    }
  }
  ImGui::EndTable();
  return asked;
}

}  // namespace ui
