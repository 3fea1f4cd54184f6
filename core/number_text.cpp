// The table of accepted and refused spellings of amounts and counts (number_text.hpp), read without floating
// point: the digits are taken as written and scaled by a power of ten.
#include "number_text.hpp"

#include <vector>

#include "utf8.hpp"

namespace assess {

namespace {

// One character of the input: what it stands for ('0'–'9', ',', '.', ' ', '-', 'e', 'W' 万, 'Y' 元, 'B' 亿, or
// '?' for anything else) and how it was written, to name it in a message.
struct Symbol {
  char kind;
  std::string written;
};

// The character at s[i], moving i past it (an invalid byte is U+FFFD, one byte long).
char32_t decode(std::string_view s, std::size_t& i) {
  const utf8::Char c = utf8::char_at(s, i);
  i += c.size;
  return c.code_point;
}

char kind_of(char32_t c) {
  if (c >= U'0' && c <= U'9') return static_cast<char>(c);
  if (c >= U'０' && c <= U'９') return static_cast<char>('0' + (c - U'０'));  // full-width digits
  switch (c) {
    case U',':
    case U'，':  // full-width comma, typed with a Chinese keyboard
      return ',';
    case U'.':
    case U'．':  // full-width full stop (not 。, which ends a sentence)
      return '.';
    case U' ':
    case U'\t':
    case U'\u00A0':  // no-break space
    case U'\u2009':  // thin space
    case U'\u202F':  // narrow no-break space, the SI thousands separator
    case U'\u3000':  // ideographic space
      return ' ';
    case U'-':
    case U'\u2212':  // minus sign
    case U'－':      // full-width hyphen-minus
      return '-';
    case U'e':
    case U'E':
    case U'ｅ':
    case U'Ｅ':
      return 'e';
    case U'万':
      return 'W';
    case U'元':
      return 'Y';
    case U'亿':
      return 'B';
    default:
      return '?';
  }
}

std::vector<Symbol> symbols_of(std::string_view text) {
  std::vector<Symbol> out;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const char32_t c = decode(text, i);
    out.push_back({kind_of(c), c == 0xFFFD ? std::string("\uFFFD") : std::string(text.substr(start, i - start))});
  }
  return out;
}

void trim_spaces(std::vector<Symbol>& s) {
  while (!s.empty() && s.back().kind == ' ') s.pop_back();
  std::size_t lead = 0;
  while (lead < s.size() && s[lead].kind == ' ') ++lead;
  s.erase(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(lead));
}

// The unit written after the number, as a power of ten of yuan (-1: none written). "万元" and "万" are 4,
// "元" 0, "亿元" and "亿" 8. The unit is removed from the symbols.
int take_unit(std::vector<Symbol>& s) {
  int power = -1;
  if (!s.empty() && s.back().kind == 'Y') {
    s.pop_back();
    power = 0;
  }
  if (!s.empty() && (s.back().kind == 'W' || s.back().kind == 'B')) {
    power = s.back().kind == 'W' ? 4 : 8;
    s.pop_back();
  }
  trim_spaces(s);  // "300 万" as well as "300万"
  return power;
}

NumberReading fail(NumberError e, std::string culprit = {}) {
  NumberReading r;
  r.error = e;
  r.culprit = std::move(culprit);
  return r;
}

// The plain decimal a text spells: its whole digits and its fraction digits, once separators are checked.
struct Decimal {
  std::string whole;
  std::string fraction;
  bool point = false;
};

// Checks the characters and the separators; fills `d` or says why the text is not one plain decimal.
NumberReading split_decimal(const std::vector<Symbol>& s, Decimal& d) {
  if (s.empty()) return fail(NumberError::empty);
  bool digit = false;
  std::size_t points = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char k = s[i].kind;
    digit = digit || (k >= '0' && k <= '9');
    points += k == '.';
    if (k == '-') {
      // A minus before the first digit is a sign; anywhere else ("3-5", a range) it is not part of a number.
      bool before_digits = true;
      for (std::size_t j = 0; j < i; ++j) before_digits = before_digits && s[j].kind == ' ';
      if (before_digits && i + 1 < s.size()) return fail(NumberError::negative);
      return fail(NumberError::not_a_number, s[i].written);
    }
    if (k == 'e') {
      const auto digit_at = [&](std::size_t j) { return s[j].kind >= '0' && s[j].kind <= '9'; };
      const bool between = i > 0 && i + 1 < s.size() && (s[i - 1].kind == '.' || digit_at(i - 1)) &&
                           (s[i + 1].kind == '-' || s[i + 1].written == "+" || digit_at(i + 1));
      return between ? fail(NumberError::exponent) : fail(NumberError::not_a_number, s[i].written);
    }
    if (k == '?' || k == 'W' || k == 'Y' || k == 'B') return fail(NumberError::not_a_number, s[i].written);
  }
  if (!digit) return fail(NumberError::not_a_number);
  if (points > 1) return fail(NumberError::several_points);

  // Whole part: groups between separators; fraction part: digits only.
  std::vector<std::string> groups(1);
  char separator = 0;
  bool mixed = false;
  std::size_t i = 0;
  for (; i < s.size() && s[i].kind != '.'; ++i) {
    const char k = s[i].kind;
    if (k == ',' || k == ' ') {
      mixed = mixed || (separator != 0 && separator != k);
      separator = k;
      groups.emplace_back();
    } else {
      groups.back() += k;
    }
  }
  d.point = i < s.size();
  for (++i; i < s.size(); ++i) {
    if (s[i].kind == ',') return fail(NumberError::decimal_comma);  // "1.234,5": European notation
    if (s[i].kind == ' ') return fail(NumberError::bad_grouping);
    d.fraction += s[i].kind;
  }
  if (groups.size() > 1) {
    // A single comma followed by one or two digits, and nothing else, is a decimal comma ("1,23", "3,5").
    if (groups.size() == 2 && separator == ',' && !d.point && groups[1].size() >= 1 && groups[1].size() <= 2)
      return fail(NumberError::decimal_comma);
    bool by_three = !mixed && !groups[0].empty() && groups[0].size() <= 3;
    for (std::size_t g = 1; g < groups.size(); ++g) by_three = by_three && groups[g].size() == 3;
    if (!by_three) return fail(NumberError::bad_grouping);
  } else if (d.point && d.fraction.size() == 3 && !groups[0].empty() && groups[0].size() <= 3 && groups[0][0] != '0') {
    // "3.000", "12.345": read as decimals these are 3 and 12.345, but many write 3.000 for three thousand.
    return fail(NumberError::ambiguous_point);
  }
  for (const std::string& g : groups) d.whole += g;
  return fail(NumberError::none);
}

// whole.fraction × 10^power as an integer, if the fraction ends within the power and the value is ≤ max.
NumberReading scaled(const Decimal& d, int power, std::int64_t max, NumberError fraction_error) {
  std::int64_t scale = 1;
  for (int p = 0; p < power; ++p) scale *= 10;
  std::int64_t whole = 0;
  for (char c : d.whole) {
    if (whole > (max - (c - '0')) / 10) return fail(NumberError::too_large);  // stop before overflowing
    whole = whole * 10 + (c - '0');
  }
  if (whole > max / scale) return fail(NumberError::too_large);
  std::int64_t fraction = 0;
  for (std::size_t i = 0; i < d.fraction.size(); ++i) {
    const int digit = d.fraction[i] - '0';
    if (static_cast<int>(i) >= power) {
      if (digit != 0) return fail(fraction_error);  // trailing zeros ("1.00000") change nothing
      continue;
    }
    std::int64_t place = scale;
    for (std::size_t p = 0; p <= i; ++p) place /= 10;
    fraction += digit * place;
  }
  const std::int64_t value = whole * scale;
  if (value > max - fraction) return fail(NumberError::too_large);
  NumberReading r;
  r.error = NumberError::none;
  r.value = value + fraction;
  return r;
}

}  // namespace

NumberReading read_wan_amount(std::string_view text, Yuan max) {
  std::vector<Symbol> s = symbols_of(text);
  trim_spaces(s);
  if (s.empty()) return fail(NumberError::empty);
  int power = take_unit(s);
  if (s.empty()) return fail(NumberError::not_a_number);  // a unit alone: "万元"
  if (power < 0) power = 4;                               // the field's own unit
  Decimal d;
  NumberReading r = split_decimal(s, d);
  if (r.error != NumberError::none) return r;
  return scaled(d, power, max, NumberError::fraction_of_yuan);
}

NumberReading read_count(std::string_view text, std::int64_t max) {
  std::vector<Symbol> s = symbols_of(text);
  trim_spaces(s);
  Decimal d;
  NumberReading r = split_decimal(s, d);
  if (r.error != NumberError::none) return r;
  if (d.point) return fail(NumberError::not_whole);
  return scaled(d, 0, max, NumberError::not_whole);
}

const char* number_error_name(NumberError error) {
  switch (error) {
    case NumberError::none:
      return "none";
    case NumberError::empty:
      return "empty";
    case NumberError::not_a_number:
      return "not_a_number";
    case NumberError::negative:
      return "negative";
    case NumberError::exponent:
      return "exponent";
    case NumberError::fraction_of_yuan:
      return "fraction_of_yuan";
    case NumberError::not_whole:
      return "not_whole";
    case NumberError::ambiguous_point:
      return "ambiguous_point";
    case NumberError::decimal_comma:
      return "decimal_comma";
    case NumberError::bad_grouping:
      return "bad_grouping";
    case NumberError::several_points:
      return "several_points";
    case NumberError::too_large:
      return "too_large";
  }
  return "none";
}

}  // namespace assess
