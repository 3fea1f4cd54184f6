// The outcome of one enterprise's result in a word, the same on its results screen, in the advisor's list,
// the comparison and the exports: never "ineligible" while a measure still pays (POLICY-ANALYSIS.md §2).
#pragma once
#include "result.hpp"

namespace assess {

enum class Outcome {
  pays,        // an amount, or a measure decided case by case, referred or unspecified
  ineligible,  // a claimed measure, but the conditions fail for every one of them
  nothing,     // nothing claimed (or nothing estimable) yet
};

Outcome outcome_of(const Result& result);

// Whether the enterprise asked for the measure: its status is not not_claimed and it is open to applicants (a
// measure never open to them, such as art. 11's pilot zones, is listed with the measures not claimed). The one
// rule every reader uses to split claimed measures from the others.
bool is_claimed(const MeasureResult& measure);
// "pays", "ineligible", "nothing": for exports.
const char* outcome_name(Outcome outcome);

}  // namespace assess
