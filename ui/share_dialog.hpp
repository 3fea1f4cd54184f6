// The hand-over dialog: the answers' link as a QR code (its code is kept in Session::share).
#pragma once
#include <functional>
#include <string>

#include "screen_context.hpp"

namespace ui {

// Draws the dialog while Session::dialogs.show_share is set. `link` makes the hand-over link of the answers; it
// is called only while the dialog shows (the link encodes the answers: it is not made, or kept, otherwise).
void draw_share_dialog(const ScreenContext& c, const std::function<std::string()>& link);

}  // namespace ui
