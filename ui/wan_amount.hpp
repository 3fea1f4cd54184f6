// Amounts shown in 万元 (10 000 yuan), exactly: reading typed text is the core's (number_text.hpp).
#pragma once
#include <string>

#include "money.hpp"

namespace ui {

// 8 005 000 -> "800.5"; 1 -> "0.0001"; 0 -> "0" (the text of an amount field, as it is typed).
std::string format_wan(assess::Yuan yuan);
// The same for reading, thousands grouped as the app writes yuan: 12 800 000 000 -> "1,280,000"; 8 005 000 -> "800.5".
std::string format_wan_grouped(assess::Yuan yuan);

}  // namespace ui
