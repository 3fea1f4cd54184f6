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
      return r.culprit.empty() ? c.t("num_not_a_number") : c.t("num_not_a_number_char", {r.culprit});
    case assess::NumberError::too_large:
      return amount ? c.t("wan_too_large", {assess::format_yuan(c.policy.limits.yuan_max)})
                    : c.t("bad_count", {std::to_string(c.policy.limits.count_max)});
    default:
      return c.t(std::string("num_") + assess::number_error_name(r.error));
  }
}

}  // namespace ui
