// How the host page sets the app up: its mode and the options chosen by URL parameters and config.json.
#pragma once
#include <functional>
#include <string>

#include "text.hpp"

namespace ui {

// Who the app is set up for (docs/modes.md): an enterprise on the website, a shared touchscreen kiosk, or an
// advisor assessing several enterprises in a row at an outreach event.
enum class Mode { standard, kiosk, advisor };

// Options chosen by the host page (URL parameters and config.json); documented field by field.
struct AppOptions {
  assess::Lang lang = assess::Lang::zh;  // the language to start in
  bool storage = true;                   // autosave answers to this browser (off: nothing is written)
  float scale = 1.0f;                    // device pixels per layout pixel (the device pixel ratio, times a kiosk's
                                         // enlargement for its screen); sizes and fonts are multiplied by it
  Mode mode = Mode::standard;            // kiosk and advisor modes never write to (lasting) storage
  // Advisor mode: the session is kept in this tab's sessionStorage while the advisor works, so a reload or a tab
  // crash loses nothing (the App sets it: advisor mode with storage on; never a kiosk).
  bool tab_storage = false;
  double idle_ms = 120000;      // kiosk: this long without input, and the "still there?" warning shows
  double countdown_ms = 30000;  // kiosk: the warning's countdown before everything is wiped
  std::string share_base;       // the address hand-over links (QR codes) point to, without a fragment
  std::string share_code;       // a hand-over code the page was opened with (…#p=CODE), or empty
  // The device in hand (the page asks the browser): a touch device that is not a kiosk — a phone or a tablet —
  // keeps or sends the estimate itself (share sheet, copy link, files) instead of showing a QR code of its own
  // screen; `share_sheet`: the browser has navigator.share.
  bool handheld = false;
  bool share_sheet = false;
  // The clock every timer of the app reads (kiosk idle and countdown, toasts), in milliseconds. Empty: the
  // platform's monotonic clock (performance.now() on the web). Tests pass a fake they advance.
  std::function<double()> clock_ms;
};

}  // namespace ui
