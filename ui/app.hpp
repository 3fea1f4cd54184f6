// The self-assessment app: one object holding the policy, the answers, the live result and the screen
// state, drawn one ImGui frame at a time. Screens are member functions, one file each (screen_*.cpp).
// Everything the app says comes from the policy file (policy words) or ui-strings.json (its own words).
#pragma once
#include <map>
#include <string>
#include <vector>

#include "answers.hpp"
#include "assess.hpp"
#include "ui_strings.hpp"

struct ImFont;

namespace ui {

// Options chosen by the host page (URL parameters); documented field by field.
struct AppOptions {
  assess::Lang lang = assess::Lang::zh;  // the language to start in
  bool storage = true;                   // autosave answers to this browser (off: nothing is written)
  float scale = 1.0f;                    // device pixels per CSS pixel; sizes and fonts are multiplied by it
};

class App {
 public:
  enum class Screen { start, gates, activities, details, results };

  // Returns false from ok() when the policy or the strings are invalid (load_errors() says why).
  App(std::string_view policy_json, std::string_view strings_json, AppOptions options);
  bool ok() const { return ok_; }
  const assess::Diagnostics& load_errors() const { return load_errors_; }

  void set_fonts(ImFont* body, ImFont* heading) { body_font_ = body, heading_font_ = heading; }
  // Applies the colours and sizes of the app to ImGui's style (call once after the ImGui context exists).
  void apply_theme();
  // Draws one frame filling width × height device pixels.
  void frame(float width, float height);

  // A file the user opened: validated; on error the answers on screen stay exactly as they were.
  void open_answers_text(const std::string& name, const std::string& text);

  // For the host page API (window.assess): evaluate any profile text, in a language.
  std::string evaluate_json(std::string_view profile_text, assess::Lang lang) const;
  const assess::Policy& policy() const { return policy_; }
  std::string current_profile_text() const { return answers_.effective_profile().dump(1); }
  std::string current_result_json() const;
  Screen screen() const { return screen_; }
  // The accessible mirror (accessible_mirror.cpp): publishes a description of the screen when it changed,
  // from the widget registry of the last frame (which must be a full, unclipped one).
  void publish_accessible();
  // How long the last re-evaluations took (milliseconds), newest last; for the performance budget.
  const std::vector<double>& evaluation_ms() const { return evaluation_ms_; }
  assess::Lang lang() const { return lang_; }
  void set_lang(assess::Lang lang);

 private:
  assess::Policy policy_;
  Strings strings_;
  AppOptions options_;
  bool ok_ = false;
  assess::Diagnostics load_errors_;
  Answers answers_;
  assess::Lang lang_;
  Screen screen_ = Screen::start;

  // The live result for the effective profile, recomputed when the answers' version changes.
  std::uint64_t evaluated_version_ = 0;
  std::uint64_t saved_version_ = 0;
  assess::Profile profile_;
  assess::Result result_;
  bool result_valid_ = false;
  std::vector<double> evaluation_ms_;

  // Text being typed into amount and count fields, by field path, so a half-typed value survives frames.
  std::map<std::string, std::string> edit_text_;
  // Dialogs.
  std::vector<std::string> open_errors_;
  bool show_open_errors_ = false;
  bool show_clear_ = false;
  int show_article_ = 0;
  std::string toast_;
  double toast_until_ = 0;
  bool has_saved_answers_ = false;

  ImFont* body_font_ = nullptr;
  ImFont* heading_font_ = nullptr;

  std::string t(const std::string& key, std::initializer_list<std::string_view> args = {}) const {
    return strings_.get(lang_, key, args);
  }
  float px(float css_pixels) const { return css_pixels * options_.scale; }

  void refresh_result();
  void autosave();
  void restore_saved();
  void clear_all();
  void show_toast(const std::string& text);

  // Screens and parts (one file each).
  void draw_header(float width);
  void draw_start();
  void draw_gates();
  void draw_activities();
  void draw_details();
  void draw_results_panel(bool full);
  void draw_dialogs();
  void draw_step_tabs();
  void draw_nav_buttons(Screen back, Screen next, bool next_enabled);
  // Question widgets (question_widgets.cpp): one field of a document object, at a JSON path.
  void draw_question(const assess::Field& field, assess::Json& parent, const std::string& path);
  void draw_list(const assess::Field& field, assess::Json& parent, const std::string& path);
  void draw_amount(const assess::Field& field, assess::Json& parent, const std::string& path);
  void draw_count(const assess::Field& field, assess::Json& parent, const std::string& path);
  bool draw_yes_no(const std::string& id, assess::Json& parent, const std::string& key);
  void draw_help(const assess::Text& help);
  void draw_measure_card(const assess::MeasureResult& m);
  void report();
  void save_answers();
  std::string accessible_published_;
};

}  // namespace ui
