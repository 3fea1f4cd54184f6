// Sentences for each kind of explanation line; the frames come from messages.def, the words from the policy.
#include "explain.hpp"

#include "explain_to.hpp"
#include "messages.hpp"

namespace assess {

namespace {

Yuan read(const ValueRef& ref, const ItemResult* item) {
  if (!item || ref.scope != ValueRef::Scope::item) return 0;
  return item->source->values[static_cast<std::size_t>(ref.slot)].number;
}

void rate_line(std::string& out, const Line& l, Lang lang) {
  const Amount& a = l.amount();
  const Line::Rate& r = l.as_rate();
  std::string prefix, rounded;
  if (r.which == Line::Which::lower) append_message(prefix, lang, Msg::rate_lower);
  if (r.which == Line::Which::upper) append_message(prefix, lang, Msg::rate_upper);
  if (rate_rounds(r.base, a.rate_bp)) append_message(rounded, lang, Msg::rate_rounded);
  append_message(out, lang, r.raw > a.cap ? Msg::rate_capped : Msg::rate_uncapped,
                 {prefix, format_percent(a.rate_bp), format_yuan(r.base), a.base_label.in(lang), format_yuan(r.raw), rounded,
                  format_yuan(a.cap)});
}

// "eligible costs = personnel 2,000,000 + equipment 3,000,000 = 5,000,000"; only worth a line when at
// least two fields contribute (otherwise the rate line already says it).
std::string base_terms(const Line& l, const ItemResult* item, Lang lang) {
  std::string terms;
  Yuan sum = 0;
  int contributing = 0;
  const Amount& a = l.amount();
  for (const ValueRef& r : a.base) {
    Yuan v = read(r, item);
    if (v == 0) continue;
    sum += v;
    ++contributing;
    terms += (terms.empty() ? "" : " + ") + r.field->label.in(lang) + " " + format_yuan(v);
  }
  if (contributing < 2) return {};
  return message_in(lang, Msg::base_terms, {a.base_label.in(lang), terms, format_yuan(sum)});
}

std::string excluded(const Line& l, const ItemResult* item, Lang lang) {
  std::string out;
  const Amount& a = l.amount();
  for (const ValueRef& r : a.excluded) {
    Yuan v = read(r, item);
    if (v == 0) continue;
    if (!out.empty()) append_message(out, lang, Msg::list_semicolon);
    out += message_in(lang, Msg::excluded, {r.field->label.in(lang), format_yuan(v), a.base_label.in(lang)});
  }
  return out;
}

}  // namespace

std::string status_label(Status s, Lang lang) {
  switch (s) {
    case Status::estimate:
      return message_in(lang, Msg::status_estimate);
    case Status::case_by_case:
      return message_in(lang, Msg::status_case_by_case);
    case Status::referral:
      return message_in(lang, Msg::status_referral);
    case Status::unspecified:
      return message_in(lang, Msg::status_unspecified);
    case Status::superseded:
      return message_in(lang, Msg::status_superseded);
    case Status::not_applicable:
      return message_in(lang, Msg::status_not_applicable);
    case Status::ineligible:
      return message_in(lang, Msg::status_ineligible);
    case Status::not_claimed:
      return message_in(lang, Msg::status_not_claimed);
  }
  return {};
}

std::string status_label(const ItemResult& item, Lang lang) {
  return awaits_answer(item) ? message_in(lang, Msg::status_awaiting_answer) : status_label(item.status, lang);
}

bool awaits_answer(const ItemResult& item) {
  return item.status != Status::estimate && !item.unanswered.empty();
}

bool awaits_answer(const MeasureResult& measure) {
  if (measure.status == Status::estimate || measure.status == Status::not_claimed) return false;
  for (const Line& l : measure.lines)
    if (l.kind() == Line::Kind::gate_failed) return false;  // a verdict, whatever the items say
  for (const ItemResult& it : measure.items)
    if (awaits_answer(it)) return true;
  return false;
}

std::string status_label(const MeasureResult& measure, Lang lang) {
  return awaits_answer(measure) ? message_in(lang, Msg::status_awaiting_answer) : status_label(measure.status, lang);
}

const std::string& item_name(const Measure& m, const ItemResult& item) {
  static const std::string none;
  if (!m.list) return none;
  for (const Field& f : m.list->fields)
    if (f.type == FieldType::text) return item.source->values[static_cast<std::size_t>(f.slot)].text;
  return none;
}

void explain_to(std::string& out, const Policy& policy, const Result& result, const ItemResult* item, const Line& l, Lang lang) {
  switch (l.kind()) {
    case Line::Kind::gate_failed: {
      const Gate& g = policy.gates[static_cast<std::size_t>(l.gate())];
      if (g.scope)
        append_message(out, lang, Msg::gate_out_of_scope, {g.label.in(lang)});
      else
        append_message(out, lang, Msg::gate_failed, {article_name(g.article, lang), g.label.in(lang)});
      for (int u : result.unanswered_gates)
        if (u == l.gate()) append_message(out, lang, Msg::gate_unanswered);
      return;
    }
    case Line::Kind::precondition: {
      const Measure& m = policy.measures[static_cast<std::size_t>(l.measure())];
      const MeasureResult& mr = result.measures[static_cast<std::size_t>(l.measure())];
      const bool figure = mr.status == Status::estimate && !m.estimate_if.in(lang).empty();
      append_message(out, lang, figure ? Msg::precondition_estimate : Msg::precondition,
                     {m.precondition.in(lang), m.estimate_if.in(lang)});
      return;
    }
    case Line::Kind::reason:
      out += l.rule().reason.in(lang);
      return;
    case Line::Kind::fixed: {
      const Line::Fixed& f = l.as_fixed();
      if (f.min == f.max)
        append_message(out, lang, Msg::fixed_single, {format_yuan(f.max)});
      else if (f.min == 0)
        append_message(out, lang, Msg::fixed_upto, {format_yuan(f.max)});
      else
        append_message(out, lang, Msg::fixed_range, {format_yuan(f.min), format_yuan(f.max)});
      return;
    }
    case Line::Kind::per_count: {
      const Line::PerCount& p = l.as_per_count();
      append_message(out, lang, Msg::per_count, {format_yuan(p.per_item), std::to_string(p.count), format_yuan(p.product)});
      return;
    }
    case Line::Kind::rate:
      rate_line(out, l, lang);
      return;
    case Line::Kind::base_terms:
      out += base_terms(l, item, lang);
      return;
    case Line::Kind::excluded:
      out += excluded(l, item, lang);
      return;
    case Line::Kind::netting: {
      const Line::Netting& n = l.as_netting();
      append_message(out, lang, Msg::netting,
                     {format_yuan(n.other), format_yuan(n.min_before), format_yuan(n.max_before), format_yuan(n.min_after),
                      format_yuan(n.max_after)});
      return;
    }
    case Line::Kind::superseded: {
      const Line::Superseded& s = l.as_superseded();
      const Measure& m = policy.measures[static_cast<std::size_t>(s.measure)];
      const std::string article = message_in(lang, Msg::article_in_sentence, {article_numeral(m.article, lang)});
      append_message(out, lang, Msg::superseded,
                     {article, m.title.in(lang), std::to_string(s.item + 1), format_yuan(s.stands_max), format_yuan(s.own_max)});
      return;
    }
    case Line::Kind::unanswered: {
      if (!item) return;
      std::string labels;
      for (const Field* f : item->unanswered)
        labels += (labels.empty() ? "" : message_in(lang, Msg::list_separator)) + f->label.in(lang);
      append_message(out, lang, Msg::item_unanswered, {labels});
      return;
    }
    case Line::Kind::summary: {
      const Line::Summary& s = l.as_summary();
      if (s.items == 1) return;  // one item: its own line says it all
      // No zero counts: "2 items, none with an estimate" says it without a 0.
      append_message(out, lang,
                     s.estimates == 0         ? Msg::summary_none
                     : s.estimates == s.items ? Msg::summary_all
                                              : Msg::summary,
                     {std::to_string(s.items), std::to_string(s.estimates)});
      return;
    }
  }
}

std::string article_numeral(int article, Lang lang) {
  if (lang == Lang::en || article <= 0 || article >= 1000) return std::to_string(article);
  // The table's "零一二…九十百": each character three bytes of UTF-8, 零 to 九 at 0–9, 十 at 10, 百 at 11.
  const std::string numerals = message_in(Lang::zh, Msg::article_numerals);
  const auto numeral = [&](int i) { return numerals.substr(static_cast<std::size_t>(i) * 3, 3); };
  const int hundreds = article / 100, tens = article / 10 % 10, ones = article % 10;
  std::string out;
  if (hundreds) out += numeral(hundreds) + numeral(11);
  if (tens)
    out += (hundreds == 0 && tens == 1 ? "" : numeral(tens)) + numeral(10);  // 十七, not 一十七
  else if (hundreds && ones)
    out += numeral(0);
  if (ones) out += numeral(ones);
  return out;
}

std::string article_name(int article, Lang lang) {
  return message_in(lang, Msg::article, {article_numeral(article, lang)});
}

std::string range_text(Yuan min, Yuan max, Lang lang) {
  if (min == max) return message_in(lang, Msg::yuan_amount, {format_yuan(max)});
  return message_in(lang, Msg::yuan_range, {format_yuan(min), format_yuan(max)});
}

namespace {

// "第一条(重点企业引育)、第三条(…)" / "art. 1 (…) and art. 3 (…)"
std::string measure_list(const Policy& policy, const std::vector<int>& measures, Lang lang) {
  std::string out;
  for (std::size_t i = 0; i < measures.size(); ++i) {
    const Measure& m = policy.measures[static_cast<std::size_t>(measures[i])];
    if (i > 0) append_message(out, lang, i + 1 == measures.size() ? Msg::list_and : Msg::list_comma);
    append_message(out, lang, Msg::measure_in_sentence,
                   {message_in(lang, Msg::article_in_sentence, {article_numeral(m.article, lang)}), m.title.in(lang)});
  }
  return out;
}

}  // namespace

std::vector<std::string> gate_report(const Policy& policy, const Result& result, Lang lang) {
  std::vector<std::string> out;
  for (int g : result.gate_failures) {
    const Gate& gate = policy.gates[static_cast<std::size_t>(g)];
    std::string s = explain(policy, result, nullptr, Line::gate_failed(g), lang);
    if (!gate.exempt.empty())
      append_message(s, lang, Msg::gate_exempt, {measure_list(policy, gate.exempt, lang), gate.exempt_reason.in(lang)});
    out.push_back(std::move(s));
  }
  return out;
}

std::string total_others_text(const Totals& total, Lang lang) {
  std::string parts;
  const std::pair<int, Msg> counts[] = {{total.case_by_case, Msg::others_case_by_case},
                                        {total.referral, Msg::others_referral},
                                        {total.unspecified, Msg::others_unspecified}};
  for (const auto& c : counts) {
    if (c.first == 0) continue;
    if (!parts.empty()) append_message(parts, lang, Msg::list_comma);
    append_message(parts, lang, c.second, {std::to_string(c.first)});
  }
  return parts.empty() ? std::string() : message_in(lang, Msg::total_others, {parts});
}

std::string explain(const Policy& policy, const Result& result, const ItemResult* item, const Line& l, Lang lang) {
  std::string out;
  explain_to(out, policy, result, item, l, lang);
  return out;
}

}  // namespace assess
