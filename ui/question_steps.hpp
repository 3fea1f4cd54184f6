// The questionnaire's steps: the policy's gates (who may apply at all), the activity checklist, and the details
// of the ticked activities. Each draws into the questions column (its tabs, "back" and "next" are the frame's,
// step_frame.hpp); they edit the answers, and ask nothing of the App but what their item links may.
#pragma once
#include "request.hpp"
#include "screen_context.hpp"

namespace ui {

Request draw_gates(const ScreenContext& c);
// "Next" from the gates: every condition answered, and some measure still possible.
bool can_leave_gates(const ScreenContext& c);
Request draw_activities(const ScreenContext& c);
Request draw_details(const ScreenContext& c);

}  // namespace ui
