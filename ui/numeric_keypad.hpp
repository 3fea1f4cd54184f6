// The on-screen numeric keypad of kiosk mode (a dialog, dialog::Keypad): amounts and counts by touch alone.
#pragma once
#include <string>

#include "dialog.hpp"
#include "modal.hpp"
#include "request.hpp"
#include "screen_context.hpp"

namespace ui {

// Draws a field's value as a large button that opens the keypad (into `asked`); true when the keypad handed new
// text to it (the field then validates `text` exactly as if typed).
bool keypad_field(const ScreenContext& c, const std::string& label, const std::string& path, std::string& text, bool decimals,
                  float width, Request& asked);
// The keypad's content, in its modal; its "OK" asks the App to hand the text to the field (request::KeypadDone).
Request draw_keypad(const ScreenContext& c, dialog::Keypad& keypad, Modal& modal);

}  // namespace ui
