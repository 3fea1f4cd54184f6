// When the web app draws, publishes its accessible mirror and sleeps (docs/ARCHITECTURE.md, "The frame loop"),
// decided from a few counters and what the host sees after each frame — no clock, no browser, no ImGui — so the
// decisions are tested natively (tests/wasm/frame_schedule_test.cpp); main_web.cpp feeds them and acts on them.
#pragma once
#include <cstdint>

namespace host {

// What keeps the loop drawing without new input, as the host sees it at the end of a frame.
struct Activity {
  bool clicking = false;       // a mirror press or focus waiting for its widget, or its Escape under way
  bool fonts_waiting = false;  // a font subset arrived and is not in the atlas yet
  bool input_pending = false;  // a finger down or a list flying on, or input still queued in ImGui
  bool held = false;           // a mouse button or a key held down (ImGui repeats them itself)
  bool sizing = false;         // a window that has just appeared, drawn hidden while it sizes itself
  bool dimming = false;        // a modal's dimmed background fading in or out
};

class FrameSchedule {
 public:
  // Frames drawn after a wake: ImGui 1.90 applies queued input a little per frame, and a window that appears
  // takes two frames to size itself.
  static constexpr int kSettleFrames = 6;
  // A full frame costs ~1 ms more (every widget laid out): at most every this many frames…
  static constexpr int kFullFrameEvery = 10;
  // …and, while the loop keeps drawing, at least every this many, whether or not anything changed.
  static constexpr int kFullFrameAtLeastEvery = 120;
  // The longest delay a browser's setTimeout keeps (a signed 32-bit count of ms): a longer one fires at once,
  // which would wake the loop over and over. A timer due later wakes the loop at this, which sleeps again.
  static constexpr double kLongestTimerMs = 2147483647.0;
  // A timer is set a little after the app's due time, so the frame it draws is past it.
  static constexpr double kTimerSlackMs = 5;

  // Something happened that the screen may show (input, a page event, a bridge call): at least `frames` more
  // frames and, when it is a `change`, a full frame after it for the mirror. A timer's or the fonts' own frames
  // are no change by themselves. True when the loop was asleep: the host resumes it (and clears its timer).
  bool wake(int frames = kSettleFrames, bool change = true);

  // What the frame about to be drawn does.
  struct Frame {
    bool publish_mirror;  // publish the mirror listed by the last frame (which was a full one)
    bool full;            // draw unclipped: every widget registered, every text logged
  };
  Frame begin(bool activation_pending);
  // During the frame: input was applied, or the visible widgets differ from the last frame's (what a timer
  // changes): the mirror needs a full frame after this one.
  void changed() { changed_since_full_ = true; }

  // After the frame: draw the next one, or sleep — until woken, or until the timer (ms; negative: none) that
  // draws the frame when the app's next change is due (`ms_until_due`, negative when nothing is).
  struct Next {
    bool draw;
    double timer_ms;
  };
  Next end(const Activity& activity, double ms_until_due);

  // Whether a frame's picture is sent to the canvas: not when it is the same as the one there (same
  // fingerprint), never for a full frame (the same pixels from other draw data), always with a new atlas.
  static bool send_picture(bool full, bool atlas_changed, std::uint64_t fingerprint, std::uint64_t shown);

  bool sleeping() const { return sleeping_; }
  int frames() const { return frames_; }  // frames drawn so far

 private:
  int settle_frames_ = kSettleFrames;
  bool sleeping_ = false;
  int frames_ = 0;
  int last_full_frame_ = -1000;
  bool drawing_full_ = false;
  bool last_frame_full_ = false;
  // Since the last full frame, something may have changed what the screen lists. Nothing lists the app's
  // state by hand for this (a forgotten field would leave the mirror stale without a sound).
  bool changed_since_full_ = true;
};

}  // namespace host
