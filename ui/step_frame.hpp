// What frames every step of the questionnaire: the step tabs above it and, under it, "back" and "next" and
// (on one column) the bar with the total that opens the results. Which steps there are, in which order, and
// whether "next" may be taken come from the table of screens (screens.hpp).
#pragma once
#include <imgui.h>

#include "request.hpp"
#include "screen_context.hpp"
#include "screens.hpp"

namespace ui {

// Step tabs across the top of the questionnaire column (every row of the table with a place in the steps);
// any step can be visited at any time.
Request draw_step_tabs(const ScreenContext& c);
// How much room the footer takes under the questions.
float footer_height(const ScreenContext& c, bool one_column);
// The footer of step `row` at `at` (window coordinates), `width` wide: its "back" and "next", and on one column
// the bar with the total.
Request draw_footer(const ScreenContext& c, const ScreenRow& row, ImVec2 at, float width, bool one_column);

}  // namespace ui
