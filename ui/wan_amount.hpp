// Amounts as people type them: 万元 (10 000 yuan) with up to 4 decimals, parsed exactly to integer yuan.
#pragma once
#include <string>

#include "money.hpp"

namespace ui {

enum class WanParse { ok, empty, malformed, too_large };

// "800.5" -> 8 005 000; "0.0001" -> 1; commas and spaces are ignored; a sign, exponent or 5th decimal is
// malformed. No floating point: the digits are read as they are.
WanParse parse_wan(const std::string& text, assess::Yuan max, assess::Yuan& out);

// 8 005 000 -> "800.5"; 1 -> "0.0001"; 0 -> "0".
std::string format_wan(assess::Yuan yuan);

}  // namespace ui
