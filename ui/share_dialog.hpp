// The hand-over dialog: on a kiosk or a desktop the answers' link as a QR code (its code is kept in
// Session::share) for a phone to scan; on the phone in hand, the ways to keep or send the estimate from it.
#pragma once
#include <functional>
#include <string>

#include "app_request.hpp"
#include "screen_context.hpp"

namespace ui {

// Draws the dialog while Session::dialogs.show_share is set. `link` makes the hand-over link of the answers; it
// is called only while the dialog shows (the link encodes the answers: it is not made, or kept, otherwise).
// Returns what a button asks of the App (save the answers, save, share or print the report).
AppRequest draw_share_dialog(const ScreenContext& c, const std::function<std::string()>& link);

}  // namespace ui
