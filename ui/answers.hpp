// The answers being edited: the whole questionnaire as a profile document, the activities ticked, and the
// effective profile (only what the ticked activities and visible questions ask) that is evaluated and saved.
#pragma once
#include <cstdint>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "json.hpp"
#include "policy.hpp"
#include "profile.hpp"

namespace ui {

class Answers {
 public:
  explicit Answers(const assess::Policy& policy) : policy_(&policy), activities_(preselected(policy)) {}

  // Every answer entered, hidden ones included (unticking an activity hides its answers, never drops them).
  assess::Json& all() { return all_; }
  const assess::Json& all() const { return all_; }
  // Call after any edit: a new version, so the result and the autosave follow. Versions are unique across all
  // Answers objects (advisor mode swaps whole sets of answers in and out): equal versions mean equal answers.
  void changed() { version_ = next_version(); }
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
