// The table of screens: one row per screen says everything the app knows of it — its name (status, tests), its
// title (the step tab, the accessible mirror), its layout, the function that draws it and its place in the
// steps (the tabs, "back" and "next"). Adding a screen is adding a ScreenId and a row (screens.cpp checks, at
// compile time, that every screen has its row, in order).
#pragma once
#include "request.hpp"
#include "screen_id.hpp"
#include "ui_strings.hpp"

namespace ui {

struct ScreenContext;

// How the App lays a screen out in the frame (app.cpp).
enum class Layout {
  card,     // one centred card (the start screen)
  step,     // a step of the questionnaire: its questions, the live results beside them (or, on one column, a
            // bar with the total), "back" and "next" under them
  results,  // the results, full width, with the step tabs
  panel,    // one panel that scrolls both ways (the advisor's screens)
};

// The place of a screen in the steps: 1… are the step tabs in order, each step's "back" is the one before
// (before the first: the start screen) and its "next" the one after.
constexpr int kStartOfSteps = 0;  // the start screen: where "back" from the first step goes
constexpr int kNotAStep = -1;

struct ScreenRow {
  ScreenId id;
  const char* name;  // in window.assess.status() and the tests; the step tab's key "step:<name>"
  Str title;         // the step tab's label and the accessible mirror's title
  Layout layout;
  int step;  // its place in the steps (above)
  // Draws the screen into the space its layout gives it; what it asks of the App comes back.
  Request (*draw)(const ScreenContext& c);
  // Steps only: whether "next" may be taken now (null: always).
  bool (*can_go_on)(const ScreenContext& c);
};

const ScreenRow& screen_row(ScreenId id);
// The screen at this place in the steps, or null (before the first step: the start screen).
const ScreenRow* step_row(int step);

}  // namespace ui
