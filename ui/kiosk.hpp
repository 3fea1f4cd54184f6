// Kiosk mode's timers and its warning (kiosk.cpp): when the "still there?" warning shows, its countdown, and the
// moment the visitor is wiped; the page's overlay that shows the seconds.
#pragma once
#include <imgui.h>

#include <string>

#include "platform.hpp"
#include "request.hpp"
#include "screen_context.hpp"

namespace ui {

// The idle timer, on the app's clock (milliseconds). Pure state and arithmetic: no drawing, no wiping.
class IdleTimer {
 public:
  IdleTimer(double idle_ms, double countdown_ms) : idle_ms_(idle_ms), countdown_ms_(countdown_ms) {}

  // Once per frame. `input`: this frame has input (while the warning shows, only its buttons count, and they call
  // keep()); `visitor`: someone has used the kiosk since the last wipe. True when the countdown has run out: the
  // visitor is to be wiped now.
  bool track(double now, bool input, bool visitor);
  // "I am still here", or a wipe: the warning goes and the idle time counts from now.
  void keep(double now);
  bool warning() const { return warning_; }
  // Whole seconds the warning has left (its display).
  int seconds_left(double now) const;
  // How long until the next change the timer makes (the warning, the next second, the wipe); negative: none.
  double ms_until_due(double now, bool visitor) const;

 private:
  double idle_ms_, countdown_ms_;
  double last_input_ms_ = 0;
  bool warning_ = false;
  double warning_started_ms_ = 0;
};

// The countdown's seconds, shown by the page over the canvas (Platform::overlay_text): the dialog's picture
// then stays the same each second and is not sent to WebGL again.
class CountdownOverlay {
 public:
  explicit CountdownOverlay(Platform& platform) : platform_(&platform) {}
  // Shows `text` over the rectangle, or hides it (empty text); the page's element changes only when either does.
  void show(const std::string& text, ImVec2 at, ImVec2 size, float font_px);

 private:
  Platform* platform_;
  std::string shown_;
};

// The warning with its countdown, while the timer shows it (and hides the overlay when it does not): the
// visitor's choice comes back (request::StillHere, also escape, or request::StartOver). It is drawn instead of
// any other dialog, which waits under it.
Request draw_idle_warning(const ScreenContext& c, const IdleTimer& timer, CountdownOverlay& overlay);

}  // namespace ui
