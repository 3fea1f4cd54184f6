// Why a typed amount or count was refused, in the app's words (the reasons are the core's, number_text.hpp).
#pragma once
#include <string>

#include "number_text.hpp"
#include "screen_context.hpp"

namespace ui {

// "" for a number that reads (or an empty field); amount: a 万元 field, else a count.
std::string number_problem(const ScreenContext& c, const assess::NumberReading& r, bool amount);

}  // namespace ui
