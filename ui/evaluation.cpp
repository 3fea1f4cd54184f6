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
  presented_.reset();
  return true;
}

const assess::Presented& Evaluation::presented(const assess::Policy& policy, assess::Lang lang, int pending_numbers) const {
  if (!presented_ || presented_version_ != version_ || presented_->lang != lang || presented_pending_ != pending_numbers) {
    presented_ = assess::present(policy, result_, lang, pending_numbers);
    presented_version_ = version_;
    presented_pending_ = pending_numbers;
  }
  return *presented_;
}

}  // namespace ui
