// The live estimate beside the questions, or full width as the results step (with its tabs and the buttons to
// edit, report, print, save, share): what the core's Result says, in the session's language.
#pragma once
#include "request.hpp"
#include "screen_context.hpp"

namespace ui {

// Everything it shows comes from one place: the Session's evaluation of the answers on screen and the count of
// typed numbers that could not be read (Session::pending).
Request draw_results_panel(const ScreenContext& c, bool full);
// The results step: the panel, full width.
Request draw_results_screen(const ScreenContext& c);

}  // namespace ui
