// Formatting of exact amounts; the arithmetic itself is inline in money.hpp.
#include "money.hpp"

namespace assess {

std::string format_yuan(Yuan amount) {
  const bool negative = amount < 0;
  // Work on the unsigned magnitude so INT64_MIN formats too. Written backwards into a buffer: 20 digits,
  // 6 commas and a sign at most.
  std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(amount) : static_cast<std::uint64_t>(amount);
  char buf[32];
  char* end = buf + sizeof buf;
  char* p = end;
  int digits = 0;
  do {
    if (digits > 0 && digits % 3 == 0) *--p = ',';
    *--p = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
    ++digits;
  } while (magnitude != 0);
  if (negative) *--p = '-';
  return std::string(p, end);
}

std::string format_wan(Yuan amount) {
  const bool negative = amount < 0;
  const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(amount) : static_cast<std::uint64_t>(amount);
  std::string out = (negative ? "-" : "") + format_yuan(static_cast<Yuan>(magnitude / 10000));
  if (const std::uint64_t fraction = magnitude % 10000; fraction != 0) {
    std::string digits = std::to_string(fraction + 10000).substr(1);  // four digits, leading zeros kept
    while (digits.back() == '0') digits.pop_back();
    out += "." + digits;
  }
  return out;
}

std::string format_percent(std::int64_t rate_bp) {
  std::string out = std::to_string(rate_bp / 100);
  std::int64_t fraction = rate_bp % 100;
  if (fraction != 0) {
    out += '.';
    out += static_cast<char>('0' + fraction / 10);
    if (fraction % 10 != 0) out += static_cast<char>('0' + fraction % 10);
  }
  return out + "%";
}

}  // namespace assess
