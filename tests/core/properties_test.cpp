// Properties of every estimate, checked on profiles generated from the policy's own questions (rapidcheck):
// amounts are never negative and min <= max; no item exceeds what its rules can pay; totals are the sums of
// the measures; more eligible spending never lowers an estimate; what it would take (to_cap) is exact; a failed
// gate without exemptions leaves no money. The generator knows nothing of Suzhou: it walks the questions of the
// loaded policy.
// clang-format off: GoogleTest must come first, rapidcheck's gtest glue builds on it.
#include "test_support.hpp"
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>
// clang-format on

namespace assess {
namespace {

using testing::suzhou;

Yuan gen_yuan() {
  // Around the caps and the rounding edges as often as anywhere else.
  return *rc::gen::oneOf(rc::gen::inRange<Yuan>(0, 2000), rc::gen::inRange<Yuan>(0, 60000000),
                         rc::gen::element<Yuan>(0, 1, 4999999, 5000000, 5000001, 9999999, 10000000, 10000002, 33333337));
}

Json gen_field(const Field& f, const Policy& p);

Json gen_object(const std::vector<Field>& fields, const Policy& p) {
  Json o = Json::object();
  for (const Field& f : fields)
    if (*rc::gen::inRange(0, 3) != 0) o[f.id] = gen_field(f, p);  // a quarter of the keys left unanswered
  return o;
}

Json gen_field(const Field& f, const Policy& p) {
  switch (f.type) {
    case FieldType::boolean:
      return *rc::gen::arbitrary<bool>();
    case FieldType::count:
      return *rc::gen::inRange<std::int64_t>(0, 4);
    case FieldType::yuan:
      return gen_yuan();
    case FieldType::enumeration:
      return f.options[*rc::gen::inRange<std::size_t>(0, f.options.size())].value;
    case FieldType::enum_set: {
      Json set = Json::array();
      for (const Option& o : f.options)
        if (*rc::gen::inRange(0, 4) == 0) set.push_back(o.value);
      return set;
    }
    case FieldType::text:
      return *rc::gen::element<std::string>("", "a", "b");  // shared names make overlaps
    case FieldType::list: {
      Json items = Json::array();
      const int n = *rc::gen::inRange(0, 4);
      for (int i = 0; i < n; ++i) items.push_back(gen_object(f.fields, p));
      return items;
    }
    case FieldType::group:
      return gen_object(f.fields, p);
  }
  return nullptr;
}

Json gen_profile(bool gates_pass) {
  const Policy& p = suzhou();
  Json answers = gen_object(p.questions, p);
  if (gates_pass)
    for (const Gate& g : p.gates)
      for (const Field& q : p.questions)
        if (q.slot == g.slot) answers[q.id] = true;
  return testing::profile_with(answers);
}

Result run(const Json& doc, Profile& keep) {
  Diagnostics d;
  const bool ok = read_profile_json(suzhou(), doc, keep, d);
  RC_ASSERT(ok);
  return evaluate(suzhou(), keep);
}

// The most a rule of the measure can pay for one item (or one unit of a count).
Yuan rule_bound(const Measure& m) {
  Yuan bound = 0;
  for (const Rule& r : m.rules)
    if (r.status == Status::estimate) bound = std::max(bound, r.max.kind == Amount::Kind::fixed ? r.max.fixed : r.max.cap);
  return bound;
}

RC_GTEST_PROP(Properties, AmountsAreOrderedBoundedAndSummed, ()) {
  Profile profile;
  Result r = run(gen_profile(*rc::gen::inRange(0, 4) != 0), profile);
  Yuan min = 0, max = 0;
  for (const MeasureResult& m : r.measures) {
    RC_ASSERT(0 <= m.min);
    RC_ASSERT(m.min <= m.max);
    const Yuan bound = rule_bound(*m.measure);
    if (m.measure->claim == Measure::Claim::count && m.status == Status::estimate)
      RC_ASSERT(m.max <= bound * profile.answers[static_cast<std::size_t>(m.measure->claim_slots[0])].number);
    for (const ItemResult& it : m.items) {
      RC_ASSERT(0 <= it.min);
      RC_ASSERT(it.min <= it.max);
      RC_ASSERT(it.max <= bound);
      if (it.status != Status::estimate) RC_ASSERT(it.max == 0);
    }
    if (!m.items.empty()) RC_ASSERT(m.max <= bound * static_cast<Yuan>(m.items.size()));
    if (m.status != Status::estimate) RC_ASSERT(m.max == 0);
    min += m.min;
    max += m.max;
  }
  RC_ASSERT(r.total.min == min);
  RC_ASSERT(r.total.max == max);
}

RC_GTEST_PROP(Properties, MoreEligibleSpendingNeverLowersTheEstimate, ()) {
  Json doc = gen_profile(true);
  // Make sure some list has an item to raise: pick a list question and give it one if it has none.
  std::vector<const Field*> lists;
  for (const Field& q : suzhou().questions)
    if (q.type == FieldType::list) lists.push_back(&q);
  const Field* chosen = *rc::gen::elementOf(lists);
  if (!doc["answers"].contains(chosen->id) || doc["answers"][chosen->id].empty())
    doc["answers"][chosen->id] = Json::array({gen_object(chosen->fields, suzhou())});
  Profile before_profile;
  Result before = run(doc, before_profile);
  // Raise one amount of one item (not the support already received elsewhere, which lowers by design).
  std::vector<std::pair<std::string, std::string>> candidates;  // (list id, item field path)
  for (const Field& q : suzhou().questions) {
    if (q.type != FieldType::list || !doc["answers"].contains(q.id) || doc["answers"][q.id].empty()) continue;
    for (const Field& f : q.fields) {
      if (f.type == FieldType::yuan && f.id != "other_policy_support") candidates.emplace_back(q.id, f.id);
      if (f.type == FieldType::group)
        for (const Field& g : f.fields) candidates.emplace_back(q.id, f.id + "/" + g.id);
    }
  }
  RC_PRE(!candidates.empty());
  const auto& [list, field] = *rc::gen::elementOf(candidates);
  Json& item = doc["answers"][list][0];
  Json::json_pointer ptr("/" + field);
  const Yuan old = item.contains(ptr) ? item[ptr].get<Yuan>() : 0;
  item[ptr] = std::min<Yuan>(old + *rc::gen::inRange<Yuan>(1, 20000000), 10000000000000);
  Profile after_profile;
  Result after = run(doc, after_profile);
  RC_ASSERT(after.total.max >= before.total.max);
  RC_ASSERT(after.total.min >= before.total.min);
}

// The upper amount of an item's rate formula (before netting), from its arithmetic; -1 when it has none (an item
// set aside by 就高不重复 keeps only the line naming the item that stands).
Yuan upper_amount(const ItemResult& it) {
  for (const Line& l : it.lines)
    if (l.kind() == Line::Kind::rate && l.as_rate().which != Line::Which::lower) return l.as_rate().result;
  return -1;
}

// What it would take (to_cap) is exact: that much more base brings the upper amount to its cap after rounding
// down, one yuan less does not.
RC_GTEST_PROP(Properties, ToCapIsTheLeastExtraBaseThatReachesTheCap, ()) {
  Json doc = gen_profile(true);
  // One more item, every field answered, in a list whose measure pays by a rate (else to_cap is rare).
  std::vector<const Measure*> rated;
  for (const Measure& m : suzhou().measures)
    for (const Rule& rule : m.rules)
      if (m.list && rule.status == Status::estimate && rule.max.kind == Amount::Kind::rate) rated.push_back(&m);
  const Measure* chosen = *rc::gen::elementOf(rated);
  Json full = Json::object();
  for (const Field& f : chosen->list->fields) full[f.id] = gen_field(f, suzhou());
  doc["answers"][chosen->list->id].push_back(full);
  Profile profile;
  Result r = run(doc, profile);
  std::vector<std::pair<std::size_t, std::size_t>> below;  // (measure, item) with a to_cap
  for (std::size_t m = 0; m < r.measures.size(); ++m)
    for (std::size_t i = 0; i < r.measures[m].items.size(); ++i)
      if (r.measures[m].items[i].to_cap > 0) below.emplace_back(m, i);
  RC_PRE(!below.empty());
  const auto [m, i] = *rc::gen::elementOf(below);
  const MeasureResult& mr = r.measures[m];
  const Amount& formula = mr.items[i].rule->max;
  const Yuan to_cap = mr.items[i].to_cap;
  // Add to the first field of the base (any of them: the base is their sum).
  std::string pointer = "/" + formula.base[0].field->path;
  std::replace(pointer.begin(), pointer.end(), '.', '/');
  const auto raised = [&](Yuan extra) {
    Json changed = doc;
    Json& item = changed["answers"][mr.measure->list->id][i];
    const Json::json_pointer at(pointer);
    item[at] = (item.contains(at) ? item[at].get<Yuan>() : 0) + extra;
    Profile p;
    Result after = run(changed, p);
    return upper_amount(after.measures[m].items[i]);
  };
  const Yuan at_cap = raised(to_cap), short_of_it = raised(to_cap - 1);
  RC_PRE(at_cap >= 0 && short_of_it >= 0);  // still an estimate, not set aside for a higher item
  RC_ASSERT(at_cap == formula.cap);
  RC_ASSERT(short_of_it < formula.cap);
}

RC_GTEST_PROP(Properties, AFailedGateWithoutExemptionsLeavesNoMoney, ()) {
  Json doc = gen_profile(true);
  std::vector<const Gate*> strict;
  for (const Gate& g : suzhou().gates) {
    bool everywhere = true;
    for (const Measure& m : suzhou().measures)
      if (m.claim != Measure::Claim::none &&
          std::find(m.gates.begin(), m.gates.end(), &g - suzhou().gates.data()) == m.gates.end())
        everywhere = false;
    if (everywhere) strict.push_back(&g);
  }
  RC_PRE(!strict.empty());
  const Gate* gate = *rc::gen::elementOf(strict);
  for (const Field& q : suzhou().questions)
    if (q.slot == gate->slot) doc["answers"][q.id] = false;
  Profile profile;
  Result r = run(doc, profile);
  RC_ASSERT(!r.eligible);
  RC_ASSERT(r.total.max == 0);
  RC_ASSERT(r.total.case_by_case + r.total.referral + r.total.unspecified == 0);
}

}  // namespace
}  // namespace assess
