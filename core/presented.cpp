// Building the presented result (presented.hpp): every sentence of a result worded once, from the result and the
// policy's words; the readers only lay it out.
#include "presented.hpp"

#include <algorithm>

#include "explain.hpp"
#include "messages.hpp"

namespace assess {

namespace {

std::vector<std::string> worded(const Policy& policy, const Result& result, const ItemResult* item,
                                const std::vector<Line>& lines, Lang lang) {
  std::vector<std::string> out;
  for (const Line& l : lines)
    if (std::string s = explain(policy, result, item, l, lang); !s.empty()) out.push_back(std::move(s));
  return out;
}

// "#1 视觉芯片", "#2" when the item has no name.
std::string item_heading(const MeasureResult& mr, const ItemResult& it) {
  const std::string name = item_name(*mr.measure, it);
  return "#" + std::to_string(it.index + 1) + (name.empty() ? "" : " " + name);
}

PresentedItem present_item(const Policy& policy, const Result& result, const MeasureResult& mr, const ItemResult& it, Lang lang) {
  PresentedItem p;
  p.result = &it;
  p.name = item_name(*mr.measure, it);
  p.heading = item_heading(mr, it);
  // An estimate of nothing (a base of 0, or other support already at the cap) is said in words, not "0 万元(0 元)":
  // its lines say why.
  p.label = it.status != Status::estimate ? status_label(it, lang)
            : it.max == 0                 ? message_in(lang, Msg::no_amount)
                                          : money_range_text(it.min, it.max, lang);
  p.tone = tone_of(it);
  p.lines = worded(policy, result, &it, it.lines, lang);
  p.to_cap = to_cap_text(mr, &it, lang);
  p.needs = needs_texts(it.needs, lang);
  return p;
}

// Whether a gate the user answered "no" stops the measure (claimed or not).
bool refused_by_gate(const Result& result, const MeasureResult& mr) {
  for (int g : mr.stopped_by)
    if (result.gate_answered(g)) return true;
  return false;
}

// What claiming a measure not claimed takes — unless a gate answered "no" stops it anyway (the gate report says
// so, once); "" for a claimed measure or one never open to applicants.
std::string claim_text(const Policy& policy, const Result& result, const MeasureResult& mr, Lang lang) {
  const Measure& m = *mr.measure;
  if (m.claim == Measure::Claim::none || mr.status != Status::not_claimed || refused_by_gate(result, mr)) return {};
  std::string out = to_claim_text(m, lang);
  // A gate answered "no" that this measure is exempt from (maybe only for some of its cases: art. 1's maker spaces
  // need in_suzhou, its moving in does not): its reason, so that the cases still open are the ones read.
  const int index = static_cast<int>(&m - policy.measures.data());
  for (int g : result.gate_failures) {
    const Gate& gate = policy.gates[static_cast<std::size_t>(g)];
    if (!result.gate_answered(g) || gate.exempt_reason.in(lang).empty()) continue;
    if (std::find(gate.exempt.begin(), gate.exempt.end(), index) != gate.exempt.end())
      out = message_in(lang, Msg::claim_exempt_note, {out, gate.exempt_reason.in(lang)});
  }
  return out;
}

PresentedMeasure present_measure(const Policy& policy, const Result& result, const MeasureResult& mr, Lang lang) {
  const Measure& m = *mr.measure;
  PresentedMeasure p;
  p.result = &mr;
  p.article = article_name(m.article, lang);
  p.title = m.title.in(lang);
  p.status = status_label(mr, lang);
  p.tone = tone_of(mr);
  if (mr.status == Status::estimate) {
    const std::string money = mr.max == 0 ? message_in(lang, Msg::no_amount) : money_range_text(mr.min, mr.max, lang);
    const std::string& if_phrase = mr.precondition_confirmed ? std::string() : m.estimate_if.in(lang);
    p.range = if_phrase.empty() ? money : message_in(lang, Msg::estimate_if, {if_phrase, money});
    p.range_wan = mr.min == mr.max ? format_wan(mr.max) : format_wan(mr.min) + "\xE2\x80\x93" + format_wan(mr.max);
    p.exact = range_text(mr.min, mr.max, lang);
  }
  p.lines = worded(policy, result, nullptr, mr.lines, lang);
  for (const ItemResult& it : mr.items) p.items.push_back(present_item(policy, result, mr, it, lang));
  p.to_cap = to_cap_text(mr, nullptr, lang);
  p.needs = needs_texts(mr.needs, lang);
  for (int n : m.notes) p.notes.push_back(policy.notes[static_cast<std::size_t>(n)].text.in(lang));
  p.department = message_in(lang, Msg::department_line, {m.department.in(lang)});
  p.to_claim = claim_text(policy, result, mr, lang);
  return p;
}

bool any_waiting(const Result& result) {
  for (const MeasureResult& mr : result.measures)
    if (is_claimed(mr) && awaits_answer(mr)) return true;
  return false;
}

Headline headline(const Result& result, Outcome outcome, int gates_refused, int pending_numbers, Lang lang) {
  Headline h;
  const Totals& t = result.total;
  if (pending_numbers > 0) h.pending = message_in(lang, Msg::pending_numbers, {std::to_string(pending_numbers)});
  if (outcome == Outcome::pays) {
    // Never "约 0 万元" alone: without an amount, the outcomes decided otherwise are the headline.
    if (t.max > 0) {
      h.tone = Tone::good;
      h.amount = message_in(lang, Msg::headline_max, {money_text(t.max, lang)});
      if (t.min > 0) h.minimum = message_in(lang, Msg::headline_min, {money_text(t.min, lang)});
      h.others = total_others_text(t, lang);
      h.exact = message_in(lang, Msg::heading_exact, {range_text(t.min, t.max, lang)});
      h.caveat = message_in(lang, Msg::headline_caveat);  // a sum of upper figures, each its department's to decide
    } else {
      h.tone = Tone::decided;
      h.amount = message_in(lang, Msg::headline_others_only, {others_counts_text(t, lang)});
    }
  } else if (outcome == Outcome::ineligible) {
    h.tone = gates_refused > 0 ? Tone::bad : Tone::waiting;
    h.amount = message_in(lang, gates_refused > 0 ? Msg::headline_ineligible : Msg::headline_waiting);
  } else {
    bool claimed = false;
    for (const MeasureResult& mr : result.measures) claimed = claimed || is_claimed(mr);
    h.tone = !claimed ? Tone::muted : any_waiting(result) ? Tone::waiting : Tone::bad;
    h.amount = message_in(lang, claimed ? Msg::headline_none_payable : Msg::headline_nothing);
  }
  return h;
}

}  // namespace

std::vector<Opportunity> opportunities_of(const Policy& policy, const Result& result, const MeasureResult& mr, Lang lang) {
  std::vector<Opportunity> out;
  const std::string heading = article_name(mr.measure->article, lang) + " " + mr.measure->title.in(lang);
  const auto add = [&](Opportunity::Kind kind, const ItemResult* it, std::string text) {
    if (!text.empty())
      out.push_back(Opportunity{kind, &mr, it ? it->index : -1, heading, it ? item_heading(mr, *it) : "", std::move(text)});
  };
  add(Opportunity::Kind::to_cap, nullptr, to_cap_text(mr, nullptr, lang));
  for (const ItemResult& it : mr.items) add(Opportunity::Kind::to_cap, &it, to_cap_text(mr, &it, lang));
  for (std::string& n : needs_texts(mr.needs, lang)) add(Opportunity::Kind::needs, nullptr, std::move(n));
  for (const ItemResult& it : mr.items)
    for (std::string& n : needs_texts(it.needs, lang)) add(Opportunity::Kind::needs, &it, std::move(n));
  add(Opportunity::Kind::not_claimed, nullptr, claim_text(policy, result, mr, lang));
  return out;
}

Tone tone_of(const ItemResult& item) {
  if (awaits_answer(item)) return Tone::waiting;
  switch (item.status) {
    case Status::estimate:
      return Tone::good;
    case Status::case_by_case:
    case Status::referral:
    case Status::unspecified:
      return Tone::decided;
    case Status::superseded:
      return Tone::set_aside;
    case Status::ineligible:
      return Tone::bad;
    case Status::not_applicable:
    case Status::not_claimed:
      return Tone::muted;
  }
  return Tone::muted;
}

Tone tone_of(const MeasureResult& measure) {
  if (awaits_answer(measure)) return Tone::waiting;
  ItemResult as_item;  // a measure's status is coloured as an item's would be
  as_item.status = measure.status;
  return tone_of(as_item);
}

Presented present(const Policy& policy, const Result& result, Lang lang, int pending_numbers) {
  Presented p;
  p.lang = lang;
  p.outcome = outcome_of(result);
  const std::vector<std::string> report = gate_report(policy, result, lang);
  for (std::size_t i = 0; i < result.gate_failures.size(); ++i) {
    const int g = result.gate_failures[i];
    const bool waiting = !result.gate_answered(g);
    p.gates.push_back(PresentedGate{g, report[i], waiting ? Tone::waiting : Tone::bad});
    (waiting ? p.gates_unanswered : p.gates_refused) += 1;
  }
  // Still possible while some claimable measure is stopped by no gate the user answered "no".
  p.still_possible = false;
  for (const MeasureResult& mr : result.measures)
    p.still_possible = p.still_possible || (mr.measure->claim != Measure::Claim::none && !refused_by_gate(result, mr));
  p.headline = headline(result, p.outcome, p.gates_refused, pending_numbers, lang);
  // Reaching a cap first (the most direct gain), then the answers that would change an outcome, then the rest; in
  // policy order within each kind.
  std::vector<Opportunity> by_kind[3];
  for (const MeasureResult& mr : result.measures) {
    (is_claimed(mr) ? p.claimed : p.not_claimed).push_back(present_measure(policy, result, mr, lang));
    for (Opportunity& o : opportunities_of(policy, result, mr, lang)) by_kind[static_cast<int>(o.kind)].push_back(std::move(o));
  }
  for (std::vector<Opportunity>& kind : by_kind)
    for (Opportunity& o : kind) p.could_claim.push_back(std::move(o));
  for (int n : policy.global_notes) p.notes.push_back(policy.notes[static_cast<std::size_t>(n)].text.in(lang));
  p.disclaimer = policy.disclaimer.in(lang);
  return p;
}

}  // namespace assess
