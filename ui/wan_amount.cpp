// Exact yuan shown as 万元 in the amount fields and the results.
#include "wan_amount.hpp"

namespace ui {

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

std::string format_wan_grouped(assess::Yuan yuan) {
  const std::string w = format_wan(yuan);
  const std::size_t dot = w.find('.');
  const std::string whole = assess::format_yuan(yuan / 10000);
  return dot == std::string::npos ? whole : whole + w.substr(dot);
}

}  // namespace ui
