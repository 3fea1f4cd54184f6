// The hand-over dialog's content: the answers' link as a QR code (drawn in its modal by dialogs.cpp).
#pragma once
#include <string>

#include "modal.hpp"
#include "request.hpp"
#include "screen_context.hpp"

namespace ui {

// `link`: the hand-over link of the answers (share_base#p=CODE); `qr` keeps its QR code between frames.
Request draw_share_dialog(const ScreenContext& c, Modal& modal, const std::string& link, QrModules& qr);

}  // namespace ui
