// The outcome of evaluating one profile: statuses, exact amounts, and explanation lines kept as structured
// data (numbers and references), turned into zh or en sentences only when rendered.
#pragma once
#include <vector>

#include "money.hpp"
#include "policy.hpp"
#include "profile.hpp"

namespace assess {

// One step of "why": rendered by render_json/render_text into a sentence in the requested language.
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
