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

bool Answers::asked(const assess::Field& question) const {
  const assess::Activity* a = activity_of(question);
  if (a && !activity(a->id)) return false;
  if (question.show_if.op == assess::Condition::Op::always) return true;
  // show_if reads other answers: evaluate it on the answers entered so far.
  assess::Json doc = {{"format", policy_->profile_format_name + "@" + std::to_string(policy_->profile_format_version)},
                      {"policy", policy_->id},
                      {"answers", all_}};
  assess::Profile profile;
  assess::Diagnostics d;
  if (!assess::read_profile_json(*policy_, doc, profile, d)) return true;
  return assess::holds(question.show_if, profile.answers, nullptr);
}

assess::Json Answers::effective_profile() const {
  assess::Json answers = assess::Json::object();
  for (const assess::Field& q : policy_->questions)
    if (all_.contains(q.id) && asked(q)) answers[q.id] = all_[q.id];
  return {{"format", policy_->profile_format_name + "@" + std::to_string(policy_->profile_format_version)},
          {"policy", policy_->id},
          {"answers", answers}};
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
