// The dialogs over every screen (dialogs.cpp): the first of Session::dialogs, drawn through the one modal helper
// (modal.hpp); and the toast.
#pragma once
#include <functional>
#include <string>

#include "dialog.hpp"
#include "request.hpp"
#include "screen_context.hpp"

namespace ui {

// Draws the first open dialog, and closes it when it is done (its buttons, or escape). `share_link` makes the
// hand-over link of the answers; it is called only while the hand-over dialog shows (the link encodes the
// answers: it is not made, or kept, otherwise); `qr` keeps its QR code between frames.
Request draw_dialogs(const ScreenContext& c, DialogQueue& dialogs, const std::function<std::string()>& share_link, QrModules& qr);
// A short message at the bottom of the screen, while Session::toast lasts.
void draw_toast(const ScreenContext& c);

}  // namespace ui
