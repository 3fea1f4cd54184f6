// JSON number literals read exactly: the significant digits and a power of ten, no floating point.
#include "json_number.hpp"

#include <cstddef>
#include <string>

namespace assess {

namespace {

// The exponent as written, kept within ±10^9 (beyond that, only its sign matters for any literal of at most
// a few MB).
long long read_exponent(std::string_view text) {
  bool minus = false;
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) minus = text[i++] == '-';
  long long e = 0;
  for (; i < text.size(); ++i)
    if (e < 1'000'000'000) e = e * 10 + (text[i] - '0');
  return minus ? -e : e;
}

}  // namespace

JsonNumber read_json_number(std::string_view literal) {
  JsonNumber n;
  const bool minus = !literal.empty() && literal[0] == '-';
  if (minus) literal.remove_prefix(1);
  const std::size_t e_at = literal.find_first_of("eE");
  const long long exponent = e_at == std::string_view::npos ? 0 : read_exponent(literal.substr(e_at + 1));
  const std::string_view mantissa = literal.substr(0, e_at);
  const std::size_t point = mantissa.find('.');
  // The value is digits × 10^scale, digits without leading or trailing zeros.
  std::string digits(mantissa.substr(0, point));
  long long scale = exponent;
  if (point != std::string_view::npos) {
    digits += mantissa.substr(point + 1);
    scale -= static_cast<long long>(mantissa.size() - point - 1);
  }
  const std::size_t first = digits.find_first_not_of('0');
  if (first == std::string::npos) {  // zero, whatever its spelling
    n.whole = n.fits = true;
    return n;
  }
  const std::size_t last = digits.find_last_not_of('0');
  scale += static_cast<long long>(digits.size() - 1 - last);
  digits = digits.substr(first, last - first + 1);
  n.negative = minus;
  n.whole = scale >= 0;
  // The whole part has digits.size() + scale digits (none when that is 0 or less); UINT64_MAX has 20.
  const long long whole_digits = static_cast<long long>(digits.size()) + scale;
  if (whole_digits > 20) return n;
  std::uint64_t value = 0;
  for (long long k = 0; k < whole_digits; ++k) {
    const unsigned digit =
        k < static_cast<long long>(digits.size()) ? static_cast<unsigned>(digits[static_cast<std::size_t>(k)] - '0') : 0;
    if (value > (UINT64_MAX - digit) / 10) return n;  // over UINT64_MAX
    value = value * 10 + digit;
  }
  n.fits = true;
  n.magnitude = value;
  return n;
}

}  // namespace assess
