// The web frame loop's decisions (wasm/frame_schedule.hpp), natively and frame by frame: what a wake draws, when
// the accessible mirror gets its full frame and is published, what keeps the loop drawing, when it sleeps and
// for how long — the behaviour tests/browser/idle.test.mjs sees in Chromium, without a browser or a clock.
#include "frame_schedule.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

namespace host {
namespace {

// What one frame did: whether it published the mirror, whether it was full, and what came after it.
struct Drawn {
  bool published, full;
  FrameSchedule::Next next;
};

// Draws frames as the host does until the loop sleeps (at most `limit`), with `activity` after each and
// `changed` on the frames listed (by their number, counted from 0 in this run).
std::vector<Drawn> run(FrameSchedule& s, double due = -1, Activity activity = {}, std::vector<int> changed = {},
                       int limit = 500) {
  std::vector<Drawn> drawn;
  for (int i = 0; i < limit; ++i) {
    const FrameSchedule::Frame f = s.begin(false);
    for (int c : changed)
      if (c == i) s.changed();
    const FrameSchedule::Next next = s.end(activity, due);
    drawn.push_back({f.publish_mirror, f.full, next});
    if (!next.draw) break;
  }
  return drawn;
}

int count_full(const std::vector<Drawn>& frames) {
  int n = 0;
  for (const Drawn& d : frames) n += d.full;
  return n;
}

TEST(FrameSchedule, TheFirstFramesListTheScreenPublishItAndSleepWithNothingDue) {
  FrameSchedule s;
  const std::vector<Drawn> frames = run(s);
  ASSERT_EQ(frames.size(), 6u);  // the settle frames of the start; the mirror is published by the second
  EXPECT_TRUE(frames[0].full);
  EXPECT_FALSE(frames[0].published);
  EXPECT_TRUE(frames[1].published);  // the frame after the full one publishes what it listed
  EXPECT_EQ(count_full(frames), 1);
  EXPECT_TRUE(s.sleeping());
  EXPECT_EQ(frames.back().next.timer_ms, -1);  // nothing due: no timer, no CPU
  EXPECT_EQ(s.frames(), 6);
}

TEST(FrameSchedule, InputSoonAfterAFullFrameWaitsForTheTenthFrameThenPublishes) {
  FrameSchedule s;
  run(s);
  ASSERT_TRUE(s.wake());   // a click: the loop was asleep, the host resumes it
  EXPECT_FALSE(s.wake());  // a second event while it draws: nothing to resume
  // Input applied in the second frame after the wake (frame 7 of the page; the last full frame was frame 0).
  const std::vector<Drawn> frames = run(s, -1, {}, {1});
  // Frames 6..9 cannot be full (fewer than 10 since frame 0); frame 10 is, frame 11 publishes, then sleep.
  ASSERT_EQ(frames.size(), 6u);
  EXPECT_TRUE(frames[4].full);
  EXPECT_TRUE(frames[5].published);
  EXPECT_EQ(count_full(frames), 1);
  EXPECT_TRUE(s.sleeping());
}

TEST(FrameSchedule, ATimersFrameThatChangesNothingIsOneFrame) {
  FrameSchedule s;
  run(s, 1000);
  s.wake(1, false);  // the timer: no change by itself
  const std::vector<Drawn> frames = run(s, 1000);
  ASSERT_EQ(frames.size(), 1u);
  EXPECT_FALSE(frames[0].full);
  EXPECT_FALSE(frames[0].published);
  EXPECT_DOUBLE_EQ(frames[0].next.timer_ms, 1005);  // and sleeps until the next one
}

TEST(FrameSchedule, ATimersFrameThatChangesWhatTheScreenListsGetsAFullFrameAndIsPublished) {
  FrameSchedule s;
  run(s);
  for (int i = 0; i < 20; ++i) s.wake(1, false), run(s);  // seconds of a countdown: one frame each
  s.wake(1, false);
  const std::vector<Drawn> frames = run(s, -1, {}, {0});  // the kiosk's warning appears: its widgets are new
  ASSERT_EQ(frames.size(), 3u);                           // the timer's frame, the full frame, the frame that publishes it
  EXPECT_TRUE(frames[1].full);
  EXPECT_TRUE(frames[2].published);
}

TEST(FrameSchedule, WhatAnimatesKeepsTheLoopDrawing) {
  const auto flag = [](bool Activity::*field) {
    Activity a;
    a.*field = true;
    return a;
  };
  for (bool Activity::*field : {&Activity::clicking, &Activity::fonts_waiting, &Activity::input_pending, &Activity::held,
                                &Activity::sizing, &Activity::dimming}) {
    FrameSchedule s;
    run(s);
    s.wake(1, false);
    EXPECT_EQ(run(s, -1, flag(field), {}, 50).size(), 50u) << "stopped while something animates";
    EXPECT_FALSE(s.sleeping());
    // And once it stops, the loop sleeps after the frame that sees it stop.
    EXPECT_EQ(run(s).size(), 1u);
  }
}

TEST(FrameSchedule, WhileTheLoopKeepsDrawingAFullFrameComesEveryHundredAndTwentyFrames) {
  FrameSchedule s;
  run(s);
  s.wake(1, false);
  Activity held;
  held.held = true;
  const std::vector<Drawn> frames = run(s, -1, held, {}, 300);
  EXPECT_EQ(count_full(frames), 2);  // frames 120 and 240 of the page (the last full one was frame 0)
  EXPECT_TRUE(frames[114].full);
}

TEST(FrameSchedule, TheTimerIsTheAppsNextDueTimeAndNeverLongerThanABrowserKeeps) {
  const auto timer_for = [](double due) {
    FrameSchedule s;
    return run(s, due).back().next.timer_ms;
  };
  EXPECT_DOUBLE_EQ(timer_for(0), 5);
  EXPECT_DOUBLE_EQ(timer_for(2500), 2505);
  EXPECT_DOUBLE_EQ(timer_for(-1), -1);
  // A due time of 2^31 ms or more (a kiosk configured with an absurd idle time) would overflow setTimeout into
  // firing at once, over and over: it waits the longest delay a browser keeps instead.
  EXPECT_DOUBLE_EQ(timer_for(2147483648.0), FrameSchedule::kLongestTimerMs);
  EXPECT_DOUBLE_EQ(timer_for(2147483643.0), FrameSchedule::kLongestTimerMs);
  EXPECT_DOUBLE_EQ(timer_for(1e300), FrameSchedule::kLongestTimerMs);
  EXPECT_DOUBLE_EQ(timer_for(std::numeric_limits<double>::infinity()), FrameSchedule::kLongestTimerMs);
  EXPECT_DOUBLE_EQ(timer_for(std::nan("")), FrameSchedule::kLongestTimerMs);
  EXPECT_LE(FrameSchedule::kLongestTimerMs, 2147483647.0);
}

// A timer that fires before the app's change is due (the longest delay) draws one frame and sleeps again: one
// frame per 24.8 days, not a busy loop.
TEST(FrameSchedule, AnEarlyTimerDrawsOneFrameAndSleepsAgain) {
  FrameSchedule s;
  run(s, 5e9);
  for (int i = 1; i <= 2; ++i) {  // each time the longest delay has passed, the app's time is that much nearer
    s.wake(1, false);
    const std::vector<Drawn> frames = run(s, 5e9 - i * FrameSchedule::kLongestTimerMs);
    ASSERT_EQ(frames.size(), 1u);
    EXPECT_GT(frames[0].next.timer_ms, 0);
  }
}

TEST(FrameSchedule, APictureIsSentOnlyWhenItDiffersAndNeverForAFullFrame) {
  EXPECT_FALSE(FrameSchedule::send_picture(false, false, 7, 7));
  EXPECT_TRUE(FrameSchedule::send_picture(false, false, 8, 7));
  EXPECT_FALSE(FrameSchedule::send_picture(true, false, 8, 7));
  EXPECT_TRUE(FrameSchedule::send_picture(true, true, 7, 7));  // a new atlas is sent at once
}

}  // namespace
}  // namespace host
