// Formatting of exact amounts; the arithmetic itself is inline in money.hpp.
#include "money.hpp"

namespace assess {

std::string format_yuan(Yuan amount) {
  const bool negative = amount < 0;
  // Work on the unsigned magnitude so INT64_MIN formats too.
  std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(amount) : static_cast<std::uint64_t>(amount);
  std::string digits = std::to_string(magnitude);
  std::string out;
  out.reserve(digits.size() + digits.size() / 3 + 1);
  if (negative) out += '-';
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
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
