// Finger input for the ImGui canvas (see touch_input.hpp and docs/ARCHITECTURE.md, "Touch").
// ImGui's input queue is fed directly: with the touch-screen source and the default "trickled" queue, ImGui
// processes a position, a press and a release in successive frames, so a widget is hovered before it is pressed.
#include "touch_input.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // windows, their scroll state and scrollbar rectangles

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace ui {

namespace {

// Queues pointer events tagged as coming from a touch screen, then gives the source back to the mouse, so that
// a real mouse on the same device (a laptop with a touch screen) is not treated as a finger.
template <typename Events>
void queue_touch(Events events) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  events(io);
  io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
}

// The nearest window, from `w` out through its parents (child windows only), that can scroll along `axis`.
ImGuiWindow* scrollable(ImGuiWindow* w, ImGuiAxis axis) {
  for (; w != nullptr; w = (w->Flags & ImGuiWindowFlags_ChildWindow) ? w->ParentWindow : nullptr)
    if (w->ScrollMax[axis] > 0) return w;
  return nullptr;
}

// Whether (x, y) is on a scrollbar of `w` or of a window around it.
bool on_scrollbar(ImGuiWindow* w, float x, float y) {
  for (; w != nullptr; w = (w->Flags & ImGuiWindowFlags_ChildWindow) ? w->ParentWindow : nullptr) {
    if (w->ScrollbarY && ImGui::GetWindowScrollbarRect(w, ImGuiAxis_Y).Contains(ImVec2(x, y))) return true;
    if (w->ScrollbarX && ImGui::GetWindowScrollbarRect(w, ImGuiAxis_X).Contains(ImVec2(x, y))) return true;
  }
  return false;
}

// The window under the pointer this frame; behind an open modal dialog, nothing (the dialog alone takes input).
ImGuiWindow* window_under_pointer() {
  ImGuiWindow* w = GImGui->HoveredWindow;
  ImGuiWindow* modal = ImGui::GetTopMostPopupModal();
  if (w != nullptr && modal != nullptr && !ImGui::IsWindowChildOf(w, modal, true)) return nullptr;
  return w;
}

}  // namespace

void TouchInput::on_event(Phase phase, int id, float x, float y, double now_ms) {
  if (phase == Phase::down) {
    if (state_ == State::idle) begin(id, x, y, now_ms);
    return;  // a second finger while one is down does nothing
  }
  if (state_ == State::idle || id != id_) return;
  if (phase == Phase::cancel) {
    // The browser took the touch away (a system gesture): nothing is clicked and nothing flies on.
    if (state_ == State::holding) queue_touch([](ImGuiIO& io) { io.AddMouseButtonEvent(0, false); });
    state_ = State::idle;
    hide_pointer_ = true;
    return;
  }
  remember(x, y, now_ms);
  if (state_ == State::pending && std::hypot(x - start_x_, y - start_y_) > kSlopCss * scale_) {
    state_ = State::scrolling;  // from here on the content follows the finger from where it was touched
    hide_pointer_ = true;
    pending_dx_ += x - start_x_, pending_dy_ += y - start_y_;
  } else if (state_ == State::scrolling) {
    pending_dx_ += x - last_x_, pending_dy_ += y - last_y_;
  } else if (state_ == State::holding) {
    queue_touch([x, y](ImGuiIO& io) { io.AddMousePosEvent(x, y); });
  }
  last_x_ = x, last_y_ = y;
  if (phase != Phase::up) return;
  if (state_ == State::pending && !swallow_tap_) {
    end_as_tap();
  } else if (state_ == State::scrolling) {
    end_scroll(now_ms);
  } else if (state_ == State::holding) {
    queue_touch([](ImGuiIO& io) {
      io.AddMouseButtonEvent(0, false);
      io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    });
  } else {
    hide_pointer_ = true;  // a touch that only stopped a fling
  }
  state_ = State::idle;
}

void TouchInput::begin(int id, float x, float y, double now_ms) {
  // A touch on a list that is still flying stops it, as on any phone, and does not also click.
  swallow_tap_ = momentum_;
  momentum_ = false;
  vx_ = vy_ = 0;
  state_ = State::pending;
  id_ = id;
  start_x_ = last_x_ = x, start_y_ = last_y_ = y;
  target_known_ = false;
  lookup_frames_ = 0;
  hide_pointer_ = false;
  pending_dx_ = pending_dy_ = 0;
  sample_count_ = 0;
  remember(x, y, now_ms);
  queue_touch([x, y](ImGuiIO& io) { io.AddMousePosEvent(x, y); });
}

void TouchInput::end_as_tap() {
  // Press and release where the finger was, then the pointer leaves, so nothing stays hovered. ImGui's queue
  // delivers them one per frame, after the frame in which the position arrived.
  queue_touch([](ImGuiIO& io) {
    io.AddMouseButtonEvent(0, true);
    io.AddMouseButtonEvent(0, false);
    io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
  });
}

void TouchInput::end_scroll(double now_ms) {
  // The speed over the finger's last 100 ms; a finger that stopped before it was lifted leaves nothing flying.
  const Sample& last = samples_[(sample_count_ - 1) % kSamples];
  const Sample* first = &last;
  for (int k = 1; k < std::min(sample_count_, kSamples); ++k) {
    const Sample& s = samples_[(sample_count_ - 1 - k) % kSamples];
    if (now_ms - s.t > kVelocityWindowMs) break;
    first = &s;
  }
  const double dt = last.t - first->t;
  if (dt <= 0 || now_ms - last.t > kVelocityWindowMs) return;
  vx_ = static_cast<float>((last.x - first->x) / dt);
  vy_ = static_cast<float>((last.y - first->y) / dt);
  momentum_ = std::hypot(vx_, vy_) >= kMinSpeedCssPerMs * scale_;
  last_frame_ms_ = now_ms;
}

void TouchInput::remember(float x, float y, double now_ms) {
  samples_[sample_count_ % kSamples] = Sample{now_ms, x, y};
  ++sample_count_;
}

void TouchInput::frame(double now_ms) {
  const bool scrolling = state_ == State::scrolling || momentum_ || pending_dx_ != 0 || pending_dy_ != 0;
  if (!target_known_ && (state_ != State::idle || scrolling)) {
    // The window under the finger is known once ImGui has seen the pointer at the start point (the frame after
    // the touch began; ImGui keeps whole pixels of it); if it never does (input held back), nothing scrolls.
    const ImVec2 at = ImGui::GetIO().MousePos;
    if (std::fabs(at.x - std::floor(start_x_)) < 0.5f && std::fabs(at.y - std::floor(start_y_)) < 0.5f) {
      ImGuiWindow* w = window_under_pointer();
      target_id_ = w ? w->ID : 0;
      target_known_ = true;
      if (state_ == State::pending && w && on_scrollbar(w, start_x_, start_y_)) {
        state_ = State::holding;  // the scrollbar follows the finger as it would the mouse
        queue_touch([](ImGuiIO& io) { io.AddMouseButtonEvent(0, true); });
      }
    } else if (++lookup_frames_ > 3) {
      target_id_ = 0;
      target_known_ = true;
    }
  }
  if (!target_known_) return;
  if (hide_pointer_) {
    // Nothing shows hovered under a scrolling finger.
    queue_touch([](ImGuiIO& io) { io.AddMousePosEvent(-FLT_MAX, -FLT_MAX); });
    hide_pointer_ = false;
  }
  if (pending_dx_ != 0 || pending_dy_ != 0) {
    scroll_by(pending_dx_, pending_dy_);
    pending_dx_ = pending_dy_ = 0;
  }
  if (momentum_) {
    const double dt = std::min(100.0, std::max(0.0, now_ms - last_frame_ms_));
    scroll_by(vx_ * static_cast<float>(dt), vy_ * static_cast<float>(dt));
    const float decay = static_cast<float>(std::exp(-dt / kMomentumTimeConstantMs));
    vx_ *= decay, vy_ *= decay;
    if (std::hypot(vx_, vy_) < kMinSpeedCssPerMs * scale_) momentum_ = false;
  }
  last_frame_ms_ = now_ms;
}

void TouchInput::scroll_by(float dx, float dy) {
  ImGuiWindow* target = target_id_ ? ImGui::FindWindowByID(target_id_) : nullptr;
  if (target == nullptr) {
    momentum_ = false;
    return;
  }
  // The content follows the finger: moving the finger down shows what is above.
  if (ImGuiWindow* w = dy != 0 ? scrollable(target, ImGuiAxis_Y) : nullptr) {
    const float y = std::min(std::max(w->Scroll.y - dy, 0.0f), w->ScrollMax.y);
    if (y == w->Scroll.y) vy_ = 0;  // at an end: a fling stops there
    ImGui::SetScrollY(w, y);
  }
  if (ImGuiWindow* w = dx != 0 ? scrollable(target, ImGuiAxis_X) : nullptr) {
    const float x = std::min(std::max(w->Scroll.x - dx, 0.0f), w->ScrollMax.x);
    if (x == w->Scroll.x) vx_ = 0;
    ImGui::SetScrollX(w, x);
  }
}

}  // namespace ui
