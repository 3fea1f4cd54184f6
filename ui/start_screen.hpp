// The first screen: what the policy is, what the tool does with the answers (nothing leaves the device), and
// the way in.
#pragma once
#include "request.hpp"
#include "screen_context.hpp"

namespace ui {

// With a button to continue when answers were autosaved on this device earlier (ScreenContext::saved_answers).
Request draw_start(const ScreenContext& c);

}  // namespace ui
