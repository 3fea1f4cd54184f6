// Exact 万元 <-> yuan conversion for the amount fields.
#include "wan_amount.hpp"

namespace ui {

WanParse parse_wan(const std::string& text, assess::Yuan max, assess::Yuan& out) {
  assess::Yuan whole = 0, fraction = 0;
  int fraction_digits = -1;  // -1: no decimal point yet
  bool any_digit = false;
  for (char c : text) {
    if (c == ',' || c == ' ' || c == '\t') continue;
    if (c == '.') {
      if (fraction_digits >= 0) return WanParse::malformed;
      fraction_digits = 0;
      continue;
    }
    if (c < '0' || c > '9') return WanParse::malformed;
    any_digit = true;
    if (fraction_digits >= 0) {
      if (++fraction_digits > 4) return WanParse::malformed;
      fraction = fraction * 10 + (c - '0');
    } else {
      if (whole > max / 10000) return WanParse::too_large;  // already over: stop before overflowing
      whole = whole * 10 + (c - '0');
    }
  }
  if (!any_digit) return fraction_digits >= 0 ? WanParse::malformed : WanParse::empty;
  for (int d = fraction_digits < 0 ? 0 : fraction_digits; d < 4; ++d) fraction *= 10;
  if (whole > max / 10000) return WanParse::too_large;
  assess::Yuan yuan = whole * 10000 + fraction;
  if (yuan > max) return WanParse::too_large;
  out = yuan;
  return WanParse::ok;
}

std::string format_wan(assess::Yuan yuan) {
  std::string out = std::to_string(yuan / 10000);
  assess::Yuan fraction = yuan % 10000;
  if (fraction != 0) {
    std::string digits = std::to_string(fraction + 10000).substr(1);  // 4 digits with leading zeros
    while (!digits.empty() && digits.back() == '0') digits.pop_back();
    out += "." + digits;
  }
  return out;
}

}  // namespace ui
