// Kiosk mode: the idle timer and its warning, and the reset that leaves nothing of a visitor behind.
// WCAG 2.2.1 (timing adjustable): the warning gives at least 20 s (30 s by default) and one large button to
// continue, as often as needed.
#include "kiosk.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // GetCurrentWindow: whether the warning is still sizing itself

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "modal.hpp"
#include "widgets.hpp"

namespace ui {

bool IdleTimer::track(double now, bool input, bool visitor) {
  if (last_input_ms_ == 0) last_input_ms_ = now;
  // While the warning shows only its button counts: a touch elsewhere, or the pointer drifting, must not
  // silently keep a stranger's answers on screen.
  if (!warning_ && input) last_input_ms_ = now;
  if (!warning_ && now - last_input_ms_ >= idle_ms_ && visitor) {
    warning_ = true;
    warning_started_ms_ = now;
  }
  return warning_ && now - warning_started_ms_ >= countdown_ms_;
}

void IdleTimer::keep(double now) {
  warning_ = false;
  last_input_ms_ = now;
}

int IdleTimer::seconds_left(double now) const {
  const double left_ms = countdown_ms_ - (now - warning_started_ms_);
  return static_cast<int>(std::ceil(std::max(0.0, left_ms) / 1000.0));
}

double IdleTimer::ms_until_due(double now, bool visitor) const {
  if (warning_) {
    // The countdown shows whole seconds: the next change is when it drops by one, or the wipe.
    const double left = countdown_ms_ - (now - warning_started_ms_);
    return std::max(0.0, left - (std::ceil(std::max(0.0, left) / 1000.0) - 1) * 1000);
  }
  return visitor ? std::max(0.0, last_input_ms_ + idle_ms_ - now) : -1;
}

void CountdownOverlay::show(const std::string& text, ImVec2 at, ImVec2 size, float font_px) {
  if (text.empty() && shown_.empty()) return;  // every frame without a warning: nothing shown, nothing to do
  char where[64];
  std::snprintf(where, sizeof where, "@%.0f,%.0f,%.0f,%.0f", at.x, at.y, size.x, size.y);
  const std::string shown = text.empty() ? std::string() : text + where;
  if (shown == shown_) return;  // the page's element changes only when the text or its place does
  shown_ = shown;
  platform_->overlay_text(text, at.x, at.y, size.x, size.y, font_px, ImGui::GetColorU32(ImGuiCol_Text));
}

Request draw_idle_warning(const ScreenContext& c, const IdleTimer& timer, CountdownOverlay& overlay) {
  if (!timer.warning()) {
    overlay.show({}, {}, {}, 0);
    return {};
  }
  Request asked;
  if (Modal m{c, "##idle", 560}) {
    registry_mark_alert();  // a screen reader says it at once (alertdialog)
    heading_text(c.heading_font, c.t(Str::idle_title), 2);
    text_wrapped_whole(c.t(Str::idle_body));
    // The seconds left are drawn by the page over the canvas: then the frame each second puts the same picture
    // on the canvas, which is not sent again (wasm/draw_fingerprint.hpp). While the window sizes itself
    // (its first frame, not shown), its rectangle is not known yet.
    const ImVec2 at = ImGui::GetCursorScreenPos(), box(ImGui::GetContentRegionAvail().x, c.px(64));
    ImGui::Dummy(box);
    overlay.show(ImGui::GetCurrentWindow()->Hidden ? std::string()
                                                   : c.t(Str::idle_seconds_left, {std::to_string(timer.seconds_left(c.now_ms))}),
                 at, box, c.px(44));
    ImGui::Spacing();
    if (primary_button(c.t(Str::idle_continue) + "##idle:continue", ImVec2(ImGui::GetContentRegionAvail().x, c.px(72))) ||
        m.escaped()) {
      asked = request::StillHere{};
      m.close();
    }
    ImGui::Spacing();
    if (secondary_button(c.t(Str::idle_reset_now) + "##idle:reset", ImVec2(ImGui::GetContentRegionAvail().x, c.px(56))))
      asked = request::StartOver{};
  }
  return asked;
}

}  // namespace ui
