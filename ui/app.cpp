// The App: loading, the live result, autosave, opening files, the theme, the frame layout, and what the screens
// ask of it (act).
#include "app.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // OpenPopupStack and InputEventsTrail: the dialogs open, this frame's input

#include <algorithm>
#include <variant>

#include "advisor_screens.hpp"
#include "advisor_tab_store.hpp"
#include "dialogs.hpp"
#include "header_bar.hpp"
#include "json_text.hpp"
#include "question_widgets.hpp"
#include "render_html.hpp"
#include "results_view.hpp"
#include "share_code.hpp"
#include "step_frame.hpp"
#include "text_field.hpp"
#include "widgets.hpp"

namespace ui {

namespace {
constexpr const char* kStorageKey = "suzhou-ai-assess.answers";
}

App::App(std::string_view policy_json, AppOptions options, Platform& platform)
    : platform_(platform),
      options_(options),
      ok_(load(policy_json)),
      session_(policy_, options.lang),
      idle_(options.idle_ms, options.countdown_ms),
      countdown_(platform) {
  // Kiosks are shared by strangers and advisors hold other enterprises' data: neither keeps answers in lasting
  // storage. An advisor's session lives in this tab's storage while the tab does (docs/modes.md).
  options_.tab_storage = advisor() && options_.storage;
  if (options_.mode != Mode::standard) options_.storage = false;
  if (ok_ && options_.storage) restore_saved();
  if (ok_ && advisor()) add_enterprise(session_context());
  if (ok_ && options_.tab_storage && restore_tab_session(session_context())) go_to(ScreenId::enterprises);
  if (ok_ && !options_.share_code.empty()) open_share_code(options_.share_code);
}

// Runs in the constructor's initialiser list, before session_ is made: the policy says which activities start ticked.
bool App::load(std::string_view policy_json) {
  return assess::load_policy(policy_json, policy_, load_errors_);
}

void App::open_share_code(const std::string& code) {
  assess::Json doc;
  assess::Diagnostics errors;
  const bool decoded = assess::decode_share_code(policy_, code, doc, errors);
  assess::Profile checked;
  if (decoded && !session_.answers.empty() && assess::read_profile_json(policy_, doc, checked, errors)) {
    session_.dialogs.open(dialog::LinkChoice{std::make_shared<const assess::Json>(std::move(doc))});
    return;
  }
  if (adopt_profile(decoded, doc, errors)) go_to(ScreenId::results);
}

bool App::adopt_profile(bool read, const assess::Json& doc, assess::Diagnostics& errors) {
  assess::Profile p;
  if (!read || !assess::read_profile_json(policy_, doc, p, errors)) {
    dialog::OpenErrors shown;
    for (const assess::Diagnostic& d : errors) shown.lines.push_back(d.line(session_.lang));
    session_.dialogs.open(std::move(shown));  // the answers on screen are untouched
    return false;
  }
  session_.answers.replace(doc);
  session_.edit_text.clear();
  return true;
}

assess::Json App::status() const {
  static const char* modes[] = {"standard", "kiosk", "advisor"};
  const dialog::Keypad* keypad = session_.dialogs.find<dialog::Keypad>();
  return assess::Json{{"screen", screen_row(session_.screen).name},
                      {"mode", modes[static_cast<int>(options_.mode)]},
                      {"lang", assess::lang_code(session_.lang)},
                      {"idle_warning", idle_.warning()},
                      {"enterprises", session_.advisor.enterprises.size()},
                      {"current_enterprise", session_.advisor.current},
                      {"keypad", keypad ? keypad->path : ""},
                      {"unsaved", session_.advisor.unsaved},
                      {"restored", session_.advisor.restored},
                      {"handheld", options_.handheld}};
}

std::string App::share_link() const {
  if (session_.share.version != session_.answers.version()) {  // the dialog asks every frame; the answers seldom change
    session_.share.version = session_.answers.version();
    session_.share.link = options_.share_base + "#p=" + assess::encode_share_code(policy_, session_.answers.effective_profile());
  }
  return session_.share.link;
}

void App::set_lang(assess::Lang lang) {
  session_.lang = lang;
  platform_.set_document_language(assess::lang_code(lang));
}

// Re-evaluates when the answers changed since the last frame (~0.1 ms: cheap enough to do on every edit), and
// counts the typed numbers that could not be read when the answers or the texts changed.
void App::refresh_result() {
  PendingNumbers& pending = session_.pending;
  if (pending.answers_version != session_.answers.version() || pending.texts_version != session_.edit_text.version()) {
    pending = {session_.answers.version(), session_.edit_text.version(),
               pending_numbers(policy_, session_.answers, session_.edit_text), pending.counts + 1};
  }
  const double start = platform_.now_ms();
  if (!session_.evaluation.refresh(policy_, session_.answers)) return;
  if (evaluation_ms_.size() >= 256) evaluation_ms_.erase(evaluation_ms_.begin());
  evaluation_ms_.push_back(platform_.now_ms() - start);
  autosave();
}

void App::autosave() {
  if (!options_.storage || session_.saved_version == session_.answers.version() || session_.screen == ScreenId::start) return;
  session_.saved_version = session_.answers.version();
  platform_.storage_set(kStorageKey, session_.answers.effective_profile().dump());
}

void App::restore_saved() {
  std::string saved = platform_.storage_get(kStorageKey);
  if (saved.empty()) return;
  assess::Profile p;
  assess::Diagnostics errors;
  assess::Json doc;
  // A stored profile is validated like any file; a bad one is ignored (and kept, in case a newer tool wrote it).
  if (assess::read_profile_document(policy_, saved, doc, p, errors)) {
    session_.answers.replace(doc);
    has_saved_answers_ = true;
  }
}

void App::clear_all() {
  platform_.storage_remove(kStorageKey);
  platform_.close_reports();  // a report tab or print frame would still show the answers
  has_saved_answers_ = false;
  // A fresh Session, as for the kiosk's next visitor, keeping only what is not the answers on screen: the
  // language, and an advisor's other enterprises (the current one's answers are the ones on screen).
  Session fresh(policy_, session_.lang);
  fresh.advisor = std::move(session_.advisor);
  session_ = std::move(fresh);
}

// Everything of the person goes at once, by construction: a fresh Session (answers, result, half-typed numbers,
// dialogs, keypad text, the hand-over link and its QR code, an advisor's enterprises) and every key of the app in
// storage. Then the page reloads into a new wasm instance (Platform::fresh_start), so that not even freed copies
// stay in memory (docs/modes.md, "A clean slate").
void App::start_new_session() {
  platform_.storage_wipe();
  has_saved_answers_ = false;
  session_ = Session(policy_, options_.lang);
  set_lang(options_.lang);
  close_popups_ = true;  // ImGui's own popup stack closes at the start of the next frame
  if (advisor()) add_enterprise(session_context());
  platform_.fresh_start();
}

void App::show_toast(const std::string& text) {
  session_context().toast(text);
}

double App::now_ms() const {
  return options_.clock_ms ? options_.clock_ms() : platform_.now_ms();
}

void App::open_answers_text(const std::string& name, const std::string& text) {
  assess::Json doc;
  assess::Profile checked;
  assess::Diagnostics errors;
  // An advisor's session file (several enterprises, each validated as a profile while it is read, the whole file
  // within one budget): open_session, which marks the opened enterprises as in a file (nothing of them unsaved).
  if (advisor()) {
    const SessionOpened opened = open_session(session_context(), name, text);
    if (opened == SessionOpened::opened) go_to(ScreenId::enterprises);
    if (opened != SessionOpened::not_a_session) return;
  }
  // The streaming reader first (limits, duplicate keys); only text that passes it becomes a document.
  if (!adopt_profile(assess::read_profile_document(policy_, text, doc, checked, errors), doc, errors)) return;
  if (session_.screen == ScreenId::start) go_to(ScreenId::details);
  show_toast(t(Str::opened, {name}));
}

std::string App::evaluate_json(std::string_view profile_text, assess::Lang lang) const {
  assess::Profile p;
  assess::Diagnostics errors;
  if (!assess::read_profile(policy_, profile_text, p, errors)) return assess::render_errors_json(errors, lang);
  return assess::render_json(policy_, assess::evaluate(policy_, p), lang);
}

std::string App::current_result_json() const {
  return session_.evaluation.valid() ? assess::render_json(policy_, session_.evaluation.result(), session_.lang)
                                     : std::string("{}");
}

void App::save_answers() {
  const std::string file = "suzhou-ai-answers.json";
  platform_.download(file, "application/json", current_profile_text() + "\n");
  show_toast(t(Str::saved_to, {file}));  // where it went: the browser's downloads, under this name
}

void App::download(const FileOut& file) {
  platform_.download(file.name, file.mime, file.content);
}

std::string App::report_html() const {
  // In advisor mode the report is for one of several enterprises: it carries that enterprise's name.
  const std::string name = advisor() && session_.advisor.current < session_.advisor.enterprises.size()
                               ? session_.advisor.enterprises[session_.advisor.current].name
                               : "";
  return assess::render_html(policy_, session_.evaluation.profile(), session_.evaluation.result(), session_.lang,
                             platform_.local_date_time(), name);
}

void App::report(ReportTo to) {
  if (!session_.evaluation.valid()) return;
  const std::string html = report_html();
  const std::string file = "suzhou-ai-report.html";
  if (kiosk() || to == ReportTo::printer) {
    platform_.print_html(html);  // a kiosk has no tabs to open: the report goes to its printer
  } else if (to == ReportTo::file) {
    platform_.download(file, "text/html;charset=utf-8", html);
    show_toast(t(Str::saved_to, {file}));
  } else if (to == ReportTo::share_sheet) {
    platform_.share_file(t(Str::share_report_title), file, "text/html", html);
  } else {
    platform_.open_html(html);
  }
}

void App::use_link(const assess::Json& profile) {
  assess::Diagnostics errors;
  if (adopt_profile(true, profile, errors)) go_to(ScreenId::results);
}

// An advisor's enterprise from the list: one not started opens at the first step, the others at their answers.
void App::open_enterprise(std::size_t index) {
  AdvisorSession& a = session_.advisor;
  if (index >= a.enterprises.size()) return;
  const bool empty = (index == a.current ? session_.answers : a.enterprises[index].answers).empty();
  if (index != a.current) switch_enterprise(session_context(), index);
  go_to(empty ? ScreenId::gates : ScreenId::details);
}

// Each request to the function that does it. (A chain of get_if rather than std::visit: the same dispatch, with
// no table of instantiations in the download.)
void App::act(Request request) {
  using namespace request;
  if (auto* r = std::get_if<GoTo>(&request)) go_to(r->screen);
  if (auto* r = std::get_if<EditAnswer>(&request)) {
    session_.edit_target = r->path;
    go_to(ScreenId::details);
  }
  if (auto* r = std::get_if<OpenDialog>(&request)) session_.dialogs.open(std::move(r->dialog));
  if (std::holds_alternative<OtherLanguage>(request))
    set_lang(session_.lang == assess::Lang::zh ? assess::Lang::en : assess::Lang::zh);
  if (std::holds_alternative<SaveAnswers>(request)) save_answers();
  if (auto* r = std::get_if<Report>(&request)) report(r->print ? ReportTo::printer : ReportTo::tab);
  if (std::holds_alternative<SaveReport>(request)) report(ReportTo::file);
  if (auto* r = std::get_if<ShareLink>(&request)) platform_.share_link(t(Str::share_report_title), t(Str::share_send_text), r->link);
  if (auto* r = std::get_if<CopyLink>(&request)) {
    platform_.copy_text(r->link);
    show_toast(t(Str::share_copied));
  }
  if (std::holds_alternative<ShareReport>(request)) report(ReportTo::share_sheet);
  if (std::holds_alternative<OpenFile>(request)) platform_.request_open_file(".json,application/json");
  if (std::holds_alternative<ClearData>(request)) {
    if (kiosk())
      reset_for_next_visitor();  // the next visitor also gets the default language and no storage at all
    else
      clear_all();
  }
  if (auto* r = std::get_if<UseLink>(&request)) use_link(*r->profile);
  if (std::holds_alternative<EndSession>(request)) start_new_session();
  if (std::holds_alternative<StillHere>(request)) idle_.keep(now_ms());
  if (std::holds_alternative<StartOver>(request)) reset_for_next_visitor();
  if (auto* r = std::get_if<KeypadDone>(&request)) session_.edit_text.commit(r->path, r->text);
  if (std::holds_alternative<NewEnterprise>(request)) {
    add_enterprise(session_context());
    session_.advisor.restored = 0;  // the notice of what came back after a reload has been seen
    go_to(ScreenId::gates);
  }
  if (auto* r = std::get_if<OpenEnterprise>(&request)) open_enterprise(r->index);
  if (std::holds_alternative<SaveSession>(request)) {
    const FileOut file = save_session(session_context());
    if (!file.name.empty()) {  // (a name that could not be saved: the toast said which)
      download(file);
      show_toast(t(Str::saved_to, {file.name}));
    }
  }
  if (auto* r = std::get_if<ExportAll>(&request)) download(export_all(session_context(), r->csv, r->by_enterprise));
}

void App::apply_theme() {
  ImGuiStyle& s = ImGui::GetStyle();
  s = ImGuiStyle();
  ImGui::StyleColorsLight(&s);
  s.WindowPadding = ImVec2(20, 16);
  s.FramePadding = ImVec2(12, 8);
  s.ItemSpacing = ImVec2(10, 10);
  s.ItemInnerSpacing = ImVec2(8, 6);
  s.ScrollbarSize = 16;
  s.GrabMinSize = 14;
  s.WindowRounding = 0;
  s.ChildRounding = 8;
  s.FrameRounding = 6;
  s.PopupRounding = 8;
  s.GrabRounding = 6;
  s.ScrollbarRounding = 8;
  s.WindowBorderSize = 0;
  s.ChildBorderSize = 1;
  s.FrameBorderSize = 1;
  ImVec4* c = s.Colors;
  c[ImGuiCol_WindowBg] = ImVec4(0.957f, 0.965f, 0.976f, 1);  // #F4F6F9
  c[ImGuiCol_ChildBg] = ImVec4(1, 1, 1, 1);
  c[ImGuiCol_PopupBg] = ImVec4(1, 1, 1, 1);
  c[ImGuiCol_Text] = ImVec4(0.122f, 0.161f, 0.2f, 1);  // #1F2933
  c[ImGuiCol_TextDisabled] = ImVec4(0.36f, 0.40f, 0.44f, 1);
  c[ImGuiCol_Border] = ImVec4(0.82f, 0.85f, 0.89f, 1);
  c[ImGuiCol_FrameBg] = ImVec4(1, 1, 1, 1);
  c[ImGuiCol_FrameBgHovered] = ImVec4(0.93f, 0.95f, 0.99f, 1);
  c[ImGuiCol_FrameBgActive] = ImVec4(0.88f, 0.92f, 0.99f, 1);
  c[ImGuiCol_Button] = ImVec4(0.118f, 0.353f, 0.659f, 1);  // #1E5AA8
  c[ImGuiCol_ButtonHovered] = ImVec4(0.16f, 0.42f, 0.75f, 1);
  c[ImGuiCol_ButtonActive] = ImVec4(0.09f, 0.29f, 0.56f, 1);
  c[ImGuiCol_CheckMark] = ImVec4(0.118f, 0.353f, 0.659f, 1);
  c[ImGuiCol_Header] = ImVec4(0.90f, 0.93f, 0.98f, 1);
  c[ImGuiCol_HeaderHovered] = ImVec4(0.85f, 0.90f, 0.98f, 1);
  c[ImGuiCol_HeaderActive] = ImVec4(0.80f, 0.87f, 0.97f, 1);
  c[ImGuiCol_Separator] = ImVec4(0.85f, 0.87f, 0.90f, 1);
  c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.1f, 0.12f, 0.16f, 0.45f);
  c[ImGuiCol_NavHighlight] = ImVec4(0.93f, 0.55f, 0.0f, 1);  // a visible keyboard focus ring
  if (kiosk() || touch_layout_) {
    // Touch (a kiosk, or a phone-sized window): every target at least 44 CSS pixels high (17 px text + 2 × 14
    // px padding) and at least 8 px from the next one (table rows too), as Apple's and Android's guidance asks.
    s.FramePadding = ImVec2(16, 14);
    s.ItemSpacing = ImVec2(12, 14);
    s.CellPadding = ImVec2(4, 5);
  }
  if (kiosk()) {
    // Scrollbars a finger can hold (a phone's list is swiped instead, and keeps its narrow bar).
    s.ScrollbarSize = 32;
    s.GrabMinSize = 32;
  }
  s.ScaleAllSizes(options_.scale);
}

// At the start of a frame, before any window: the dialogs a reset asked to close (the only safe moment), then
// the kiosk's idle timer, which wipes the visitor when its countdown has run out.
void App::track_idle() {
  if (close_popups_) {
    if (ImGui::GetCurrentContext()->OpenPopupStack.Size > 0) ImGui::ClosePopupToLevel(0, false);
    close_popups_ = false;
  }
  if (!kiosk()) return;
  const bool input = ImGui::GetCurrentContext()->InputEventsTrail.Size > 0;
  if (idle_.track(now_ms(), input, visitor_was_here())) reset_for_next_visitor();
}

double App::ms_until_due() const {
  double due = -1;
  const auto at = [&due](double ms) { due = due < 0 ? std::max(0.0, ms) : std::min(due, std::max(0.0, ms)); };
  const double now = now_ms();
  if (!session_.toast.text.empty() && now < session_.toast.until) at(session_.toast.until - now);
  if (kiosk())
    if (const double idle = idle_.ms_until_due(now, visitor_was_here()); idle >= 0) at(idle);
  return due;
}

// The next visitor starts from nothing: a fresh session (start_new_session), the configured language, the
// idle timer from now.
void App::reset_for_next_visitor() {
  idle_.keep(now_ms());
  start_new_session();
}

void App::frame(float width, float height) {
  // A window under 600 CSS px (a phone) gets the touch sizes; it can change with a rotation or a resize.
  if (const bool touch = context().narrow(width); touch != touch_layout_) {
    touch_layout_ = touch;
    apply_theme();
  }
  track_idle();
  refresh_result();
  if (advisor()) evaluate_enterprises(session_context());  // the list and the comparison show every result
  typing_frame_start(session_.typing);
  if (width != frame_size_.x || height != frame_size_.y) session_.typing.reveal = true;  // a keyboard, a rotation
  frame_size_ = ImVec2(width, height);
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(width, height));
  ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                           ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  // A new screen starts with the whole window unscrolled (a phone may have scrolled the start page to its
  // button): else its first picture is drawn shifted and the next one jumps back (the step tabs moved).
  if (session_.screen != drawn_screen_) ImGui::SetNextWindowScroll(ImVec2(0, 0));
  ImGui::Begin("##app", nullptr, flags);
  ImGui::PopStyleVar();
  {
    RegistryRegion header(Region::header);
    act(draw_header(context(), width));
  }
  draw_body(screen_row(session_.screen), width, ImGui::GetContentRegionAvail().y);
  draw_dialogs_or_warning();
  draw_toast(context());
  ImGui::End();
  typing_frame_end(session_.typing);
  autosave();
  if (advisor()) track_unsaved_session(session_context());
}

// Under the header: the screen, laid out as its row in the table says.
void App::draw_body(const ScreenRow& row, float width, float height) {
  const float margin = px(context().narrow(width) ? 8 : 16);
  ImGui::SetCursorPos(ImVec2(margin, ImGui::GetCursorPosY() + margin));
  // Each screen opens at its top: a new screen's panels start unscrolled.
  const bool new_screen = row.id != drawn_screen_;
  drawn_screen_ = row.id;
  switch (row.layout) {
    case Layout::card:
      act(row.draw(context()));
      break;
    case Layout::panel:
      if (new_screen) ImGui::SetNextWindowScroll(ImVec2(0, 0));
      ImGui::BeginChild("##advisor", ImVec2(width - 2 * margin, height - 2 * margin), ImGuiChildFlags_Border,
                        ImGuiWindowFlags_NavFlattened | ImGuiWindowFlags_HorizontalScrollbar);
      act(row.draw(context()));
      ImGui::EndChild();
      break;
    case Layout::results:
      if (new_screen) ImGui::SetNextWindowScroll(ImVec2(0, 0));
      ImGui::BeginChild("##results", ImVec2(width - 2 * margin, height - 2 * margin), ImGuiChildFlags_Border,
                        ImGuiWindowFlags_NavFlattened);
      act(draw_step_tabs(context()));
      act(row.draw(context()));
      ImGui::EndChild();
      break;
    case Layout::step:
      draw_step_layout(row, width, height, margin, new_screen);
      break;
  }
}

// A step: the questionnaire on the left, the live estimate on the right. On a narrow screen (a phone, a kiosk in
// portrait) one column, with a bar under it that shows the total and opens the results from every step.
void App::draw_step_layout(const ScreenRow& row, float width, float height, float margin, bool new_screen) {
  const bool one_column = context().one_column(width);
  const float left_w = one_column ? width - 2 * margin : (width - 3 * margin) * 0.56f;
  // Typing above the on-screen keyboard: "back", "next" and the total bar make room for what is being typed.
  const bool typing_aside = keyboard_up_ && ImGui::GetIO().WantTextInput;
  const float footer_h = typing_aside ? 0 : footer_height(context(), one_column);
  const float h = height - 2 * margin - footer_h;
  const float top = ImGui::GetCursorPosY();
  if (new_screen) ImGui::SetNextWindowScroll(ImVec2(0, 0));
  ImGui::BeginChild("##questions", ImVec2(left_w, h), ImGuiChildFlags_Border, ImGuiWindowFlags_NavFlattened);
  act(draw_step_tabs(context()));
  act(row.draw(context()));
  ImGui::EndChild();
  if (!one_column) {
    ImGui::SameLine(0, margin);
    if (new_screen) ImGui::SetNextWindowScroll(ImVec2(0, 0));
    // Beside the questions it keeps the same margin to the window's right edge as the questions to its left.
    ImGui::BeginChild("##results", ImVec2(width - 3 * margin - left_w, h + footer_h), ImGuiChildFlags_Border,
                      ImGuiWindowFlags_NavFlattened);
    act(draw_results_panel(context(), false));
    ImGui::EndChild();
  }
  if (!typing_aside) act(draw_footer(context(), row, ImVec2(margin, top + h + px(8)), left_w, one_column));
}

// The kiosk's warning over everything while it shows (the dialogs wait under it), else the first open dialog.
void App::draw_dialogs_or_warning() {
  const bool warning = idle_.warning();
  act(draw_idle_warning(context(), idle_, countdown_));  // also hides its countdown when none shows
  if (warning) return;
  act(draw_dialogs(
      context(), session_.dialogs, [this] { return share_link(); }, session_.share.qr));
}

}  // namespace ui
