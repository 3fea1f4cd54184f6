// The table of screens (screens.hpp), checked at compile time: one row per ScreenId, in its order.
#include "screens.hpp"

#include <iterator>

#include "advisor_screens.hpp"
#include "question_steps.hpp"
#include "results_view.hpp"
#include "start_screen.hpp"

namespace ui {

namespace {

constexpr ScreenRow kScreens[] = {
    {ScreenId::start, "start", Str::app_name, Layout::card, kStartOfSteps, draw_start, nullptr},
    {ScreenId::gates, "gates", Str::step_gates, Layout::step, 1, draw_gates, can_leave_gates},
    {ScreenId::activities, "activities", Str::step_activities, Layout::step, 2, draw_activities, nullptr},
    {ScreenId::details, "details", Str::step_details, Layout::step, 3, draw_details, nullptr},
    {ScreenId::results, "results", Str::step_results, Layout::results, 4, draw_results_screen, nullptr},
    {ScreenId::enterprises, "enterprises", Str::enterprises_title, Layout::panel, kNotAStep, draw_enterprises, nullptr},
    {ScreenId::compare, "compare", Str::compare_title, Layout::panel, kNotAStep, draw_compare, nullptr},
};

static_assert(std::size(kScreens) == kScreenCount, "a row for every screen");

constexpr bool rows_in_order() {
  for (int i = 0; i < kScreenCount; ++i)
    if (kScreens[i].id != static_cast<ScreenId>(i)) return false;
  return true;
}
static_assert(rows_in_order(), "the rows in the order of ScreenId");

}  // namespace

const ScreenRow& screen_row(ScreenId id) {
  return kScreens[static_cast<int>(id)];
}

const ScreenRow* step_row(int step) {
  for (const ScreenRow& row : kScreens)
    if (row.step == step) return &row;
  return nullptr;
}

}  // namespace ui
