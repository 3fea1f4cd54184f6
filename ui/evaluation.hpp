// The answers evaluated: the profile read from their document (no text is made: the core replays it into its
// reader) and the core's result, worked out once per version of the answers, however many frames and views read
// it. The answers on screen have one (Session::evaluation), and so has each of an advisor's enterprises.
#pragma once
#include <cstdint>
#include <optional>

#include "answers.hpp"
#include "assess.hpp"
#include "presented.hpp"

namespace ui {

class Evaluation {
 public:
  Evaluation() = default;
  // The result points into its own profile: moving keeps those pointers (the profile's items stay where they
  // are), a copy would not, so there is none.
  Evaluation(Evaluation&&) = default;
  Evaluation& operator=(Evaluation&&) = default;
  Evaluation(const Evaluation&) = delete;
  Evaluation& operator=(const Evaluation&) = delete;

  // Evaluates `answers` when they changed since the last call (their version); true when it did.
  bool refresh(const assess::Policy& policy, const Answers& answers);
  // Whether the answers read as a profile; a result exists only then (an item half filled in may not read).
  bool valid() const { return valid_; }
  const assess::Profile& profile() const { return profile_; }
  const assess::Result& result() const { return result_; }
  // The version of the answers evaluated (0: none yet).
  std::uint64_t version() const { return version_; }
  // What is shown of the result, worded in `lang` (core/presented.hpp: the headline, gates, cards, what it would
  // take): made once per version, language and count of numbers not read, however many views read it each frame.
  // Only when valid(). It points into the result, which moves with the Evaluation (its vectors' storage with it).
  const assess::Presented& presented(const assess::Policy& policy, assess::Lang lang, int pending_numbers) const;

 private:
  std::uint64_t version_ = 0;
  bool valid_ = false;
  assess::Profile profile_;
  assess::Result result_;
  // A cache of what the result already says (mutable: reading it changes nothing a reader could see).
  mutable std::optional<assess::Presented> presented_;
  mutable std::uint64_t presented_version_ = 0;
  mutable int presented_pending_ = 0;
};

}  // namespace ui
