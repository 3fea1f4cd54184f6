// The outcome of evaluating one profile: statuses, exact amounts, and explanation lines kept as structured
// data (numbers and references), turned into zh or en sentences only when rendered.
#pragma once
#include <cassert>
#include <cstdint>
#include <type_traits>
#include <vector>

#include "money.hpp"
#include "policy.hpp"
#include "profile.hpp"

namespace assess {

// One step of "why": rendered by render_json/render_text into a sentence in the requested language. Made by the
// named constructor of its kind and read through that kind's accessors, which name each number. The numbers of
// the kinds share one union: a line stays small and is copied as bytes (evaluating allocates nothing per line).
class Line {
 public:
  enum class Kind {
    gate_failed,   // gate(): a gate the measure needs that the enterprise does not meet
    reason,        // rule(): the rule whose reason applies
    fixed,         // amount() = the max formula; as_fixed(): min to max
    per_count,     // as_per_count(): per item × count = product
    rate,          // amount(); as_rate(): which bound, base, raw, result (after the cap)
    base_terms,    // amount(): the sum of its base fields in the item
    excluded,      // amount(): its group's fields left out of the base
    netting,       // as_netting(): other support, the range before and after
    superseded,    // as_superseded(): the item that stands (measure, item), own max, its max
    summary,       // as_summary(): items, items with an estimate
    precondition,  // measure(): the authorities' decision its figures depend on
    unanswered,    // measure(): the questions its outcome waits on (an item's when -1, else that measure's)
  };
  // Which bound of the range a rate line computes (both: min and max are the same formula).
  enum class Which { both, lower, upper };

  struct Fixed {
    Yuan min, max;
  };
  struct PerCount {
    Yuan per_item;
    std::int64_t count;
    Yuan product;  // per_item × count
  };
  struct Rate {
    Which which;
    Yuan base;
    Yuan raw;     // base × rate, rounded down
    Yuan result;  // raw within the cap
  };
  struct Netting {
    Yuan other;  // the other support taken off
    Yuan min_before, max_before, min_after, max_after;
  };
  struct Superseded {
    int measure, item;  // the one that stands (indices)
    Yuan own_max, stands_max;
  };
  struct Summary {
    std::int64_t items, estimates;  // estimates: the items with an estimate
  };

  // A gate of the policy (its index) that the measure needs and the enterprise does not meet.
  static Line gate_failed(int gate) { return Line(Kind::gate_failed, Terms(gate)); }
  // The outcome of a rule without a figure, in the rule's own words.
  static Line reason(const Rule& rule) { return Line(Kind::reason, Terms(), nullptr, &rule); }
  // Fixed amounts: min to max (max_formula is the rule's max).
  static Line fixed(const Amount& max_formula, Yuan min, Yuan max) { return Line(Kind::fixed, Fixed{min, max}, &max_formula); }
  // A count measure: per_item × count = product.
  static Line per_count(Yuan per_item, std::int64_t count, Yuan product) {
    return Line(Kind::per_count, PerCount{per_item, count, product});
  }
  // A rate formula for one bound (which): base × rate = raw (rounded down), result = raw within the cap.
  static Line rate(const Amount& formula, Which which, Yuan base, Yuan raw, Yuan result) {
    return Line(Kind::rate, Rate{which, base, raw, result}, &formula);
  }
  // The fields a rate formula's base adds up, as they stand in the item.
  static Line base_terms(const Amount& formula) { return Line(Kind::base_terms, Terms(), &formula); }
  // The fields of the formula's group left out of its base.
  static Line excluded(const Amount& formula) { return Line(Kind::excluded, Terms(), &formula); }
  // Other support for the same item taken off its range.
  static Line netting(Yuan other, Yuan min_before, Yuan max_before, Yuan min_after, Yuan max_after) {
    return Line(Kind::netting, Netting{other, min_before, max_before, min_after, max_after});
  }
  // An item set aside (就高不重复) for the item that stands: its measure and item index, and both maxima.
  static Line superseded(int measure, int item, Yuan own_max, Yuan stands_max) {
    return Line(Kind::superseded, Superseded{measure, item, own_max, stands_max});
  }
  // A list measure's items, and how many of them have an estimate.
  static Line summary(std::int64_t items, std::int64_t estimates) { return Line(Kind::summary, Summary{items, estimates}); }
  // The authorities' decision a measure's (its index) figures depend on.
  static Line precondition(int measure) { return Line(Kind::precondition, Terms(measure)); }
  // The questions its outcome waits on: the item's (ItemResult::unanswered; measure -1), or, for a measure without
  // items, the measure's (its index; MeasureResult::unanswered).
  static Line unanswered(int measure) { return Line(Kind::unanswered, Terms(measure)); }

  Kind kind() const { return kind_; }
  int gate() const { return of(Kind::gate_failed, terms_.index); }
  int measure() const {
    assert(kind_ == Kind::precondition || kind_ == Kind::unanswered);
    return terms_.index;
  }
  const Rule& rule() const { return *of(Kind::reason, rule_); }
  const Amount& amount() const {
    assert(amount_);  // fixed, rate, base_terms, excluded
    return *amount_;
  }
  const Fixed& as_fixed() const { return of(Kind::fixed, terms_.fixed); }
  const PerCount& as_per_count() const { return of(Kind::per_count, terms_.per_count); }
  const Rate& as_rate() const { return of(Kind::rate, terms_.rate); }
  const Netting& as_netting() const { return of(Kind::netting, terms_.netting); }
  const Superseded& as_superseded() const { return of(Kind::superseded, terms_.superseded); }
  const Summary& as_summary() const { return of(Kind::summary, terms_.summary); }

 private:
  // The numbers of this line's kind: the member its constructor set, the only one read.
  union Terms {
    Terms() : index(0) {}
    Terms(int i) : index(i) {}  // gate_failed: the gate; precondition, unanswered: the measure
    Terms(Fixed f) : fixed(f) {}
    Terms(PerCount p) : per_count(p) {}
    Terms(Rate r) : rate(r) {}
    Terms(Netting n) : netting(n) {}
    Terms(Superseded s) : superseded(s) {}
    Terms(Summary s) : summary(s) {}
    int index;
    Fixed fixed;
    PerCount per_count;
    Rate rate;
    Netting netting;
    Superseded superseded;
    Summary summary;
  };

  Line(Kind kind, Terms terms, const Amount* amount = nullptr, const Rule* rule = nullptr)
      : kind_(kind), terms_(terms), amount_(amount), rule_(rule) {}

  // What an accessor returns, once a debug build has checked that the line is of the kind it is for.
  template <typename T>
  const T& of(Kind kind, const T& terms) const {
    assert(kind_ == kind);
    static_cast<void>(kind);
    return terms;
  }

  Kind kind_;
  Terms terms_;
  const Amount* amount_;
  const Rule* rule_;
};
static_assert(std::is_trivially_copyable<Line>::value, "a line is copied as bytes, with nothing to allocate or free");

// An answer that would change an outcome that pays nothing (POLICY-ANALYSIS §4b): the question, the condition it
// must meet in the policy's words (a gate's label, or the deciding rule's `needs`), and whether it was answered at
// all (a question not answered is awaited, not refused).
struct Need {
  const Field* field = nullptr;  // the enterprise's question (Field::scope answers) or the item's field (scope item)
  const Text* condition = nullptr;
  const Gate* gate = nullptr;    // the gate, when the need is one (its article or the policy's scope frames the words)
  const Value* value = nullptr;  // the answer as given (in the profile the result was evaluated from)
  bool answered = false;
};

struct ItemResult {
  int index = 0;
  Status status = Status::not_claimed;
  Yuan min = 0, max = 0;
  const Rule* rule = nullptr;  // the rule that decided it (before 就高不重复)
  std::vector<Line> lines;
  int superseded_by_measure = -1;  // when superseded: the measure and item that stand
  int superseded_by_item = -1;
  const Item* source = nullptr;  // the answers this item was evaluated from
  // The questions not yet answered that a rule read on the way to a status without a figure (the item's own fields
  // and the enterprise's: Field::scope): the outcome may change once they are answered, so it is "waiting for an
  // answer", not a verdict.
  std::vector<const Field*> unanswered;
  std::vector<Need> needs;  // a status without a figure: the answers that decided it (empty for an estimate)
  // An estimate by a rate formula whose upper amount is under its cap: the least extra base (before netting) that
  // brings the upper amount to the cap after rounding down; 0 when there is none (at the cap, a fixed amount, or
  // other support for the item of at least the cap).
  Yuan to_cap = 0;
};

struct MeasureResult {
  const Measure* measure = nullptr;
  Status status = Status::not_claimed;
  Yuan min = 0, max = 0;
  const Rule* rule = nullptr;  // measures without items: the rule that decided it
  std::vector<Line> lines;
  std::vector<ItemResult> items;  // list measures only
  // The failed gates that apply to this measure (its exemptions read against the answers), claimed or not: a
  // gate's failure "does not affect" a measure only when this is empty.
  std::vector<int> stopped_by;
  // The enterprise's questions not yet answered that its outcome (or one of its items') waits on: gates, and
  // questions such as ai_leading_enterprise. Empty when a "no" the user gave decides it anyway.
  std::vector<const Field*> unanswered;
  std::vector<Need> needs;              // the failed gates that stop it, or (no items) the answers its rule was decided by
  Yuan to_cap = 0;                      // measures without items: as ItemResult::to_cap
  bool precondition_confirmed = false;  // the answers confirm its precondition (Measure::precondition_confirmed_by)
};

struct Totals {
  Yuan min = 0, max = 0;
  int case_by_case = 0, referral = 0, unspecified = 0;  // outcomes (items, or measures without items)
};

struct Result {
  bool eligible = true;
  std::vector<int> gate_failures;     // gate indices, in policy order
  std::vector<int> unanswered_gates;  // gate indices whose question was not answered
  std::vector<MeasureResult> measures;
  Totals total;

  // Whether a gate's question was answered: a failed gate not answered is awaited, not refused.
  bool gate_answered(int gate) const;
};

// Status names as in the result format ("estimate", "case_by_case", ...).
const char* status_name(Status s);

}  // namespace assess
