// Which questions are asked and pre-answered: the policy's conditions evaluated on the answers so far.
#include "questionnaire.hpp"

#include <nlohmann/json.hpp>

#include "condition_eval.hpp"
#include "profile_reader.hpp"

namespace assess {

const Activity* activity_of(const Policy& policy, const Field& question) {
  for (const Activity& a : policy.activities)
    for (int q : a.questions)
      if (&policy.questions[static_cast<std::size_t>(q)] == &question) return &a;
  return nullptr;
}

std::vector<bool> questions_asked(const Policy& policy, const Json& answers, const std::set<std::string>& activities) {
  // show_if reads other answers: every answer entered so far is read once, as a profile.
  Profile profile;
  Diagnostics ignored;
  const Json doc = {{"format", policy.profile_format_name + "@" + std::to_string(policy.profile_format_version)},
                    {"policy", policy.id},
                    {"answers", answers}};
  const bool read = read_profile_json(policy, doc, profile, ignored);
  std::vector<bool> asked(policy.questions.size(), true);
  for (std::size_t i = 0; i < policy.questions.size(); ++i) {
    const Field& q = policy.questions[i];
    const Activity* a = activity_of(policy, q);
    if (a && activities.count(a->id) == 0)
      asked[i] = false;
    else if (read && q.show_if.op != Condition::Op::always)
      asked[i] = holds(q.show_if, profile.answers, nullptr);
  }
  return asked;
}

bool prefilled(const Field& field, const Profile& profile) {
  return holds(field.prefill_if, profile.answers, nullptr);
}

}  // namespace assess
