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
// "pays", "ineligible", "nothing": for exports.
const char* outcome_name(Outcome outcome);

}  // namespace assess
