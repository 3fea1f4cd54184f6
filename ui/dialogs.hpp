// The modal dialogs over every screen (dialogs.cpp) and the toast; their state is Session::dialogs.
#pragma once
#include "screen_context.hpp"

namespace ui {

// What a dialog's choice asks of the App, which alone opens answers and wipes them.
enum class DialogRequest {
  none,
  clear_data,  // "clear my data" confirmed (a kiosk's "start over": the wipe for the next visitor)
  use_link,    // a hand-over link opened over answers already here: use the link's (Session::dialogs.pending_link)
};

DialogRequest draw_dialogs(const ScreenContext& c);

}  // namespace ui
