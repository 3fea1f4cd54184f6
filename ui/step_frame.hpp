// What frames every step of the questionnaire: the step tabs above it and, under it, "back" and "next" and
// (on one column) the bar with the total that opens the results.
#pragma once
#include <imgui.h>

#include "screen_context.hpp"

namespace ui {

// A step's "back" and "next", returned by the step as it draws, drawn by draw_footer under its panel.
struct StepNav {
  Screen back = Screen::start, next = Screen::start;
  bool next_enabled = false;
};

// Step tabs across the top of the questionnaire column; any step can be visited at any time.
void draw_step_tabs(const ScreenContext& c);
// How much room the footer takes under the questions.
float footer_height(const ScreenContext& c, bool one_column);
// The footer at `at` (window coordinates), `width` wide; `nav` absent on a screen without steps.
void draw_footer(const ScreenContext& c, const StepNav* nav, ImVec2 at, float width, bool one_column);

}  // namespace ui
