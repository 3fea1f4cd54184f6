// Sentences for each kind of explanation line; the frames come from messages.cpp, the words from the policy.
#include "explain.hpp"

#include "messages.hpp"

namespace assess {

namespace {

Yuan read(const ValueRef& ref, const ItemResult* item) {
  if (!item || ref.scope != ValueRef::Scope::item) return 0;
  return item->source->values[static_cast<std::size_t>(ref.slot)].number;
}

void rate_line(std::string& out, const Line& l, Lang lang) {
  const Amount& a = *l.amount;
  std::string_view which = l.which == Line::Which::lower ? "rate_lower" : l.which == Line::Which::upper ? "rate_upper" : "";
  std::string prefix, rounded;
  if (!which.empty()) append_message(prefix, lang, which);
  if (rate_rounds(l.a, a.rate_bp)) append_message(rounded, lang, "rate_rounded");
  append_message(out, lang, l.b > a.cap ? "rate_capped" : "rate_uncapped",
                 {prefix, format_percent(a.rate_bp), format_yuan(l.a), a.base_label.in(lang), format_yuan(l.b), rounded,
                  format_yuan(a.cap)});
}

// "eligible costs = personnel 2,000,000 + equipment 3,000,000 = 5,000,000"; only worth a line when at
// least two fields contribute (otherwise the rate line already says it).
std::string base_terms(const Line& l, const ItemResult* item, Lang lang) {
  std::string terms;
  Yuan sum = 0;
  int contributing = 0;
  for (const ValueRef& r : l.amount->base) {
    Yuan v = read(r, item);
    if (v == 0) continue;
    sum += v;
    ++contributing;
    terms += (terms.empty() ? "" : " + ") + r.field->label.in(lang) + " " + format_yuan(v);
  }
  if (contributing < 2) return {};
  return message_in(lang, "base_terms", {l.amount->base_label.in(lang), terms, format_yuan(sum)});
}

std::string excluded(const Line& l, const ItemResult* item, Lang lang) {
  std::string out;
  for (const ValueRef& r : l.amount->excluded) {
    Yuan v = read(r, item);
    if (v == 0) continue;
    out += (out.empty()        ? ""
            : lang == Lang::zh ? ";"
                               : "; ") +
           message_in(lang, "excluded", {r.field->label.in(lang), format_yuan(v)});
  }
  return out;
}

}  // namespace

std::string status_label(Status s, Lang lang) {
  return message_in(lang, std::string("status_") + status_name(s));
}

const std::string& item_name(const Measure& m, const ItemResult& item) {
  static const std::string none;
  if (!m.list) return none;
  for (const Field& f : m.list->fields)
    if (f.type == FieldType::text) return item.source->values[static_cast<std::size_t>(f.slot)].text;
  return none;
}

void explain_to(std::string& out, const Policy& policy, const Result& result, const ItemResult* item, const Line& l, Lang lang) {
  switch (l.kind) {
    case Line::Kind::gate_failed: {
      const Gate& g = policy.gates[static_cast<std::size_t>(l.ref)];
      append_message(out, lang, "gate_failed", {std::to_string(g.article), g.label.in(lang)});
      for (int u : result.unanswered_gates)
        if (u == l.ref) append_message(out, lang, "gate_unanswered");
      return;
    }
    case Line::Kind::reason:
      out += l.rule->reason.in(lang);
      return;
    case Line::Kind::fixed:
      if (l.a == 0)
        append_message(out, lang, "fixed_upto", {format_yuan(l.b), format_yuan(l.b)});
      else
        append_message(out, lang, "fixed_range", {format_yuan(l.a), format_yuan(l.b)});
      return;
    case Line::Kind::per_count:
      append_message(out, lang, "per_count", {format_yuan(l.a), std::to_string(l.b), format_yuan(l.c)});
      return;
    case Line::Kind::rate:
      rate_line(out, l, lang);
      return;
    case Line::Kind::base_terms:
      out += base_terms(l, item, lang);
      return;
    case Line::Kind::excluded:
      out += excluded(l, item, lang);
      return;
    case Line::Kind::netting:
      append_message(out, lang, "netting",
                     {format_yuan(l.a), format_yuan(l.b), format_yuan(l.c), format_yuan(l.d), format_yuan(l.e)});
      return;
    case Line::Kind::superseded: {
      const Measure& m = policy.measures[static_cast<std::size_t>(l.ref)];
      append_message(out, lang, "superseded", {std::to_string(m.article), m.title.in(lang), std::to_string(l.ref2 + 1)});
      return;
    }
    case Line::Kind::summary:
      append_message(out, lang, "summary", {std::to_string(l.a), std::to_string(l.b)});
      return;
  }
}

std::string explain(const Policy& policy, const Result& result, const ItemResult* item, const Line& l, Lang lang) {
  std::string out;
  explain_to(out, policy, result, item, l, lang);
  return out;
}

}  // namespace assess
