// The live estimate beside the questions, or full width as the results step (with its tabs and the buttons to
// edit, report, print, save, share): what the core's Result says, in the session's language.
#pragma once
#include "app_request.hpp"
#include "screen_context.hpp"

namespace ui {

AppRequest draw_results_panel(const ScreenContext& c, bool full);

}  // namespace ui
