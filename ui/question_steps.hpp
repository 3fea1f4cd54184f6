// The questionnaire's steps: the policy's gates (who may apply at all), the activity checklist, and the details
// of the ticked activities. Each draws into the questions column and returns its "back" and "next".
#pragma once
#include "screen_context.hpp"
#include "step_frame.hpp"

namespace ui {

StepNav draw_gates(const ScreenContext& c);
StepNav draw_activities(const ScreenContext& c);
StepNav draw_details(const ScreenContext& c);

}  // namespace ui
