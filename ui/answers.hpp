// The answers being edited: the whole questionnaire as a profile document, the activities ticked, and the
// effective profile (only what the ticked activities and visible questions ask) that is evaluated and saved.
// Screens edit them through typed views keyed by the policy's fields (AnswerGroup, AnswerList), never as JSON:
// every write that changes an answer makes a new version itself, so no screen can forget to.
#pragma once
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "json.hpp"
#include "policy.hpp"
#include "profile.hpp"

namespace ui {

class Answers;
class AnswerList;

// An object of answers: the top level, a group's sub-fields, or one item of a list; each read and write names
// the policy's field. A view: it holds a place in its Answers (which must outlive it), not a copy. Reads of a
// place that has no answer (a group nothing in which is answered yet) find none; the first write creates it.
class AnswerGroup {
 public:
  std::optional<bool> yes_no(const assess::Field& field) const;
  void set_yes_no(const assess::Field& field, bool yes);
  // An amount in yuan or a count.
  std::optional<std::int64_t> number(const assess::Field& field) const;
  void set_number(const assess::Field& field, std::int64_t value);
  // A text; empty when none. Setting an empty text withdraws the answer (an empty name is no name).
  std::string text(const assess::Field& field) const;
  void set_text(const assess::Field& field, const std::string& text);
  // A choice (enum): the option's value, empty when none.
  std::string choice(const assess::Field& field) const;
  void set_choice(const assess::Field& field, const std::string& option);
  // A set of choices (enum_set): whether an option is ticked; ticking keeps the set in the policy's order.
  bool ticked(const assess::Field& field, const std::string& option) const;
  void tick(const assess::Field& field, const std::string& option, bool on);
  // Withdraws the field's answer (a number whose text does not read).
  void clear(const assess::Field& field);
  AnswerGroup group(const assess::Field& field) const;
  AnswerList list(const assess::Field& field) const;

 private:
  friend class Answers;
  friend class AnswerList;
  AnswerGroup(Answers& answers, assess::Json::json_pointer at) : answers_(&answers), at_(std::move(at)) {}
  const assess::Json* find(const assess::Field& field) const;  // the field's answer, or null
  std::string string_of(const assess::Field& field) const;     // a text or choice answer, or ""
  void store(const assess::Field& field, assess::Json value);  // a new version only if the answer differs
  Answers* answers_;
  assess::Json::json_pointer at_;
};

// A list's items (a list question, or a list in a group). Drawing it never creates it: "add" does.
class AnswerList {
 public:
  std::size_t size() const;
  AnswerGroup item(std::size_t index) const;
  AnswerGroup add();  // a new empty item at the end
  void remove(std::size_t index);

 private:
  friend class AnswerGroup;
  AnswerList(Answers& answers, assess::Json::json_pointer at) : answers_(&answers), at_(std::move(at)) {}
  Answers* answers_;
  assess::Json::json_pointer at_;
};

class Answers {
 public:
  explicit Answers(const assess::Policy& policy) : policy_(&policy), activities_(preselected(policy)) {}

  // The answers to edit: the top-level questions.
  AnswerGroup top() { return AnswerGroup(*this, assess::Json::json_pointer()); }
  // Every answer entered, as a document to read whole (hidden ones included: unticking an activity hides its
  // answers, never drops them).
  const assess::Json& all() const { return all_; }
  // Nothing entered yet (a new enterprise, a kiosk nobody has used).
  bool empty() const { return all_.empty(); }
  // A new version after every change, so the result and the autosave follow. Versions are unique across all
  // Answers objects (advisor mode swaps whole sets of answers in and out): equal versions mean equal answers.
  std::uint64_t version() const { return version_; }

  bool activity(const std::string& id) const { return activities_.count(id) != 0; }
  void set_activity(const std::string& id, bool on);

  // Whether a top-level question is asked now: not inside an unticked activity, and its show_if holds.
  bool asked(const assess::Field& question) const;

  // {"format", "policy", "answers"} with only the questions asked now.
  const assess::Json& effective_profile() const;

  // How many times what is asked and the effective profile were worked out: once per version, however many
  // frames read them (for tests).
  std::uint64_t derivations() const { return derivations_; }

  // Replaces everything with a validated profile; ticks every activity that has an answer in it.
  void replace(const assess::Json& profile);
  void clear();

 private:
  friend class AnswerGroup;
  friend class AnswerList;
  // The JSON at a place, or null; and the place, created as an object where missing (for a write).
  const assess::Json* find(const assess::Json::json_pointer& at) const;
  assess::Json& make(const assess::Json::json_pointer& at);
  void changed() { version_ = next_version(); }

  const assess::Policy* policy_;  // a pointer, so that answers can be copied and assigned (advisor mode)
  assess::Json all_ = assess::Json::object();
  std::set<std::string> activities_;
  std::uint64_t version_ = next_version();

  // What follows from the answers, worked out once per version (show_if reads the answers through the core's
  // profile reader, far too much to do per question per frame).
  mutable std::uint64_t derived_version_ = 0;
  mutable std::vector<bool> asked_;  // by top-level question index
  mutable assess::Json effective_;
  mutable std::uint64_t derivations_ = 0;
  void derive() const;

  static std::uint64_t next_version() {
    static std::uint64_t last = 0;
    return ++last;
  }

  // The activities the policy ticks at the start (Activity::preselected).
  static std::set<std::string> preselected(const assess::Policy& policy);
};

}  // namespace ui
