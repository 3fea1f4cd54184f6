// Kiosk mode: the idle timer and its warning, and the reset that leaves nothing of a visitor behind.
// WCAG 2.2.1 (timing adjustable): the warning gives at least 20 s (30 s by default) and one large button to
// continue, as often as needed.
#include <imgui.h>
#include <imgui_internal.h>  // InputEventsTrail: the input events of this frame

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app.hpp"
#include "platform.hpp"
#include "widgets.hpp"

namespace ui {

void App::track_idle() {
  if (close_popups_) {  // at the start of a frame, before any window: the only safe moment
    if (ImGui::GetCurrentContext()->OpenPopupStack.Size > 0) ImGui::ClosePopupToLevel(0, false);
    close_popups_ = false;
  }
  if (!kiosk()) return;
  const double now = now_ms();
  if (last_input_ms_ == 0) last_input_ms_ = now;
  // While the warning shows only its button counts: a touch elsewhere, or the pointer drifting, must not
  // silently keep a stranger's answers on screen.
  if (!idle_warning_ && ImGui::GetCurrentContext()->InputEventsTrail.Size > 0) last_input_ms_ = now;
  if (!idle_warning_ && now - last_input_ms_ >= options_.idle_ms && visitor_was_here()) {
    idle_warning_ = true;
    warning_started_ms_ = now;
  }
  if (idle_warning_ && now - warning_started_ms_ >= options_.countdown_ms) reset_for_next_visitor();
}

double App::ms_until_due() const {
  double due = -1;
  auto at = [&due](double ms) { due = due < 0 ? std::max(0.0, ms) : std::min(due, std::max(0.0, ms)); };
  const double now = now_ms();
  if (!session_.toast.text.empty() && now < session_.toast.until) at(session_.toast.until - now);
  if (!kiosk()) return due;
  if (idle_warning_) {
    // The countdown shows whole seconds: the next change is when it drops by one, or the wipe.
    const double left = options_.countdown_ms - (now - warning_started_ms_);
    at(left - (std::ceil(std::max(0.0, left) / 1000.0) - 1) * 1000);
  } else if (visitor_was_here()) {
    at(last_input_ms_ + options_.idle_ms - now);
  }
  return due;
}

void App::draw_idle_warning() {
  if (!idle_warning_) return show_countdown({}, {}, {});
  ImGui::OpenPopup("##idle");
  const ImVec2 vp = ImGui::GetMainViewport()->Size;
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(vp.x - px(32), px(560)), 0));
  if (ImGui::BeginPopupModal("##idle", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) {
    const double left_ms = options_.countdown_ms - (now_ms() - warning_started_ms_);
    const int seconds = static_cast<int>(std::ceil(std::max(0.0, left_ms) / 1000.0));
    if (heading_font_) ImGui::PushFont(heading_font_);
    text_wrapped_whole(t("idle_title"));
    if (heading_font_) ImGui::PopFont();
    text_wrapped_whole(t("idle_body"));
    // The seconds left are drawn by the page over the canvas: then the frame each second puts the same picture
    // on the canvas, which is not sent again (wasm/draw_fingerprint.hpp). While the window sizes itself
    // (its first frame, not shown), its rectangle is not known yet.
    const ImVec2 at = ImGui::GetCursorScreenPos(), box(ImGui::GetContentRegionAvail().x, px(64));
    ImGui::Dummy(box);
    show_countdown(ImGui::GetCurrentWindow()->Hidden ? std::string() : t("idle_seconds_left", {std::to_string(seconds)}), at,
                   box);
    ImGui::Spacing();
    if (primary_button(t("idle_continue") + "##idle:continue", ImVec2(ImGui::GetContentRegionAvail().x, px(72)))) {
      idle_warning_ = false;
      last_input_ms_ = now_ms();
      ImGui::CloseCurrentPopup();
    }
    ImGui::Spacing();
    if (secondary_button(t("idle_reset_now") + "##idle:reset", ImVec2(ImGui::GetContentRegionAvail().x, px(56))))
      reset_for_next_visitor();
    ImGui::EndPopup();
  }
}

void App::show_countdown(const std::string& text, ImVec2 at, ImVec2 size) {
  if (text.empty() && countdown_overlay_.empty()) return;  // every frame without a warning: nothing shown, nothing to do
  char where[64];
  std::snprintf(where, sizeof where, "@%.0f,%.0f,%.0f,%.0f", at.x, at.y, size.x, size.y);
  const std::string shown = text.empty() ? std::string() : text + where;
  if (shown == countdown_overlay_) return;  // the page's element changes only when the text or its place does
  countdown_overlay_ = shown;
  platform::overlay_text(text, at.x, at.y, size.x, size.y, px(44), ImGui::GetColorU32(ImGuiCol_Text));
}

// The next visitor starts from nothing: a fresh session (start_new_session), the configured language, the
// idle timer from now.
void App::reset_for_next_visitor() {
  idle_warning_ = false;
  last_input_ms_ = now_ms();
  start_new_session();
}

}  // namespace ui
