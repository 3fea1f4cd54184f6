// Amounts shown in 万元 (10 000 yuan), exactly: reading typed text is the core's (number_text.hpp).
#pragma once
#include <string>

#include "money.hpp"

namespace ui {

// 8 005 000 -> "800.5"; 1 -> "0.0001"; 0 -> "0".
std::string format_wan(assess::Yuan yuan);

}  // namespace ui
