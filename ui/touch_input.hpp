// Finger input for the ImGui canvas: turns the page's touch points into what a finger means on a scrolling form.
// A tap is one press and one release where it landed; a drag past the slop scrolls the area under the finger (with
// momentum after release) and clicks nothing; a drag that starts on a scrollbar holds the scrollbar.
#pragma once

namespace ui {

class TouchInput {
 public:
  enum class Phase { down = 0, move = 1, up = 2, cancel = 3 };

  // `scale`: device pixels per CSS pixel (the slop and the speeds below are in CSS pixels).
  explicit TouchInput(float scale = 1.0f) : scale_(scale) {}
  void set_scale(float scale) { scale_ = scale; }

  // One touch point's event, at device pixel (x, y), at `now_ms` on the app's clock. Only the first finger down
  // counts until it is lifted: a second finger does nothing. Needs a current ImGui context (it queues ImGui input).
  void on_event(Phase phase, int id, float x, float y, double now_ms);
  // Once per frame, after ImGui::NewFrame() and before the screens are drawn: picks the area under the finger,
  // applies scrolling and momentum.
  void frame(double now_ms);
  // A finger is down, input is still queued, or momentum runs: the host must keep drawing frames.
  bool active() const { return state_ != State::idle || momentum_; }

  // Tuning, in CSS pixels and milliseconds. A move within the slop is still a tap (a finger is never still).
  static constexpr float kSlopCss = 10.0f;
  static constexpr double kMomentumTimeConstantMs = 325.0;  // the decay iOS and Android lists roughly use
  static constexpr float kMinSpeedCssPerMs = 0.02f;         // slower than this, momentum stops
  static constexpr double kVelocityWindowMs = 100.0;        // the finger's speed is measured over its last 100 ms

 private:
  enum class State { idle, pending, scrolling, holding };
  struct Sample {
    double t = 0;
    float x = 0, y = 0;
  };

  static constexpr int kSamples = 8;

  void begin(int id, float x, float y, double now_ms);
  void end_as_tap();
  void end_scroll(double now_ms);
  void remember(float x, float y, double now_ms);
  void scroll_by(float dx, float dy);

  float scale_;
  State state_ = State::idle;
  int id_ = -1;
  float start_x_ = 0, start_y_ = 0, last_x_ = 0, last_y_ = 0;
  bool target_known_ = false;              // the window under the finger was looked up (needs one frame at the start point)
  int lookup_frames_ = 0;                  // frames spent waiting for that
  unsigned target_id_ = 0;                 // that window's ImGui id
  bool hide_pointer_ = false;              // move the pointer away (once the window is known) so nothing shows hovered
  bool swallow_tap_ = false;               // this touch stopped a fling: lifting it must not click what is under it
  float pending_dx_ = 0, pending_dy_ = 0;  // finger movement not yet applied as scrolling (device px)
  Sample samples_[kSamples];
  int sample_count_ = 0;
  bool momentum_ = false;
  float vx_ = 0, vy_ = 0;  // device px per ms
  double last_frame_ms_ = 0;
};

}  // namespace ui
