// What a questionnaire asks, given the answers entered so far: the policy's activities, show_if and prefill_if,
// worked out by the core so that a UI never evaluates conditions itself.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "json.hpp"
#include "policy.hpp"
#include "profile.hpp"

namespace assess {

// The activity a top-level question belongs to, or null when it is asked whatever is ticked.
const Activity* activity_of(const Policy& policy, const Field& question);

// For each top-level question (by index), whether it is asked now: its activity, if any, is among `activities`
// and its show_if holds on `answers` (a profile's "answers" object, possibly half-edited). While the answers
// do not read as a profile (an item half filled in), every show_if counts as holding: nothing is hidden.
std::vector<bool> questions_asked(const Policy& policy, const Json& answers, const std::set<std::string>& activities);

// Whether the policy pre-answers a yes/no field "yes" (Field::prefill_if), given answers read as a profile.
bool prefilled(const Field& field, const Profile& profile);

}  // namespace assess
