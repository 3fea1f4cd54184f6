// Text contrast (WCAG 2.1 1.4.3, AA: at least 4.5:1): every colour the app draws text in, on every background
// it draws that text on, from the very colours the screens use (the theme App::apply_theme sets, widgets.hpp).
#include <gtest/gtest.h>
#include <imgui.h>

#include <cmath>
#include <string>
#include <vector>

#include "app.hpp"
#include "embedded_policy.hpp"
#include "fake_platform.hpp"
#include "headless_imgui.hpp"
#include "widgets.hpp"

namespace ui {
namespace {

// Relative luminance of an sRGB colour (WCAG 2.1's definition).
double luminance(const ImVec4& c) {
  const auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * channel(c.x) + 0.7152 * channel(c.y) + 0.0722 * channel(c.z);
}
double contrast(const ImVec4& a, const ImVec4& b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
// `top` at its opacity over `under`, as the GPU blends it.
ImVec4 over(const ImVec4& top, float alpha, const ImVec4& under) {
  return ImVec4(top.x * alpha + under.x * (1 - alpha), top.y * alpha + under.y * (1 - alpha),
                top.z * alpha + under.z * (1 - alpha), 1);
}

struct Pair {
  std::string what;
  ImVec4 text, background;
};

TEST(Contrast, EveryTextColourOnEveryBackgroundItIsDrawnOnIsAtLeastFourAndAHalfToOne) {
  create_headless_imgui(1280, 800);
  FakePlatform platform;
  App app(assess::embedded_policy_json(), AppOptions{}, platform);
  ASSERT_TRUE(app.ok());
  app.apply_theme();
  const ImVec4* theme = ImGui::GetStyle().Colors;
  const ImVec4 white(1, 1, 1, 1);
  const std::vector<std::pair<std::string, ImVec4>> backgrounds = {
      {"page", theme[ImGuiCol_WindowBg]},  {"panel", theme[ImGuiCol_ChildBg]}, {"field", theme[ImGuiCol_FrameBg]},
      {"dialog", theme[ImGuiCol_PopupBg]}, {"headline box", kTotalBg},         {"list item", kItemBg}};
  const std::vector<std::pair<std::string, ImVec4>> texts = {
      {"text", theme[ImGuiCol_Text]}, {"muted", kMuted}, {"good", kGood}, {"warn", kWarn}, {"bad", kBad}, {"accent", kAccent}};
  std::vector<Pair> pairs;
  for (const auto& [t, colour] : texts)
    for (const auto& [b, background] : backgrounds) {
      pairs.push_back({t + " on " + b, colour, background});
      // A status badge: its text on its own colour, faint, over the background.
      pairs.push_back({t + " badge on " + b, colour, over(colour, kBadgeFill, background)});
    }
  pairs.push_back({"primary button", white, theme[ImGuiCol_Button]});
  pairs.push_back({"primary button, hovered", white, theme[ImGuiCol_ButtonHovered]});
  pairs.push_back({"header title", white, kAccent});
  for (const Pair& p : pairs) EXPECT_GE(contrast(p.text, p.background), 4.5) << p.what;
  ImGui::DestroyContext();
}

// The measure itself, on colours whose ratio is known: black on white is 21:1, a colour on itself 1:1, and
// WCAG's own example #767676 on white is 4.54:1.
TEST(Contrast, TheRatioIsWcags) {
  EXPECT_NEAR(contrast(ImVec4(0, 0, 0, 1), ImVec4(1, 1, 1, 1)), 21.0, 1e-9);
  EXPECT_NEAR(contrast(kAccent, kAccent), 1.0, 1e-9);
  const float grey = 0x76 / 255.0f;
  EXPECT_NEAR(contrast(ImVec4(grey, grey, grey, 1), ImVec4(1, 1, 1, 1)), 4.54, 0.01);
}

}  // namespace
}  // namespace ui
