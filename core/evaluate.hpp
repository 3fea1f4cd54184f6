// Evaluating a validated profile against a loaded policy. Pure and fast: no parsing, no text.
#pragma once
#include "policy.hpp"
#include "profile.hpp"
#include "result.hpp"

namespace assess {

// The result for every measure of the policy, in the policy's order. The result points into both
// arguments (for rendering), so both must outlive it.
Result evaluate(const Policy& policy, const Profile& profile);

}  // namespace assess
