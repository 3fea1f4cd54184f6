// The self-assessment app: the policy and the person's Session (session.hpp: answers, live result, dialogs…),
// drawn one ImGui frame at a time. The App lays out the frame (app.cpp) from the table of screens (screens.hpp),
// publishes the accessible mirror, runs the kiosk's timers, and acts on what the screens ask (request.hpp): another
// screen, a dialog, files, the report, the page's language, a wipe. Every screen and part is a free function of a
// ScreenContext (header_bar, start_screen, question_steps, results_view, dialogs, advisor_screens, …).
// Everything the app says comes from the policy file or ui-strings.json.
#pragma once
#include <imgui.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "advisor_screens.hpp"
#include "answers.hpp"
#include "app_options.hpp"
#include "assess.hpp"
#include "kiosk.hpp"
#include "platform.hpp"
#include "request.hpp"
#include "screen_context.hpp"
#include "screens.hpp"
#include "session.hpp"
#include "ui_strings.hpp"

struct ImFont;

namespace ui {

class App {
 public:
  // Returns false from ok() when the policy is invalid (load_errors() says why). `platform` is the page the app
  // runs in (platform.hpp); it outlives the App.
  App(std::string_view policy_json, AppOptions options, Platform& platform);
  bool ok() const { return ok_; }
  const assess::Diagnostics& load_errors() const { return load_errors_; }

  void set_fonts(ImFont* body, ImFont* heading) { body_font_ = body, heading_font_ = heading; }
  // Applies the colours and sizes of the app to ImGui's style (call once after the ImGui context exists).
  void apply_theme();
  // The device pixel ratio changed (browser zoom, or the window moved to another screen): sizes follow it.
  // The fonts are the host's to rebuild at the new size.
  void set_scale(float scale) {
    options_.scale = scale;
    apply_theme();
  }
  // Draws one frame filling width × height device pixels.
  void frame(float width, float height);

  // A file the user opened: validated; on error the answers on screen stay exactly as they were.
  void open_answers_text(const std::string& name, const std::string& text);
  // A hand-over code (from a link's #p=…): decoded and validated like a file, then the results are shown.
  void open_share_code(const std::string& code);
  // The hand-over link for the answers on screen (share_base#p=CODE).
  std::string share_link() const;
  bool idle_warning_shown() const { return idle_.warning(); }
  // How long until the screen changes by itself (ms): the kiosk's idle warning, the next second of its
  // countdown or the wipe, a toast ending; negative when nothing is due. The host sleeps that long without input.
  double ms_until_due() const;
  // {"screen", "mode", "lang", "idle_warning", "enterprises", "current_enterprise", "keypad", "unsaved",
  // "restored", "handheld"}: what the app shows, for tests (window.assess.status() adds the host's "settled").
  assess::Json status() const;
  // Advisor mode: how many enterprises the session holds.
  std::size_t enterprise_count() const { return session_.advisor.enterprises.size(); }

  // Everything of the person using the app (for tests: what a wipe must leave fresh).
  const Session& session() const { return session_; }

  // For the host page API (window.assess): evaluate any profile text, in a language.
  std::string evaluate_json(std::string_view profile_text, assess::Lang lang) const;
  const assess::Policy& policy() const { return policy_; }
  std::string current_profile_text() const { return session_.answers.effective_profile().dump(1); }
  std::string current_result_json() const;
  ScreenId screen() const { return session_.screen; }
  // The accessible mirror (accessible_mirror.cpp): publishes a description of the screen when it changed,
  // from the widget registry of the last frame (which must be a full, unclipped one).
  void publish_accessible();
  // Text typed in the mirror's text box for the field with this key: the field takes it at its next drawing.
  void type_in_mirror(const std::string& key, const std::string& text) { session_.typed_in_mirror[key] = text; }
  // The sentence the mirror announces when the result changed: the total and the measures that changed.
  std::string announcement();
  // How long the last re-evaluations took (milliseconds), newest last; for the performance budget.
  const std::vector<double>& evaluation_ms() const { return evaluation_ms_; }
  assess::Lang lang() const { return session_.lang; }
  void set_lang(assess::Lang lang);

  // The field being edited, for the page's text agent: the keyboard it wants, whether Enter moves on to a next
  // field, and whether the agent keeps the focus while the edit moves there.
  const Typing& typing() const { return session_.typing; }
  // The page saw the on-screen keyboard come up (the visible height shrank while a field was edited) or go: while
  // it is up and a field is edited, the footer and the total bar step aside and the field is kept in view.
  void set_keyboard_up(bool up) {
    if (up != keyboard_up_) session_.typing.reveal = true;
    keyboard_up_ = up;
  }

 private:
  Platform& platform_;
  assess::Policy policy_;
  AppOptions options_;
  assess::Diagnostics load_errors_;
  bool ok_ = false;  // initialised by loading the policy, before the session_ that reads it
  // Everything of the person using the app (session.hpp); the kiosk's wipe makes a fresh one.
  Session session_;
  std::vector<double> evaluation_ms_;
  bool has_saved_answers_ = false;

  ImFont* body_font_ = nullptr;
  ImFont* heading_font_ = nullptr;

  std::string t(Str key, std::initializer_list<std::string_view> args = {}) const { return text(session_.lang, key, args); }
  float px(float css_pixels) const { return css_pixels * options_.scale; }
  // What the screens may use (screen_context.hpp), and what the App's own helpers that change the Session get.
  ScreenContext context() {
    return ScreenContext{{policy_, options_},
                         session_,
                         session_.answers,
                         session_.edit_text,
                         session_.advisor.enterprises,
                         session_.typing,
                         session_.edit_target,
                         session_.typed_in_mirror,
                         heading_font_,
                         now_ms(),
                         has_saved_answers_,
                         touch_layout_};
  }
  SessionContext session_context() { return SessionContext{{policy_, options_}, session_, platform_, now_ms()}; }

  bool load(std::string_view policy_json);
  // The live result and the count of unreadable numbers, worked out again only when the answers or the texts changed.
  void refresh_result();
  // Takes a profile document read from a file or a link (`read`: whether reading it succeeded): validated
  // first; on error the dialog lists every error and the answers on screen stay exactly as they were.
  bool adopt_profile(bool read, const assess::Json& doc, assess::Diagnostics& errors);
  void autosave();
  void restore_saved();
  void clear_all();          // "clear my data": the answers on screen (an advisor's current enterprise) and their storage
  void start_new_session();  // the wipe of a kiosk's visitor or an advisor's session: a fresh Session, a new page
  void show_toast(const std::string& text);
  double now_ms() const;  // options_.clock_ms, or the platform's clock

  // What a screen, a part or a dialog asked of the App this frame (request.hpp).
  void act(Request request);
  void go_to(ScreenId screen) { session_.screen = screen; }
  // The frame's body, laid out as the screen's row says (screens.hpp).
  void draw_body(const ScreenRow& row, float width, float height);
  void draw_step_layout(const ScreenRow& row, float width, float height, float margin, bool new_screen);
  void draw_dialogs_or_warning();
  ScreenId drawn_screen_ = ScreenId::start;  // the screen of the last frame: a new one opens at its top
  std::string report_html() const;  // the report of the answers on screen, now
  // Opens the report in a tab, prints it from this page (kiosks always), saves it as a file, or hands the file to
  // the system share sheet (a phone).
  enum class ReportTo { tab, printer, file, share_sheet };
  void report(ReportTo to);
  void save_answers();
  void download(const FileOut& file);
  void use_link(const assess::Json& profile);
  void open_enterprise(std::size_t index);

  // Kiosk (kiosk.hpp): the idle timer, the overlay of its countdown, and the reset for the next visitor.
  IdleTimer idle_;
  CountdownOverlay countdown_;
  bool close_popups_ = false;  // set by a reset: every dialog closes at the start of the next frame
  bool keyboard_up_ = false;   // the on-screen keyboard covers the bottom of the screen (set_keyboard_up)
  ImVec2 frame_size_;          // the size of the last frame: a new one keeps the field being edited in view
  bool touch_layout_ = false;  // the last frame was phone-sized (under 600 CSS px): touch sizes (apply_theme)
  bool kiosk() const { return options_.mode == Mode::kiosk; }
  bool visitor_was_here() const {
    return session_.screen != ScreenId::start || session_.lang != options_.lang || !session_.answers.empty();
  }
  bool advisor() const { return options_.mode == Mode::advisor; }
  void track_idle();
  void reset_for_next_visitor();
};

}  // namespace ui
