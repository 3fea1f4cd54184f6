// Numbers as people type them into amount (万元) and count fields: which spellings are read, to exactly what,
// and why each other spelling is refused. Nothing is ever guessed: a text that could mean two numbers is refused.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "money.hpp"

namespace assess {

// Why a text is not a number (none: it was read exactly). The UI words each reason; see docs/numbers.md.
enum class NumberError {
  none,
  empty,             // nothing but spaces: no answer, and no error either
  not_a_number,      // a character no number has ("abc", "3k", "¥3", "3-5"), or no digit at all
  negative,          // "-3": amounts and counts are never negative
  exponent,          // "1e3": scientific notation is not how amounts are written on forms
  fraction_of_yuan,  // amounts: a non-zero digit below one yuan ("1.23456" 万元)
  not_whole,         // counts: a decimal point ("2.5")
  ambiguous_point,   // "3.000": one point and exactly three digits could be a thousands separator
  decimal_comma,     // "1,23", "3,5": a comma that could only be a decimal comma
  bad_grouping,      // "1,2,3", "12,34,567", "30 00": separators not every three digits
  several_points,    // "1.2.3"
  too_large,         // above the policy's limit
};

struct NumberReading {
  NumberError error = NumberError::empty;
  std::int64_t value = 0;  // yuan for amounts, the count for counts; only when error == none
  std::string culprit;     // not_a_number: the first character not understood (UTF-8), if any
  bool ok() const { return error == NumberError::none; }
};

// An amount typed in a 万元 field, to exact yuan. A unit written after the number overrides the field's:
// "300万" and "300万元" are 万元, "3000元" is yuan, "1.5亿" is 亿元. Full-width digits and punctuation are read
// as their ASCII twins; commas and spaces are thousands separators only where they group by three.
NumberReading read_wan_amount(std::string_view text, Yuan max);

// A count (people, projects): a whole number from 0 to max, with the same digits and separators.
NumberReading read_count(std::string_view text, std::int64_t max);

// "ambiguous_point" etc.: a stable name for each reason (keys of the UI's messages, test output).
const char* number_error_name(NumberError error);

}  // namespace assess
