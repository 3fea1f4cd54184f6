// The rules: gates (art. 17 and scope), each measure's first matching rule, amounts in exact yuan,
// cross-policy netting, then the overlap groups (就高不重复 within the policy), then totals.
#include "evaluate.hpp"

#include <algorithm>

#include "condition_eval.hpp"
#include "overlap.hpp"

namespace assess {

const char* status_name(Status s) {
  switch (s) {
    case Status::estimate:
      return "estimate";
    case Status::case_by_case:
      return "case_by_case";
    case Status::referral:
      return "referral";
    case Status::unspecified:
      return "unspecified";
    case Status::superseded:
      return "superseded";
    case Status::not_applicable:
      return "not_applicable";
    case Status::ineligible:
      return "ineligible";
    case Status::not_claimed:
      return "not_claimed";
  }
  return "";
}

namespace {

const Value& read(const ValueRef& ref, const Profile& profile, const Item* item) {
  return ref.scope == ValueRef::Scope::answers ? profile.answers[static_cast<std::size_t>(ref.slot)]
                                               : item->values[static_cast<std::size_t>(ref.slot)];
}

// The amount a formula gives, and the arithmetic line that shows it.
Yuan compute(const Amount& a, const Profile& profile, const Item* item, Line::Which which, std::vector<Line>& lines) {
  if (a.kind == Amount::Kind::fixed) return a.fixed;
  Yuan base = 0;
  for (const ValueRef& r : a.base) base += read(r, profile, item).number;
  const Yuan raw = apply_rate(base, a.rate_bp);
  const Yuan result = std::min(raw, a.cap);
  lines.push_back(Line::rate(a, which, base, raw, result));
  return result;
}

// Applies a rule's amounts to `out`, writing the arithmetic. `count` multiplies fixed amounts (count measures).
void apply_estimate(const Rule& rule, const Profile& profile, const Item* item, std::int64_t count, Yuan& min, Yuan& max,
                    std::vector<Line>& lines) {
  const Amount& lo = rule.min;
  const Amount& hi = rule.max;
  const bool rate_shown = lo.kind == Amount::Kind::rate || hi.kind == Amount::Kind::rate;
  if (rate_shown) {
    const Amount& shown = hi.kind == Amount::Kind::rate ? hi : lo;
    if (shown.base.size() > 1) lines.push_back(Line::base_terms(shown));
    if (!shown.excluded.empty()) lines.push_back(Line::excluded(shown));
  }
  if (lo.same_as(hi)) {
    min = max = compute(hi, profile, item, Line::Which::both, lines);
  } else {
    bool lower_is_zero = lo.kind == Amount::Kind::fixed && lo.fixed == 0;
    min = lower_is_zero ? 0 : compute(lo, profile, item, Line::Which::lower, lines);
    max = compute(hi, profile, item, lower_is_zero ? Line::Which::both : Line::Which::upper, lines);
  }
  if (count > 0) {
    // Count measures: the per-item amounts (fixed by the loader's checks) times the count.
    lines.push_back(Line::per_count(max, count, max * count));
    min *= count;
    max *= count;
  } else if (!rate_shown) {
    lines.push_back(Line::fixed(hi, min, max));
  }
}

const Rule& first_rule(const Measure& m, const Profile& profile, const Item* item) {
  for (const Rule& r : m.rules)
    if (holds(r.when, profile.answers, item)) return r;
  return m.rules.back();  // the loader guarantees the last rule is unconditional
}

// A status without a figure reached through a question of the item not yet answered (a project just added) is
// waiting for that answer: every rule tried on the way, the deciding one included, could have gone otherwise.
void note_unanswered(const Measure& m, const Rule& decided, const Profile& profile, const Item& item, ItemResult& out) {
  for (const Rule& r : m.rules) {
    unanswered_item_fields(r.when, profile.answers, item, out.unanswered);
    if (&r == &decided) break;
  }
  if (!out.unanswered.empty()) out.lines.push_back(Line::unanswered());
}

void net_other_support(const Measure& m, ItemResult& item) {
  if (m.netting_slot < 0 || item.status != Status::estimate) return;
  Yuan other = item.source->values[static_cast<std::size_t>(m.netting_slot)].number;
  if (other <= 0) return;
  const Yuan min_before = item.min, max_before = item.max;
  item.min = std::max<Yuan>(0, item.min - other);
  item.max = std::max<Yuan>(0, item.max - other);
  item.lines.push_back(Line::netting(other, min_before, max_before, item.min, item.max));
}

bool claimed(const Measure& m, const Profile& profile) {
  switch (m.claim) {
    case Measure::Claim::none:
      return true;
    case Measure::Claim::any_true:
      for (int slot : m.claim_slots)
        if (profile.answers[static_cast<std::size_t>(slot)].number != 0) return true;
      return false;
    case Measure::Claim::count:
      return profile.answers[static_cast<std::size_t>(m.claim_slots[0])].number > 0;
    case Measure::Claim::list:
      return !profile.answers[static_cast<std::size_t>(m.claim_slots[0])].items.empty();
  }
  return false;
}

void evaluate_measure(const Profile& profile, const Result& result, MeasureResult& out) {
  const Measure& m = *out.measure;
  if (m.claim != Measure::Claim::none && !claimed(m, profile)) return;  // stays not_claimed
  if (m.claim != Measure::Claim::none) {
    for (int g : m.gates) {
      if (std::find(result.gate_failures.begin(), result.gate_failures.end(), g) == result.gate_failures.end()) continue;
      out.status = Status::ineligible;
      out.lines.push_back(Line::gate_failed(g));
    }
    if (out.status == Status::ineligible) return;
  }
  if (m.claim != Measure::Claim::list) {
    const Rule& rule = first_rule(m, profile, nullptr);
    out.status = rule.status;
    if (rule.status == Status::estimate) {
      std::int64_t count =
          m.claim == Measure::Claim::count ? profile.answers[static_cast<std::size_t>(m.claim_slots[0])].number : 0;
      apply_estimate(rule, profile, nullptr, count, out.min, out.max, out.lines);
    } else {
      out.lines.push_back(Line::reason(rule));
    }
    return;
  }
  const std::vector<Item>& items = profile.answers[static_cast<std::size_t>(m.claim_slots[0])].items;
  out.items.resize(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    ItemResult& it = out.items[i];
    it.index = static_cast<int>(i);
    it.source = &items[i];
    const Rule& rule = first_rule(m, profile, &items[i]);
    it.status = rule.status;
    if (rule.status == Status::estimate) {
      apply_estimate(rule, profile, &items[i], 0, it.min, it.max, it.lines);
    } else {
      note_unanswered(m, rule, profile, items[i], it);
      it.lines.push_back(Line::reason(rule));
    }
    net_other_support(m, it);
  }
}

// A list measure's status is the best of its items; its amounts are the sums of its estimate items.
void summarise_items(MeasureResult& mr) {
  if (mr.measure->claim != Measure::Claim::list || mr.items.empty()) return;
  Status best = Status::ineligible;
  Yuan min = 0, max = 0;
  int estimates = 0;
  for (const ItemResult& it : mr.items) {
    best = std::min(best, it.status);  // Status is declared best-first
    if (it.status == Status::estimate) {
      min += it.min;
      max += it.max;
      ++estimates;
    }
  }
  mr.status = best;
  mr.min = min;
  mr.max = max;
  mr.lines.assign(1, Line::summary(static_cast<std::int64_t>(mr.items.size()), estimates));
}

// A measure whose figures depend on the authorities' decision (遴选, 择优, 经认定…) says so first, whenever it
// has an outcome the applicant could get (not when it is ineligible, not applicable or wholly superseded).
void state_precondition(const Policy& policy, MeasureResult& mr) {
  const Measure& m = *mr.measure;
  if (m.precondition.zh.empty()) return;
  if (mr.status != Status::estimate && mr.status != Status::case_by_case && mr.status != Status::referral &&
      mr.status != Status::unspecified)
    return;
  mr.lines.insert(mr.lines.begin(), Line::precondition(static_cast<int>(&m - policy.measures.data())));
}

}  // namespace

Result evaluate(const Policy& policy, const Profile& profile) {
  Result result;
  for (std::size_t g = 0; g < policy.gates.size(); ++g) {
    const Value& v = profile.answers[static_cast<std::size_t>(policy.gates[g].slot)];
    if (!v.answered) result.unanswered_gates.push_back(static_cast<int>(g));
    if (v.number == 0) result.gate_failures.push_back(static_cast<int>(g));
  }
  result.eligible = result.gate_failures.empty();
  result.measures.resize(policy.measures.size());
  for (std::size_t i = 0; i < policy.measures.size(); ++i) {
    result.measures[i].measure = &policy.measures[i];
    evaluate_measure(profile, result, result.measures[i]);
  }
  resolve_overlaps(policy, result);
  for (MeasureResult& mr : result.measures) {
    summarise_items(mr);
    state_precondition(policy, mr);
    if (mr.measure->claim == Measure::Claim::list) {
      for (const ItemResult& it : mr.items) {
        result.total.case_by_case += it.status == Status::case_by_case;
        result.total.referral += it.status == Status::referral;
        result.total.unspecified += it.status == Status::unspecified;
      }
    } else {
      result.total.case_by_case += mr.status == Status::case_by_case;
      result.total.referral += mr.status == Status::referral;
      result.total.unspecified += mr.status == Status::unspecified;
    }
    if (mr.status == Status::estimate || mr.measure->claim == Measure::Claim::list) {
      result.total.min += mr.min;
      result.total.max += mr.max;
    }
  }
  return result;
}

}  // namespace assess
