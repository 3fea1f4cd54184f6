// The app's typed fields (names, amounts, counts) as one widget: it tells the page which keyboard the field
// wants (digits or text) and whether Enter goes on to a next field, moves there on Enter, and keeps the field
// in view when the on-screen keyboard takes the bottom of the screen (docs/ARCHITECTURE.md, "Typing on a phone").
#pragma once
#include <string>

#include "platform.hpp"
#include "screen_context.hpp"

namespace ui {

// An InputText (with a grey hint when `hint` is given) of the kind `keyboard`: amounts take decimals, counts
// digits, names text. Returns true when the text changed.
bool text_field(const ScreenContext& c, const std::string& label_id, std::string& text, Keyboard keyboard,
                const char* hint = nullptr);

// Around each frame (App::frame): forgets a move to a next field that no field took (Enter in the last one),
// and works out whether the field being edited has one after it.
void typing_frame_start(Typing& typing);
void typing_frame_end(Typing& typing);

}  // namespace ui
