// The outcome of evaluating one profile: statuses, exact amounts, and explanation lines kept as structured
// data (numbers and references), turned into zh or en sentences only when rendered.
#pragma once
#include <cstdint>
#include <vector>

#include "money.hpp"
#include "policy.hpp"
#include "profile.hpp"

namespace assess {

// One step of "why": rendered by render_json/render_text into a sentence in the requested language. Made by
// the named constructor of its kind.
struct Line {
  enum class Kind {
    gate_failed,   // ref = gate index
    reason,        // rule = the rule whose reason applies
    fixed,         // amount = the max formula; a = min, b = max
    per_count,     // a = per item, b = count, c = a * b
    rate,          // amount; which; a = base, b = raw, c = result (after cap)
    base_terms,    // amount: the sum of its base fields in the item
    excluded,      // amount: its group's fields left out of the base
    netting,       // a = other support, b/c = min/max before, d/e = after
    superseded,    // ref = measure index, ref2 = item index of the one that stands; a = own max, b = its max
    summary,       // a = items, b = items with an estimate
    precondition,  // ref = measure index: the authorities' decision its figures depend on
    unanswered,    // the item's questions its outcome waits on (ItemResult::unanswered)
  } kind = Kind::reason;
  enum class Which { both, lower, upper } which = Which::both;
  int ref = -1;
  int ref2 = -1;
  Yuan a = 0, b = 0, c = 0, d = 0, e = 0;
  const Amount* amount = nullptr;
  const Rule* rule = nullptr;

  // A gate of the policy (its index) that the measure needs and the enterprise does not meet.
  static Line gate_failed(int gate) {
    Line l{Kind::gate_failed};
    l.ref = gate;
    return l;
  }
  // The outcome of a rule without a figure, in the rule's own words.
  static Line reason(const Rule& rule) {
    Line l{Kind::reason};
    l.rule = &rule;
    return l;
  }
  // Fixed amounts: min to max (max_formula is the rule's max).
  static Line fixed(const Amount& max_formula, Yuan min, Yuan max) {
    Line l{Kind::fixed};
    l.amount = &max_formula;
    l.a = min;
    l.b = max;
    return l;
  }
  // A count measure: per_item × count = product.
  static Line per_count(Yuan per_item, std::int64_t count, Yuan product) {
    Line l{Kind::per_count};
    l.a = per_item;
    l.b = count;
    l.c = product;
    return l;
  }
  // A rate formula for one bound (which): base × rate = raw (rounded down), result = raw within the cap.
  static Line rate(const Amount& formula, Which which, Yuan base, Yuan raw, Yuan result) {
    Line l{Kind::rate};
    l.amount = &formula;
    l.which = which;
    l.a = base;
    l.b = raw;
    l.c = result;
    return l;
  }
  // The fields a rate formula's base adds up, as they stand in the item.
  static Line base_terms(const Amount& formula) { return about(Kind::base_terms, formula); }
  // The fields of the formula's group left out of its base.
  static Line excluded(const Amount& formula) { return about(Kind::excluded, formula); }
  // Other support for the same item taken off its range.
  static Line netting(Yuan other, Yuan min_before, Yuan max_before, Yuan min_after, Yuan max_after) {
    Line l{Kind::netting};
    l.a = other;
    l.b = min_before;
    l.c = max_before;
    l.d = min_after;
    l.e = max_after;
    return l;
  }
  // An item set aside (就高不重复) for the item that stands: its measure and item index, and both maxima.
  static Line superseded(int measure, int item, Yuan own_max, Yuan stands_max) {
    Line l{Kind::superseded};
    l.ref = measure;
    l.ref2 = item;
    l.a = own_max;
    l.b = stands_max;
    return l;
  }
  // A list measure's items, and how many of them have an estimate.
  static Line summary(std::int64_t items, std::int64_t estimates) {
    Line l{Kind::summary};
    l.a = items;
    l.b = estimates;
    return l;
  }
  // The authorities' decision a measure's (its index) figures depend on.
  static Line precondition(int measure) {
    Line l{Kind::precondition};
    l.ref = measure;
    return l;
  }
  // The item's questions its outcome waits on (ItemResult::unanswered).
  static Line unanswered() { return Line{Kind::unanswered}; }

 private:
  // A line whose only term is a formula.
  static Line about(Kind kind, const Amount& formula) {
    Line l{kind};
    l.amount = &formula;
    return l;
  }
};

struct ItemResult {
  int index = 0;
  Status status = Status::not_claimed;
  Yuan min = 0, max = 0;
  std::vector<Line> lines;
  int superseded_by_measure = -1;  // when superseded: the measure and item that stand
  int superseded_by_item = -1;
  const Item* source = nullptr;  // the answers this item was evaluated from
  // The item's questions, not yet answered, that a rule read on the way to a status without a figure: the
  // outcome may change once they are answered, so it is "waiting for an answer", not a verdict.
  std::vector<const Field*> unanswered;
};

struct MeasureResult {
  const Measure* measure = nullptr;
  Status status = Status::not_claimed;
  Yuan min = 0, max = 0;
  std::vector<Line> lines;
  std::vector<ItemResult> items;  // list measures only
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
};

// Status names as in the result format ("estimate", "case_by_case", ...).
const char* status_name(Status s);

}  // namespace assess
