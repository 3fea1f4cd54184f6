// Sentences for each kind of explanation line; the frames come from messages.cpp, the words from the policy.
#include "explain.hpp"

#include "messages.hpp"

namespace assess {

namespace {

Yuan read(const ValueRef& ref, const ItemResult* item) {
  if (!item || ref.scope != ValueRef::Scope::item) return 0;
  return item->source->values[static_cast<std::size_t>(ref.slot)].number;
}

std::string rate_line(const Line& l, Lang lang) {
  const Amount& a = *l.amount;
  std::string which = l.which == Line::Which::lower   ? message_in(lang, "rate_lower")
                      : l.which == Line::Which::upper ? message_in(lang, "rate_upper")
                                                      : std::string();
  std::string rounded = rate_rounds(l.a, a.rate_bp) ? message_in(lang, "rate_rounded") : std::string();
  const char* frame = l.b > a.cap ? "rate_capped" : "rate_uncapped";
  return message_in(
      lang, frame,
      {which, format_percent(a.rate_bp), format_yuan(l.a), a.base_label.in(lang), format_yuan(l.b), rounded, format_yuan(a.cap)});
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

std::string explain(const Policy& policy, const Result& result, const ItemResult* item, const Line& l, Lang lang) {
  switch (l.kind) {
    case Line::Kind::gate_failed: {
      const Gate& g = policy.gates[static_cast<std::size_t>(l.ref)];
      bool unanswered = false;
      for (int u : result.unanswered_gates) unanswered = unanswered || u == l.ref;
      return message_in(lang, "gate_failed", {std::to_string(g.article), g.label.in(lang)}) +
             (unanswered ? message_in(lang, "gate_unanswered") : std::string());
    }
    case Line::Kind::reason:
      return l.rule->reason.in(lang);
    case Line::Kind::fixed:
      if (l.a == 0) return message_in(lang, "fixed_upto", {format_yuan(l.b), format_yuan(l.b)});
      return message_in(lang, "fixed_range", {format_yuan(l.a), format_yuan(l.b)});
    case Line::Kind::per_count:
      return message_in(lang, "per_count", {format_yuan(l.a), std::to_string(l.b), format_yuan(l.c)});
    case Line::Kind::rate:
      return rate_line(l, lang);
    case Line::Kind::base_terms:
      return base_terms(l, item, lang);
    case Line::Kind::excluded:
      return excluded(l, item, lang);
    case Line::Kind::netting:
      return message_in(lang, "netting",
                        {format_yuan(l.a), format_yuan(l.b), format_yuan(l.c), format_yuan(l.d), format_yuan(l.e)});
    case Line::Kind::superseded: {
      const Measure& m = policy.measures[static_cast<std::size_t>(l.ref)];
      return message_in(lang, "superseded", {std::to_string(m.article), m.title.in(lang), std::to_string(l.ref2 + 1)});
    }
    case Line::Kind::summary:
      return message_in(lang, "summary", {std::to_string(l.a), std::to_string(l.b)});
  }
  return {};
}

}  // namespace assess
