// Why a typed number was refused, worded from the strings file.
#include "number_problem.hpp"

namespace ui {

// Why a typed number was refused, in the words of the strings file (amount: a 万元 field; else a count).
std::string number_problem(const ScreenContext& c, const assess::NumberReading& r, bool amount) {
  switch (r.error) {
    case assess::NumberError::none:
    case assess::NumberError::empty:
      return {};
    case assess::NumberError::not_a_number:
      return r.culprit.empty() ? c.t(Str::num_not_a_number) : c.t(Str::num_not_a_number_char, {r.culprit});
    case assess::NumberError::too_large:
      return amount ? c.t(Str::wan_too_large, {assess::format_yuan(c.policy.limits.yuan_max)})
                    : c.t(Str::bad_count, {std::to_string(c.policy.limits.count_max)});
    case assess::NumberError::negative:
      return c.t(Str::num_negative);
    case assess::NumberError::exponent:
      return c.t(Str::num_exponent);
    case assess::NumberError::fraction_of_yuan:
      return c.t(Str::num_fraction_of_yuan);
    case assess::NumberError::not_whole:
      return c.t(Str::num_not_whole);
    case assess::NumberError::ambiguous_point:
      return c.t(Str::num_ambiguous_point);
    case assess::NumberError::decimal_comma:
      return c.t(Str::num_decimal_comma);
    case assess::NumberError::bad_grouping:
      return c.t(Str::num_bad_grouping);
    case assess::NumberError::several_points:
      return c.t(Str::num_several_points);
  }
  return {};  // not reached: every reason is named above, and -Wswitch names a new one
}

}  // namespace ui
