// Finger input (ui/touch_input), natively and headless: a real ImGui context draws a scrolling list of buttons
// frame by frame on a fake clock, and touch points go in as the page would send them.
#include "touch_input.hpp"

#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <string>
#include <vector>

namespace ui {
namespace {

using Phase = TouchInput::Phase;

// A 400 × 300 window holding a 380 × 200 list of 60 buttons, each 30 px high with 10 px between them, at scale 1.
class TouchScene : public ::testing::Test {
 protected:
  static constexpr float kRowPitch = 40;  // 30 px button + 10 px spacing
  static constexpr float kListTop = 10;   // where the list's first button starts (window padding)

  void SetUp() override {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(400, 300);
    io.IniFilename = nullptr;
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
    ImGuiStyle& s = ImGui::GetStyle();
    s.WindowPadding = ImVec2(0, 0);
    s.ItemSpacing = ImVec2(0, 10);
    s.ScrollbarSize = 20;
    frames(2);
  }
  void TearDown() override { ImGui::DestroyContext(); }

  void frames(int n) {
    for (int i = 0; i < n; ++i) {
      now += 16;
      ImGui::GetIO().DeltaTime = 0.016f;
      ImGui::NewFrame();
      touch.frame(now);
      ImGui::SetNextWindowPos(ImVec2(0, 0));
      ImGui::SetNextWindowSize(ImVec2(400, 300));
      ImGui::Begin("##root", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
      ImGui::SetCursorPos(ImVec2(10, 10));
      ImGui::BeginChild("##list", ImVec2(380, 200));
      for (int b = 0; b < 60; ++b)
        if (ImGui::Button(("B" + std::to_string(b)).c_str(), ImVec2(300, 30))) clicks.push_back(b);
      scroll_y = ImGui::GetScrollY();
      scroll_max = ImGui::GetScrollMaxY();
      ImGui::EndChild();
      ImGui::End();
      ImGui::Render();
    }
  }
  // The centre of button b on screen, given the list's scroll now.
  float row_y(int b) const { return kListTop + static_cast<float>(b) * kRowPitch + 15 - scroll_y; }
  void event(Phase phase, float x, float y, int id = 1) { touch.on_event(phase, id, x, y, now); }
  void tap(float x, float y) {
    event(Phase::down, x, y);
    event(Phase::up, x, y);
    frames(6);
  }

  TouchInput touch{1.0f};
  double now = 1000;
  std::vector<int> clicks;
  float scroll_y = 0, scroll_max = 0;
};

TEST_F(TouchScene, EachTapClicksExactlyWhatItTouchedOnce) {
  tap(100, row_y(2));
  EXPECT_EQ(clicks, std::vector<int>({2}));
  tap(100, row_y(4));  // never again where the previous tap was
  EXPECT_EQ(clicks, std::vector<int>({2, 4}));
  tap(100, row_y(0));
  EXPECT_EQ(clicks, std::vector<int>({2, 4, 0}));
  EXPECT_FALSE(touch.active());
}

TEST_F(TouchScene, ATapSpreadOverFramesAndAWobbleWithinTheSlopStillClicks) {
  event(Phase::down, 100, row_y(3));
  frames(3);
  event(Phase::move, 106, row_y(3) + 5);  // 7.8 px: within the 10 px slop
  frames(1);
  event(Phase::up, 106, row_y(3) + 5);
  frames(6);
  EXPECT_EQ(clicks, std::vector<int>({3}));
  EXPECT_EQ(scroll_y, 0);
}

TEST_F(TouchScene, ASecondFingerDoesNothing) {
  event(Phase::down, 100, row_y(1), 1);
  frames(2);
  event(Phase::down, 100, row_y(3), 2);
  event(Phase::move, 100, row_y(3) - 80, 2);
  event(Phase::up, 100, row_y(3) - 80, 2);
  frames(2);
  event(Phase::up, 100, row_y(1), 1);
  frames(6);
  EXPECT_EQ(clicks, std::vector<int>({1}));
  EXPECT_EQ(scroll_y, 0);
}

TEST_F(TouchScene, ADragPastTheSlopScrollsWithTheFingerAndClicksNothing) {
  const float y0 = row_y(3);
  event(Phase::down, 100, y0);
  frames(2);
  for (int step = 1; step <= 4; ++step) {  // 100 px up, in four moves
    event(Phase::move, 100, y0 - 25.0f * static_cast<float>(step));
    frames(1);
  }
  EXPECT_EQ(scroll_y, 100);  // the content followed the finger from where it was touched
  frames(10);                // the finger rests 160 ms before it is lifted: no fling
  event(Phase::up, 100, y0 - 100);
  frames(10);
  EXPECT_EQ(scroll_y, 100);
  EXPECT_TRUE(clicks.empty());
  // Dragging down brings it back, and not past the top.
  event(Phase::down, 100, 100);
  frames(2);
  event(Phase::move, 100, 300);
  frames(2);
  EXPECT_EQ(scroll_y, 0);
  frames(10);
  event(Phase::up, 100, 300);
  frames(4);
  EXPECT_TRUE(clicks.empty());
}

TEST_F(TouchScene, AFlingGoesOnAfterTheFingerLiftsThenStops) {
  const float y0 = row_y(4);
  event(Phase::down, 100, y0);
  frames(2);
  for (int step = 1; step <= 3; ++step) {  // 40 px every 16 ms: 2.5 px/ms upwards
    event(Phase::move, 100, y0 - 40.0f * static_cast<float>(step));
    frames(1);
  }
  event(Phase::up, 100, y0 - 120);
  EXPECT_TRUE(touch.active());
  frames(200);  // 3.2 s
  // The speed is measured over the finger's last 100 ms: it went down 80 ms before it lifted (it rested 32 ms,
  // moved 120 px, rested 16 ms), so 120 / 80 = 1.5 px/ms. Decaying by e^(-16/325) each 16 ms frame, it adds
  // 1.5 × 16 / (1 − e^(-16/325)) ≈ 500 px (a little less: it stops under 0.02 px/ms, and ImGui rounds each step).
  EXPECT_GT(scroll_y, 120 + 470);
  EXPECT_LT(scroll_y, 120 + 505);
  EXPECT_FALSE(touch.active());
  const float rested = scroll_y;
  frames(5);
  EXPECT_EQ(scroll_y, rested);
  EXPECT_TRUE(clicks.empty());
}

TEST_F(TouchScene, ATouchStopsAFlingAndDoesNotClick) {
  const float y0 = row_y(4);
  event(Phase::down, 100, y0);
  frames(2);
  for (int step = 1; step <= 3; ++step) {
    event(Phase::move, 100, y0 - 40.0f * static_cast<float>(step));
    frames(1);
  }
  event(Phase::up, 100, y0 - 120);
  frames(5);
  const float flying = scroll_y;
  EXPECT_GT(flying, 120);  // still flying
  tap(100, 100);           // catches the list where it is
  EXPECT_EQ(scroll_y, flying);
  frames(20);
  EXPECT_EQ(scroll_y, flying);
  EXPECT_TRUE(clicks.empty());
  const int shown = static_cast<int>((scroll_y + 60) / kRowPitch);  // a button in view, near the list's top
  tap(100, row_y(shown));                                           // the next tap clicks again
  EXPECT_EQ(clicks, std::vector<int>({shown}));
}

TEST_F(TouchScene, TheScrollbarFollowsAFingerThatHoldsIt) {
  const float bar_x = 10 + 380 - 10;  // the middle of the list's 20 px scrollbar
  event(Phase::down, bar_x, 20);
  frames(3);
  event(Phase::move, bar_x, 70);
  frames(3);
  event(Phase::up, bar_x, 70);
  frames(4);
  EXPECT_GT(scroll_y, 50);  // the thumb moved 50 px down a 200 px track: the content much further
  EXPECT_TRUE(clicks.empty());
}

}  // namespace
}  // namespace ui
