// Widgets whose words wrap instead of being cut at the edge of a phone's screen: a row that ticks (the whole row
// a finger's target, its label on as many lines as it needs) and a button whose label wraps when it is wider
// than the room left. Both register under their key with their words, for the tests and the accessible mirror.
#pragma once
#include <string>

#include "screen_context.hpp"

namespace ui {

// A row with a tick box and `label` wrapped beside it, at least `min_height` high (a frame's height, which is a
// finger's on a phone, when not given); true when tapped (the caller flips `on`). Rows keep a gap between them
// (the item spacing), as a finger needs.
bool check_row(const ScreenContext& c, const std::string& key, const std::string& label, bool on, float min_height = 0);

// A button labelled `text` (registered as `key`), `height` high or more: on one line when it fits the room left on
// this line, else as wide as the column with its label wrapped. `primary`: the filled blue one.
bool wrapping_button(const std::string& text, const std::string& key, bool primary, float height);

}  // namespace ui
