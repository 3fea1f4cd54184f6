// What a screen may use while it draws, and nothing more: the policy and the options, the Session to read (the
// language, the screen, the live result…), and to change only the answers on screen, the texts typed into
// number fields and the advisor's enterprises (their names). Everything else a screen wants — another screen, a
// dialog, a file, the report, the language — it returns as a Request (request.hpp) for the App to do.
// The App's own helpers that change the Session (advisor_screens: enterprises, the session file) get a
// SessionContext instead; no screen gets one.
#pragma once
#include <imgui.h>

#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "app_options.hpp"
#include "platform.hpp"
#include "policy.hpp"
#include "session.hpp"
#include "ui_strings.hpp"

namespace ui {

// What both contexts share: the policy, the options and the app's words in the session's language.
struct ContextBase {
  const assess::Policy& policy;
  const AppOptions& options;

  bool kiosk() const { return options.mode == Mode::kiosk; }
  bool advisor() const { return options.mode == Mode::advisor; }
  // A size in layout (CSS) pixels, in device pixels.
  float px(float css_pixels) const { return css_pixels * options.scale; }
  // A phone-sized window of this width (under 600 CSS px, or a kiosk's enlarged layout as narrow): compact
  // margins and header.
  bool narrow(float window_width) const { return window_width < px(600); }
  // One column (a phone, a kiosk in portrait): the results are behind the total bar, not beside the questions.
  bool one_column(float window_width) const { return window_width < px(820); }
};

struct ScreenContext : ContextBase {
  const Session& session;                // read only
  Answers& answers;                      // the answers on screen (session.answers), edited through their typed views
  FieldTexts& texts;                     // session.edit_text
  std::vector<Enterprise>& enterprises;  // session.advisor.enterprises: the list edits their names
  Typing& typing;                        // session.typing: the typed field being edited, for the page's keyboard
  std::string& edit_target;              // session.edit_target: "edit" on a result card, the field to focus once
  // session.typed_in_mirror: text typed in the accessible mirror's text boxes, by field, each taken once
  std::map<std::string, std::string>& typed_in_mirror;
  ImFont* heading_font = nullptr;        // null before the host has built the fonts (tests)
  double now_ms = 0;                     // the app's clock at this frame (AppOptions::clock_ms)
  bool saved_answers = false;            // answers autosaved on this device earlier can be continued
  bool phone = false;                    // a phone-sized window this frame (narrow): touch sizes, one column

  assess::Lang lang() const { return session.lang; }
  // The height of a choice or list button: a finger's on a kiosk or a phone (the 44 px frame height there and
  // more), a mouse's elsewhere.
  float choice_height() const { return px(kiosk() || phone ? 48 : 40); }
  // The app's words in the session's language, "{}" filled from args.
  std::string t(Str key, std::initializer_list<std::string_view> args = {}) const { return text(session.lang, key, args); }
};

struct SessionContext : ContextBase {
  Session& session;
  Platform& platform;  // the page: tab storage, the warning before leaving
  double now_ms = 0;

  std::string t(Str key, std::initializer_list<std::string_view> args = {}) const { return text(session.lang, key, args); }
  // A short message at the bottom of the screen for four seconds.
  void toast(const std::string& message) const { session.toast = Toast{message, now_ms + 4000}; }
};

}  // namespace ui
