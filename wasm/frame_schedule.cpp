// The frame loop's decisions (frame_schedule.hpp).
#include "frame_schedule.hpp"

#include <algorithm>

namespace host {

bool FrameSchedule::wake(int frames, bool change) {
  settle_frames_ = std::max(settle_frames_, frames);
  if (change) changed_since_full_ = true;
  if (!sleeping_) return false;
  sleeping_ = false;
  return true;
}

FrameSchedule::Frame FrameSchedule::begin(bool activation_pending) {
  // A full frame only when the screen may list something new — something happened since the last one, or an
  // activation waits — or after a long run of frames; never two within kFullFrameEvery frames.
  const int since_full = frames_ - last_full_frame_;
  const bool changed = changed_since_full_ || activation_pending;
  drawing_full_ = since_full >= kFullFrameEvery && (changed || since_full >= kFullFrameAtLeastEvery);
  if (drawing_full_) {
    last_full_frame_ = frames_;
    changed_since_full_ = false;
  }
  return Frame{last_frame_full_, drawing_full_};
}

FrameSchedule::Next FrameSchedule::end(const Activity& activity, double ms_until_due) {
  last_frame_full_ = drawing_full_;
  ++frames_;
  if (settle_frames_ > 0) --settle_frames_;
  // The mirror: until a full frame after the last change has listed the screen, and the frame after it has
  // published that.
  const bool mirror_waiting = last_frame_full_ || changed_since_full_;
  const bool draw = settle_frames_ > 0 || mirror_waiting || activity.clicking || activity.fonts_waiting ||
                    activity.input_pending || activity.held || activity.sizing || activity.dimming;
  if (draw) return Next{true, -1};
  sleeping_ = true;
  if (ms_until_due < 0) return Next{false, -1};
  // Written so that NaN and infinity, as any delay past the longest, wait the longest.
  const double timer = ms_until_due + kTimerSlackMs;
  return Next{false, timer < kLongestTimerMs ? timer : kLongestTimerMs};
}

bool FrameSchedule::send_picture(bool full, bool atlas_changed, std::uint64_t fingerprint, std::uint64_t shown) {
  return atlas_changed || (!full && fingerprint != shown);
}

}  // namespace host
