// What a screen part may use, and nothing more: the policy and the options (read only), the app's words, the fonts,
// and the person's Session (read and changed). Screen parts written as free functions of it (numeric_keypad,
// share_dialog, number_problem) cannot reach the App's timers, layout or other screens.
#pragma once
#include <imgui.h>

#include <initializer_list>
#include <string>
#include <string_view>

#include "app_options.hpp"
#include "policy.hpp"
#include "session.hpp"
#include "ui_strings.hpp"

namespace ui {

struct ScreenContext {
  const assess::Policy& policy;
  const AppOptions& options;
  Session& session;
  ImFont* heading_font = nullptr;  // null before the host has built the fonts (tests)
  double now_ms = 0;               // the app's clock at this frame (AppOptions::clock_ms)

  // The app's words in the session's language, "{}" filled from args.
  std::string t(Str key, std::initializer_list<std::string_view> args = {}) const { return text(session.lang, key, args); }
  // A size in layout (CSS) pixels, in device pixels.
  float px(float css_pixels) const { return css_pixels * options.scale; }
  // A phone-sized window of this width (under 600 CSS px, or a kiosk's enlarged layout as narrow): compact
  // margins and header.
  bool narrow(float window_width) const { return window_width < px(600); }
  bool kiosk() const { return options.mode == Mode::kiosk; }
  bool advisor() const { return options.mode == Mode::advisor; }
  // A short message at the bottom of the screen for four seconds.
  void toast(const std::string& text) const { session.toast = Toast{text, now_ms + 4000}; }
};

}  // namespace ui
