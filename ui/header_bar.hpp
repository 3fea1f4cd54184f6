// The bar across the top of every screen: the title and the actions of the mode (open, save, report, clear,
// share, the advisor's enterprises, the other language), folded into a menu on a phone.
#pragma once
#include "request.hpp"
#include "screen_context.hpp"

namespace ui {

// Draws the bar `width` device pixels wide at the cursor and leaves the cursor under it.
Request draw_header(const ScreenContext& c, float width);

}  // namespace ui
