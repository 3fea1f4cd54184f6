// The kiosk's idle timer (ui/kiosk.hpp) on a clock the test sets: the warning after the idle time, its whole
// seconds, the wipe when they run out, and input that counts only before the warning.
#include <gtest/gtest.h>

#include "kiosk.hpp"

namespace ui {
namespace {

TEST(IdleTimer, WarnsAfterTheIdleTimeThenWipesAfterTheCountdown) {
  IdleTimer timer(5000, 30000);
  EXPECT_FALSE(timer.track(1000, false, true));  // the clock starts at the first frame
  EXPECT_FALSE(timer.warning());
  EXPECT_EQ(timer.ms_until_due(1000, true), 5000);
  EXPECT_FALSE(timer.track(6000, false, true));
  EXPECT_TRUE(timer.warning());
  EXPECT_EQ(timer.seconds_left(6000), 30);
  EXPECT_EQ(timer.seconds_left(6500), 30);         // 29.5 s left still shows 30
  EXPECT_EQ(timer.ms_until_due(6500, true), 500);  // …until it drops to 29
  EXPECT_EQ(timer.seconds_left(7000), 29);
  EXPECT_FALSE(timer.track(35999, false, true));
  EXPECT_EQ(timer.seconds_left(35999), 1);
  EXPECT_TRUE(timer.track(36000, false, true));  // the countdown has run out: wipe
}

// While the warning shows, a touch elsewhere must not keep a stranger's answers on screen: only its button does.
TEST(IdleTimer, InputKeepsTheVisitorOnlyBeforeTheWarning) {
  IdleTimer timer(5000, 30000);
  timer.track(1000, false, true);
  timer.track(4000, true, true);  // input: the idle time counts from here
  EXPECT_FALSE(timer.track(8999, false, true));
  EXPECT_FALSE(timer.warning());
  timer.track(9000, false, true);
  EXPECT_TRUE(timer.warning());
  timer.track(20000, true, true);
  EXPECT_TRUE(timer.warning());
  EXPECT_TRUE(timer.track(39000, false, true));
  timer.keep(39000);  // "still here" (or the wipe itself)
  EXPECT_FALSE(timer.warning());
  EXPECT_EQ(timer.ms_until_due(39000, true), 5000);
}

TEST(IdleTimer, NobodyThereNothingDue) {
  IdleTimer timer(5000, 30000);
  timer.track(1000, false, false);
  EXPECT_FALSE(timer.track(100000, false, false));
  EXPECT_FALSE(timer.warning());
  EXPECT_LT(timer.ms_until_due(100000, false), 0);
}

}  // namespace
}  // namespace ui
