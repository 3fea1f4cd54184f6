// What is asked, and the profile that follows from it.
#include "answers.hpp"

#include "condition.hpp"
#include "profile_reader.hpp"

namespace ui {

void Answers::set_activity(const std::string& id, bool on) {
  if (on)
    activities_.insert(id);
  else
    activities_.erase(id);
  changed();
}

const assess::Activity* Answers::activity_of(const assess::Field& question) const {
  for (const assess::Activity& a : policy_->activities)
    for (int q : a.questions)
      if (&policy_->questions[static_cast<std::size_t>(q)] == &question) return &a;
  return nullptr;
}

void Answers::derive() const {
  if (derived_version_ == version_) return;
  derived_version_ = version_;
  ++derivations_;
  const std::string format = policy_->profile_format_name + "@" + std::to_string(policy_->profile_format_version);
  // show_if reads other answers: it is evaluated on every answer entered so far, read once. Answers that do
  // not read (a half-edited list) leave every conditional question asked.
  assess::Profile profile;
  assess::Diagnostics d;
  const bool read =
      assess::read_profile_json(*policy_, {{"format", format}, {"policy", policy_->id}, {"answers", all_}}, profile, d);
  asked_.assign(policy_->questions.size(), true);
  assess::Json answers = assess::Json::object();
  for (std::size_t i = 0; i < policy_->questions.size(); ++i) {
    const assess::Field& q = policy_->questions[i];
    const assess::Activity* a = activity_of(q);
    if (a && !activity(a->id))
      asked_[i] = false;
    else if (q.show_if.op != assess::Condition::Op::always && read)
      asked_[i] = assess::holds(q.show_if, profile.answers, nullptr);
    if (asked_[i] && all_.contains(q.id)) answers[q.id] = all_[q.id];
  }
  effective_ = {{"format", format}, {"policy", policy_->id}, {"answers", std::move(answers)}};
}

bool Answers::asked(const assess::Field& question) const {
  derive();
  return asked_[static_cast<std::size_t>(&question - policy_->questions.data())];
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
