// The on-screen numeric keypad of kiosk mode (its state is Session::keypad): amounts and counts by touch alone.
#pragma once
#include <string>

#include "screen_context.hpp"

namespace ui {

// Draws a field's value as a large button that opens the keypad; true when the keypad committed new text to it
// (the field then validates `text` exactly as if typed).
bool keypad_field(const ScreenContext& c, const std::string& label, const std::string& path, std::string& text, bool decimals,
                  float width);
// The keypad's dialog, while a field has it open.
void draw_keypad(const ScreenContext& c);

}  // namespace ui
