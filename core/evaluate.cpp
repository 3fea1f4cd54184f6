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

const Value& answer_to(const Field& f, const Profile& profile, const Item* item) {
  return read(ValueRef{f.scope, f.slot, &f}, profile, item);
}

Yuan base_of(const Amount& a, const Profile& profile, const Item* item) {
  Yuan base = 0;
  for (const ValueRef& r : a.base) base += read(r, profile, item).number;
  return base;
}

// The amount a formula gives, and the arithmetic line that shows it.
Yuan compute(const Amount& a, const Profile& profile, const Item* item, Line::Which which, std::vector<Line>& lines) {
  if (a.kind == Amount::Kind::fixed) return a.fixed;
  const Yuan base = base_of(a, profile, item);
  const Yuan raw = apply_rate(base, a.rate_bp);
  const Yuan result = std::min(raw, a.cap);
  lines.push_back(Line::rate(a, which, base, raw, result));
  return result;
}

// What it would take (POLICY-ANALYSIS §4b): the least extra base for the rule's upper amount to reach its cap after
// rounding down, or 0 — a fixed amount, a rate of 0, already at the cap, or other support of at least the cap
// (netting would leave nothing to gain).
Yuan extra_base_to_cap(const Rule& rule, const Profile& profile, const Item* item, Yuan other_support) {
  const Amount& a = rule.max;
  if (a.kind != Amount::Kind::rate || a.rate_bp <= 0 || other_support >= a.cap) return 0;
  const Yuan base = base_of(a, profile, item);
  if (std::min(apply_rate(base, a.rate_bp), a.cap) >= a.cap) return 0;
  return base_reaching(a.cap, a.rate_bp) - base;
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

// The answers behind a status without a figure. A question not yet answered that any rule tried on the way read
// (the deciding one included) leaves the outcome waiting for it (`unanswered`); an outcome that refuses
// (ineligible, not applicable) also names, with the rule's `needs`, the answers that decided it (`needs`).
void note_decision(const Measure& m, const Rule& decided, const Profile& profile, const Item* item,
                   std::vector<const Field*>& unanswered, std::vector<Need>& needs) {
  for (const Rule& r : m.rules) {
    unanswered_fields(r.when, profile.answers, item, unanswered);
    if (&r == &decided) break;
  }
  if (decided.status != Status::ineligible && decided.status != Status::not_applicable) return;
  std::vector<const Field*> fields;
  deciding_fields(decided.when, profile.answers, item, fields);
  for (const Field* f : unanswered)
    if (std::find(fields.begin(), fields.end(), f) == fields.end()) fields.push_back(f);
  const Text* words = decided.needs.zh.empty() ? &decided.reason : &decided.needs;
  for (const Field* f : fields) {
    const Value& v = answer_to(*f, profile, item);
    needs.push_back(Need{f, words, nullptr, &v, v.answered});
  }
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

Yuan other_support(const Measure& m, const Item& item) {
  return m.netting_slot < 0 ? 0 : item.values[static_cast<std::size_t>(m.netting_slot)].number;
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

bool failed(const Result& result, int gate) {
  return std::find(result.gate_failures.begin(), result.gate_failures.end(), gate) != result.gate_failures.end();
}

// The failed gates that apply to the measure: those it needs, less those its exemptions lift for these answers.
void find_stopping_gates(const Profile& profile, const Result& result, MeasureResult& out) {
  const Measure& m = *out.measure;
  for (std::size_t k = 0; k < m.gates.size(); ++k)
    if (failed(result, m.gates[k]) && !holds(m.gate_exempt_if[k], profile.answers, nullptr)) out.stopped_by.push_back(m.gates[k]);
}

// A claimed measure stopped by failed gates: ineligible, each gate named and needed. It waits for answers only
// when no gate was refused outright (a "no" given is a verdict, whatever the others say).
void stop_at_gates(const Policy& policy, const Result& result, MeasureResult& out) {
  out.status = Status::ineligible;
  bool refused = false;
  for (int g : out.stopped_by) {
    const Gate& gate = policy.gates[static_cast<std::size_t>(g)];
    const bool answered = result.gate_answered(g);
    refused = refused || answered;
    out.lines.push_back(Line::gate_failed(g));
    out.needs.push_back(Need{gate.question, &gate.label, &gate, nullptr, answered});
  }
  if (!refused)
    for (int g : out.stopped_by) out.unanswered.push_back(policy.gates[static_cast<std::size_t>(g)].question);
}

void evaluate_item(const Measure& m, const Profile& profile, const Item& source, int index, ItemResult& it) {
  it.index = index;
  it.source = &source;
  const Rule& rule = first_rule(m, profile, &source);
  it.rule = &rule;
  it.status = rule.status;
  if (rule.status == Status::estimate) {
    apply_estimate(rule, profile, &source, 0, it.min, it.max, it.lines);
    it.to_cap = extra_base_to_cap(rule, profile, &source, other_support(m, source));
  } else {
    note_decision(m, rule, profile, &source, it.unanswered, it.needs);
    if (!it.unanswered.empty()) it.lines.push_back(Line::unanswered(-1));
    it.lines.push_back(Line::reason(rule));
  }
  net_other_support(m, it);
}

void evaluate_measure(const Policy& policy, const Profile& profile, const Result& result, MeasureResult& out) {
  const Measure& m = *out.measure;
  if (m.claim != Measure::Claim::none) {  // a measure never open to applicants has neither claim nor gates
    find_stopping_gates(profile, result, out);
    if (!claimed(m, profile)) return;  // stays not_claimed
    if (!out.stopped_by.empty()) return stop_at_gates(policy, result, out);
  }
  if (m.claim != Measure::Claim::list) {
    const Rule& rule = first_rule(m, profile, nullptr);
    out.rule = &rule;
    out.status = rule.status;
    if (rule.status == Status::estimate) {
      std::int64_t count =
          m.claim == Measure::Claim::count ? profile.answers[static_cast<std::size_t>(m.claim_slots[0])].number : 0;
      apply_estimate(rule, profile, nullptr, count, out.min, out.max, out.lines);
      if (count == 0) out.to_cap = extra_base_to_cap(rule, profile, nullptr, 0);
    } else {
      note_decision(m, rule, profile, nullptr, out.unanswered, out.needs);
      if (!out.unanswered.empty()) out.lines.push_back(Line::unanswered(static_cast<int>(&m - policy.measures.data())));
      out.lines.push_back(Line::reason(rule));
    }
    return;
  }
  const std::vector<Item>& items = profile.answers[static_cast<std::size_t>(m.claim_slots[0])].items;
  out.items.resize(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) evaluate_item(m, profile, items[i], static_cast<int>(i), out.items[i]);
}

// A list measure's status is the best of its items; its amounts are the sums of its estimate items. The enterprise's
// questions its items wait on are the measure's too (an item's own fields stay with the item).
void summarise_items(MeasureResult& mr) {
  if (mr.measure->claim != Measure::Claim::list || mr.items.empty()) return;
  Status best = Status::ineligible;
  Yuan min = 0, max = 0;
  int estimates = 0;
  for (ItemResult& it : mr.items) {
    best = std::min(best, it.status);  // Status is declared best-first
    if (it.status == Status::estimate) {
      min += it.min;
      max += it.max;
      ++estimates;
    } else {
      it.to_cap = 0;  // set aside by 就高不重复: nothing to reach
    }
    for (const Field* f : it.unanswered)
      if (f->scope == ValueRef::Scope::answers && std::find(mr.unanswered.begin(), mr.unanswered.end(), f) == mr.unanswered.end())
        mr.unanswered.push_back(f);
  }
  mr.status = best;
  mr.min = min;
  mr.max = max;
  mr.lines.assign(1, Line::summary(static_cast<std::int64_t>(mr.items.size()), estimates));
}

bool has_outcome(Status s) {
  return s == Status::estimate || s == Status::case_by_case || s == Status::referral || s == Status::unspecified;
}

// Whether the answers confirm the measure's precondition: its confirming answer is yes — for a list measure, on
// every item with an outcome the applicant could get.
bool precondition_confirmed(const Measure& m, const Profile& profile, const MeasureResult& mr) {
  const ValueRef& by = m.precondition_confirmed_by;
  if (!by.field) return false;
  if (by.scope == ValueRef::Scope::answers) return read(by, profile, nullptr).number != 0;
  bool any = false;
  for (const ItemResult& it : mr.items) {
    if (!has_outcome(it.status)) continue;
    if (read(by, profile, it.source).number == 0) return false;
    any = true;
  }
  return any;
}

// A measure whose figures depend on the authorities' decision (遴选, 择优, 经认定…) says so first, whenever it
// has an outcome the applicant could get (not when it is ineligible, not applicable or wholly superseded).
void state_precondition(const Policy& policy, const Profile& profile, MeasureResult& mr) {
  const Measure& m = *mr.measure;
  if (m.precondition.zh.empty() || !has_outcome(mr.status)) return;
  mr.precondition_confirmed = precondition_confirmed(m, profile, mr);
  mr.lines.insert(mr.lines.begin(), Line::precondition(static_cast<int>(&m - policy.measures.data())));
}

}  // namespace

bool Result::gate_answered(int gate) const {
  return std::find(unanswered_gates.begin(), unanswered_gates.end(), gate) == unanswered_gates.end();
}

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
    evaluate_measure(policy, profile, result, result.measures[i]);
  }
  resolve_overlaps(policy, result);
  for (MeasureResult& mr : result.measures) {
    summarise_items(mr);
    state_precondition(policy, profile, mr);
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
