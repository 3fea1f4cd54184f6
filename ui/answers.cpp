// What is asked, the profile that follows from it, and the typed views through which screens edit the answers.
#include "answers.hpp"

#include <cassert>
#include <functional>

#include "questionnaire.hpp"

namespace ui {

void Answers::set_activity(const std::string& id, bool on) {
  if (activity(id) == on) return;
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

const assess::Json* Answers::find(const assess::Json::json_pointer& at) const {
  return all_.contains(at) ? &all_.at(at) : nullptr;
}

assess::Json& Answers::make(const assess::Json::json_pointer& at) {
  assess::Json& place = all_[at];  // a missing group is made here, by its first answer
  if (place.is_null()) place = assess::Json::object();
  return place;
}

const assess::Json* AnswerGroup::find(const assess::Field& field) const {
  const assess::Json* place = answers_->find(at_);
  if (!place || !place->is_object()) return nullptr;
  const auto it = place->find(field.id);
  return it == place->end() ? nullptr : &*it;
}

void AnswerGroup::store(const assess::Field& field, assess::Json value) {
  if (const assess::Json* old = find(field); old && *old == value) return;
  answers_->make(at_)[field.id] = std::move(value);
  answers_->changed();
}

std::optional<bool> AnswerGroup::yes_no(const assess::Field& field) const {
  assert(field.type == assess::FieldType::boolean);
  const assess::Json* v = find(field);
  return v && v->is_boolean() ? std::optional<bool>(v->get<bool>()) : std::nullopt;
}

void AnswerGroup::set_yes_no(const assess::Field& field, bool yes) {
  assert(field.type == assess::FieldType::boolean);
  store(field, yes);
}

std::optional<std::int64_t> AnswerGroup::number(const assess::Field& field) const {
  assert(field.type == assess::FieldType::yuan || field.type == assess::FieldType::count);
  const assess::Json* v = find(field);
  return v && v->is_number_integer() ? std::optional<std::int64_t>(v->get<std::int64_t>()) : std::nullopt;
}

void AnswerGroup::set_number(const assess::Field& field, std::int64_t value) {
  assert(field.type == assess::FieldType::yuan || field.type == assess::FieldType::count);
  store(field, value);
}

std::string AnswerGroup::string_of(const assess::Field& field) const {
  const assess::Json* v = find(field);
  return v && v->is_string() ? v->get<std::string>() : std::string();
}

std::string AnswerGroup::text(const assess::Field& field) const {
  assert(field.type == assess::FieldType::text);
  return string_of(field);
}

void AnswerGroup::set_text(const assess::Field& field, const std::string& text) {
  assert(field.type == assess::FieldType::text);
  if (text.empty())
    clear(field);
  else
    store(field, text);
}

std::string AnswerGroup::choice(const assess::Field& field) const {
  assert(field.type == assess::FieldType::enumeration);
  return string_of(field);
}

void AnswerGroup::set_choice(const assess::Field& field, const std::string& option) {
  assert(field.type == assess::FieldType::enumeration);
  store(field, option);
}

bool AnswerGroup::ticked(const assess::Field& field, const std::string& option) const {
  assert(field.type == assess::FieldType::enum_set);
  const assess::Json* v = find(field);
  if (!v || !v->is_array()) return false;
  for (const assess::Json& e : *v)
    if (e.is_string() && e.get_ref<const std::string&>() == option) return true;
  return false;
}

void AnswerGroup::tick(const assess::Field& field, const std::string& option, bool on) {
  // Rebuilt in the order of the policy's options, whatever order the ticks came in.
  assess::Json set = assess::Json::array();
  for (const assess::Option& o : field.options)
    if (o.value == option ? on : ticked(field, o.value)) set.push_back(o.value);
  store(field, std::move(set));
}

void AnswerGroup::clear(const assess::Field& field) {
  if (!find(field)) return;
  answers_->make(at_).erase(field.id);
  answers_->changed();
}

AnswerGroup AnswerGroup::group(const assess::Field& field) const {
  assert(field.type == assess::FieldType::group);
  return AnswerGroup(*answers_, at_ / field.id);
}

AnswerList AnswerGroup::list(const assess::Field& field) const {
  assert(field.type == assess::FieldType::list);
  return AnswerList(*answers_, at_ / field.id);
}

std::size_t AnswerList::size() const {
  const assess::Json* items = answers_->find(at_);
  return items && items->is_array() ? items->size() : 0;
}

AnswerGroup AnswerList::item(std::size_t index) const {
  assert(index < size());
  return AnswerGroup(*answers_, at_ / index);
}

AnswerGroup AnswerList::add() {
  assess::Json& items = answers_->make(at_.parent_pointer())[at_.back()];
  if (!items.is_array()) items = assess::Json::array();
  items.push_back(assess::Json::object());
  answers_->changed();
  return item(items.size() - 1);
}

void AnswerList::remove(std::size_t index) {
  if (index >= size()) return;
  answers_->make(at_.parent_pointer())[at_.back()].erase(index);
  answers_->changed();
}

}  // namespace ui
