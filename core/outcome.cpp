// One rule for the outcome of a result (outcome.hpp), the rule the results screen's headline follows.
#include "outcome.hpp"

namespace assess {

Outcome outcome_of(const Result& result) {
  const Totals& t = result.total;
  if (t.max > 0 || t.case_by_case + t.referral + t.unspecified > 0) return Outcome::pays;
  bool claimed = false;
  for (const MeasureResult& m : result.measures) claimed = claimed || is_claimed(m);
  return !result.eligible && claimed ? Outcome::ineligible : Outcome::nothing;
}

bool is_claimed(const MeasureResult& measure) {
  return measure.status != Status::not_claimed && measure.measure->claim != Measure::Claim::none;
}

const char* outcome_name(Outcome outcome) {
  switch (outcome) {
    case Outcome::pays:
      return "pays";
    case Outcome::ineligible:
      return "ineligible";
    case Outcome::nothing:
      return "nothing";
  }
  return "nothing";
}

}  // namespace assess
