// Small drawing helpers shared by the screens: muted and coloured text, secondary buttons, status badges.
#pragma once
#include <imgui.h>

#include <string>

#include "explain.hpp"
#include "item_registry.hpp"
#include "policy.hpp"
#include "presented.hpp"
#include "text_wrap.hpp"

namespace ui {

inline const ImVec4 kMuted(0.36f, 0.40f, 0.44f, 1);
inline const ImVec4 kGood(0.086f, 0.42f, 0.192f, 1);     // #166B31 (≥ 4.5:1 on its badge, see contrast_test)
inline const ImVec4 kWarn(0.55f, 0.31f, 0.0f, 1);        // #8C4F00 (≥ 4.5:1 on its badge)
inline const ImVec4 kBad(0.706f, 0.137f, 0.094f, 1);     // #B42318
inline const ImVec4 kAccent(0.118f, 0.353f, 0.659f, 1);  // #1E5AA8
// The tinted backgrounds text is drawn on besides the theme's (tests/ui/contrast_test.cpp measures every pair).
inline const ImVec4 kTotalBg(0.93f, 0.96f, 1.0f, 1);    // the results' headline box, the total bar
inline const ImVec4 kItemBg(0.972f, 0.98f, 0.992f, 1);  // a list item's box
inline constexpr float kBadgeFill = 0.12f;              // a status badge: its colour at this opacity behind it

// The width of a button (or badge) showing this label ("##" and what follows are not shown).
inline float button_width(const std::string& label) {
  return ImGui::CalcTextSize(label.c_str(), nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
}

// Puts the next button (labelled `next_label`) beside the last item when it fits on this line, else starts a new
// line: a row of buttons wraps on a phone instead of running off the screen.
inline void same_line_if_fits(const std::string& next_label) {
  const ImGuiStyle& style = ImGui::GetStyle();
  if (ImGui::GetItemRectMax().x + style.ItemSpacing.x + button_width(next_label) <=
      ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x)
    ImGui::SameLine();
}

// Wrapped without splitting a number or starting a line with "。" (text_wrap.hpp).
inline void text_wrapped_colored(const ImVec4& colour, const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  text_wrapped_whole(text);
  ImGui::PopStyleColor();
}

inline void text_muted(const std::string& text) {
  text_wrapped_colored(kMuted, text);
}

// A bullet whose text wraps at the column's edge (ImGui::BulletText does not wrap); a list item in the mirror.
inline void bullet_wrapped(const std::string& text) {
  ImGui::Bullet();
  ImGui::SameLine();
  {
    RegistryTextPause as_list_item;
    text_wrapped_whole(text);
  }
  registry_text(Role::list_item, text);
}

// A line on what it would take (to reach a cap, an answer that changes an outcome): a bullet in the accent
// colour, as the reports mark it.
inline void take_line(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, kAccent);
  bullet_wrapped(text);
  ImGui::PopStyleColor();
}

// A heading in the heading font (when the host has built it), wrapped; a heading of that level in the mirror.
inline void heading_text(ImFont* font, const std::string& text, int level = 2, const ImVec4* colour = nullptr) {
  if (font) ImGui::PushFont(font);
  if (colour) ImGui::PushStyleColor(ImGuiCol_Text, *colour);
  {
    RegistryTextPause as_heading;
    text_wrapped_whole(text);
  }
  if (colour) ImGui::PopStyleColor();
  if (font) ImGui::PopFont();
  registry_text(Role::heading, text, level);
}

// A white button with a coloured label and border, tinted when hovered and pressed.
inline bool outlined_button(const std::string& label, const ImVec2& size, const ImVec4& colour, const ImVec4& hovered,
                            const ImVec4& pressed_fill) {
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(1, 1, 1, 1));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, hovered);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, pressed_fill);
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::PushStyleColor(ImGuiCol_Border, colour);
  bool pressed = ImGui::Button(label.c_str(), size);
  ImGui::PopStyleColor(5);
  return pressed;
}

// Blue: for actions that are not the main one.
inline bool secondary_button(const std::string& label, const ImVec2& size = ImVec2(0, 0)) {
  return outlined_button(label, size, kAccent, ImVec4(0.93f, 0.95f, 0.99f, 1), ImVec4(0.86f, 0.90f, 0.98f, 1));
}

// Red: for actions that destroy data. Never the primary (blue) one, and never where the keyboard lands first:
// dialogs put "cancel" before it and give that the focus.
inline bool danger_button(const std::string& label, const ImVec2& size = ImVec2(0, 0)) {
  return outlined_button(label, size, kBad, ImVec4(0.99f, 0.93f, 0.92f, 1), ImVec4(0.98f, 0.86f, 0.84f, 1));
}

inline bool primary_button(const std::string& label, const ImVec2& size = ImVec2(0, 0)) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  bool pressed = ImGui::Button(label.c_str(), size);
  ImGui::PopStyleColor();
  return pressed;
}

inline ImVec4 status_colour(assess::Status s) {
  switch (s) {
    case assess::Status::estimate:
      return kGood;
    case assess::Status::case_by_case:
    case assess::Status::referral:
    case assess::Status::unspecified:
      return kAccent;
    case assess::Status::superseded:
      return kWarn;
    case assess::Status::ineligible:
      return kBad;
    default:
      return kMuted;
  }
}

// Waiting for an answer is not a verdict: amber like other "not yet" states, never the red of "not eligible".
inline ImVec4 status_colour(const assess::ItemResult& item) {
  return assess::awaits_answer(item) ? kWarn : status_colour(item.status);
}
inline ImVec4 status_colour(const assess::MeasureResult& measure) {
  return assess::awaits_answer(measure) ? kWarn : status_colour(measure.status);
}

// The colour of a presented status (core/presented.hpp): the same tones the reports use.
inline ImVec4 tone_colour(assess::Tone tone) {
  switch (tone) {
    case assess::Tone::good:
      return kGood;
    case assess::Tone::decided:
      return kAccent;
    case assess::Tone::waiting:
    case assess::Tone::set_aside:
      return kWarn;
    case assess::Tone::bad:
      return kBad;
    case assess::Tone::muted:
      return kMuted;
  }
  return kMuted;
}

// A rounded, tinted label such as "可估算" drawn at the cursor, on the current line.
inline void badge(const std::string& text, const ImVec4& colour) {
  ImVec2 size = ImGui::CalcTextSize(text.c_str());
  ImVec2 pad = ImGui::GetStyle().FramePadding;
  pad.y *= 0.5f;
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec4 fill = colour;
  fill.w = kBadgeFill;
  dl->AddRectFilled(pos, ImVec2(pos.x + size.x + 2 * pad.x, pos.y + size.y + 2 * pad.y), ImGui::GetColorU32(fill), size.y);
  dl->AddText(ImVec2(pos.x + pad.x, pos.y + pad.y), ImGui::GetColorU32(colour), text.c_str());
  ImGui::Dummy(ImVec2(size.x + 2 * pad.x, size.y + 2 * pad.y));
  registry_text(Role::paragraph, text);
}

}  // namespace ui
