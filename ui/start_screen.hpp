// The first screen: what the policy is, what the tool does with the answers (nothing leaves the device), and
// the way in.
#pragma once
#include "app_request.hpp"
#include "screen_context.hpp"

namespace ui {

// `has_saved_answers`: answers autosaved on this device earlier can be continued.
AppRequest draw_start(const ScreenContext& c, bool has_saved_answers);

}  // namespace ui
