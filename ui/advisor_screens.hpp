// Advisor mode (advisor_screens.cpp): several enterprises assessed in a row, held in Session::advisor, in memory
// only; the list, the comparison, exports, and the session as one file.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "json.hpp"
#include "screen_context.hpp"

namespace ui {

// A new, empty enterprise, made current (the answers on screen are kept in the one they belonged to).
void add_enterprise(const ScreenContext& c);
// The list of enterprises; true when the advisor confirmed "end session" (the App then wipes everything).
bool draw_enterprises(const ScreenContext& c);
// Their totals and measures side by side.
void draw_compare(const ScreenContext& c);
// The current enterprise's name, editable, above the steps.
void draw_current_enterprise_name(const ScreenContext& c);
// A session file (advisor_screens.cpp explains its checks): false when the text is not one (the caller reads it
// as a profile); true when it was, its enterprises added or, refused, its errors shown and nothing changed.
bool open_session(const ScreenContext& c, const std::string& name, std::string_view text);
// Once per frame: leaving the page asks first while some enterprise's work is not saved in a file.
void track_unsaved_session(const ScreenContext& c);

}  // namespace ui
