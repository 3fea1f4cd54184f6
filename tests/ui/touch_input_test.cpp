// Finger input (ui/touch_input), natively and headless: a real ImGui context draws a scrolling list of buttons
// frame by frame on a fake clock, and touch points go in as the page would send them.
#include "touch_input.hpp"

#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <string>
#include <vector>

#include "app.hpp"
#include "embedded_policy.hpp"
#include "fake_platform.hpp"
#include "headless_imgui.hpp"
#include "item_registry.hpp"

namespace ui {
namespace {

using Phase = TouchInput::Phase;

// A 400 × 300 window holding a 380 × 200 list of 60 buttons, each 30 px high with 10 px between them, at scale 1.
class TouchScene : public ::testing::Test {
 protected:
  static constexpr float kRowPitch = 40;  // 30 px button + 10 px spacing
  static constexpr float kListTop = 10;   // where the list's first button starts (window padding)

  void SetUp() override {
    create_headless_imgui(400, 300);
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

TEST_F(TouchScene, ASwipeAgainstTheTopThenOneTheOtherWayScrolls) {
  for (const auto& [from, to] : {std::pair<float, float>{50, 200}, {180, 40}}) {
    event(Phase::down, 100, from);
    frames(2);
    for (int step = 1; step <= 4; ++step) {
      event(Phase::move, 100, from + (to - from) * static_cast<float>(step) / 4);
      frames(1);
    }
    frames(12);
    event(Phase::up, 100, to);
    frames(4);
  }
  EXPECT_EQ(scroll_y, 140);
  EXPECT_TRUE(clicks.empty());
}

// The real app on a small phone (390 × 560: ImGui's built-in font is smaller than the web app's), driven by a finger alone.
class TouchApp : public ::testing::Test {
 protected:
  void SetUp() override {
    create_headless_imgui(390, 560);
    ImGui::GetCurrentContext()->TestEngineHookItems = true;  // feeds the widget registry
    AppOptions options;
    options.storage = false;
    app = std::make_unique<App>(assess::embedded_policy_json(), options, platform);
    ASSERT_TRUE(app->ok());
    app->apply_theme();
    frames(4);  // the start card sizes itself to its content over the first frames
  }
  void TearDown() override {
    app.reset();
    ImGui::DestroyContext();
  }
  void frames(int n) {
    for (int i = 0; i < n; ++i) {
      now += 16;
      registry_new_frame();
      ImGui::GetIO().DeltaTime = 0.016f;
      ImGui::NewFrame();
      touch.frame(now);
      app->frame(390, 560);
      ImGui::Render();
    }
  }
  const RegisteredItem* item(const std::string& key) {
    const RegisteredItem* it = registry_find(key);
    return it && it->visible ? it : nullptr;
  }
  void tap(const std::string& key) {
    const RegisteredItem* it = item(key);
    ASSERT_NE(it, nullptr) << key;
    const float x = it->x + it->w / 2 + 0.3f, y = it->y + it->h / 2 + 0.8f;  // browsers give fractions of a pixel
    touch.on_event(TouchInput::Phase::down, 1, x, y, now);
    touch.on_event(TouchInput::Phase::up, 1, x, y, now);
    frames(6);
  }
  void swipe(float x, float y, float dy) {
    touch.on_event(TouchInput::Phase::down, 1, x, y, now);
    frames(2);
    for (int step = 1; step <= 6; ++step) {
      touch.on_event(TouchInput::Phase::move, 1, x, y + dy * static_cast<float>(step) / 6, now);
      frames(1);
    }
    frames(12);
    touch.on_event(TouchInput::Phase::up, 1, x, y + dy, now);
    frames(4);
  }
  assess::Json answers() const { return assess::Json::parse(app->current_profile_text())["answers"]; }

  FakePlatform platform;
  std::unique_ptr<App> app;
  TouchInput touch{1.0f};
  double now = 1000;
};

TEST_F(TouchApp, APhoneAnswersTheGatesByTapsAndReachesTheLastBySwiping) {
  tap("start");
  assess::Json expected = assess::Json::object();
  tap("q:legal_person:yes");
  expected["legal_person"] = true;
  EXPECT_EQ(answers(), expected);
  const float y = item("q:legal_person:yes")->y;
  swipe(195.4f, 200.8f, 250);  // against the top: nothing moves (fractional, as browsers give them)
  EXPECT_EQ(item("q:legal_person:yes")->y, y);
  EXPECT_EQ(item("q:in_suzhou:yes"), nullptr);  // below the fold (a phone's targets are 44 px high and more)
  // The other gates, each brought into view by swiping up (the first goes off the top), then tapped.
  for (const char* g : {"sound_finance", "independent_accounting", "ai_entity", "in_suzhou"}) {
    const std::string key = std::string("q:") + g + ":yes";
    for (int i = 0; i < 6 && !item(key); ++i) swipe(195.4f, 380.8f, -120);
    tap(key);
    expected[g] = true;
    EXPECT_EQ(answers(), expected) << g;
  }
  EXPECT_EQ(item("q:legal_person:yes"), nullptr);
}

}  // namespace
}  // namespace ui
