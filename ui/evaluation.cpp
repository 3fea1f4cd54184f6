// Evaluating the answers once per version (evaluation.hpp).
#include "evaluation.hpp"

namespace ui {

bool Evaluation::refresh(const assess::Policy& policy, const Answers& answers) {
  if (version_ == answers.version()) return false;
  version_ = answers.version();
  assess::Diagnostics errors;
  profile_ = assess::Profile();
  valid_ = assess::read_profile_json(policy, answers.effective_profile(), profile_, errors);
  result_ = valid_ ? assess::evaluate(policy, profile_) : assess::Result();
  return true;
}

}  // namespace ui
