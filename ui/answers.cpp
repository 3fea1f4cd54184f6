// What is asked, and the profile that follows from it.
#include "answers.hpp"

#include <functional>

#include "questionnaire.hpp"

namespace ui {

void Answers::set_activity(const std::string& id, bool on) {
  if (on)
    activities_.insert(id);
  else
    activities_.erase(id);
  changed();
}

void Answers::derive() const {
  if (derived_version_ == version_) return;
  derived_version_ = version_;
  ++derivations_;
  asked_ = assess::questions_asked(*policy_, all_, activities_);
  assess::Json answers = assess::Json::object();
  for (std::size_t i = 0; i < policy_->questions.size(); ++i) {
    const assess::Field& q = policy_->questions[i];
    if (asked_[i] && all_.contains(q.id)) answers[q.id] = all_[q.id];
  }
  effective_ = {{"format", policy_->profile_format_name + "@" + std::to_string(policy_->profile_format_version)},
                {"policy", policy_->id},
                {"answers", std::move(answers)}};
}

bool Answers::asked(const assess::Field& question) const {
  derive();
  // By its place in the policy's questions; a field that is not one of them (a list's field) is always asked.
  const assess::Field* first = policy_->questions.data();
  const std::less<const assess::Field*> before;
  if (before(&question, first) || !before(&question, first + asked_.size())) return true;
  return asked_[static_cast<std::size_t>(&question - first)];
}

const assess::Json& Answers::effective_profile() const {
  derive();
  return effective_;
}

void Answers::replace(const assess::Json& profile) {
  all_ = profile.contains("answers") ? profile["answers"] : assess::Json::object();
  activities_ = preselected(*policy_);
  for (const assess::Activity& a : policy_->activities)
    for (int qi : a.questions) {
      const assess::Field& q = policy_->questions[static_cast<std::size_t>(qi)];
      if (!all_.contains(q.id)) continue;
      const assess::Json& v = all_[q.id];
      bool has_value = (v.is_boolean() && v.get<bool>()) || (v.is_number() && v.get<double>() != 0) ||
                       (v.is_array() && !v.empty()) || (v.is_string() && !v.get<std::string>().empty());
      if (has_value) activities_.insert(a.id);
    }
  changed();
}

std::set<std::string> Answers::preselected(const assess::Policy& policy) {
  std::set<std::string> ids;
  for (const assess::Activity& a : policy.activities)
    if (a.preselected) ids.insert(a.id);
  return ids;
}

void Answers::clear() {
  all_ = assess::Json::object();
  activities_ = preselected(*policy_);
  changed();
}

}  // namespace ui
