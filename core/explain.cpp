// Sentences for each kind of explanation line; the frames come from messages.def, the words from the policy.
#include "explain.hpp"

#include "explain_to.hpp"
#include "messages.hpp"

namespace assess {

namespace {

// “中心类型”、“认定级别”
std::string quoted_labels(const std::vector<const Field*>& fields, Lang lang) {
  std::string out;
  for (const Field* f : fields) {
    if (!out.empty()) append_message(out, lang, Msg::list_separator);
    append_message(out, lang, Msg::quoted, {f->label.in(lang)});
  }
  return out;
}

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
  const Msg said = r.raw > a.cap ? Msg::rate_capped : r.raw == a.cap ? Msg::rate_at_cap : Msg::rate_uncapped;
  append_message(out, lang, said,
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
  // Only an outcome that pays nothing waits: one decided case by case is an outcome, whatever an item awaits.
  if (measure.status != Status::ineligible && measure.status != Status::not_applicable) return false;
  if (!measure.unanswered.empty()) return true;  // empty when a "no" given decides it (evaluate)
  for (const ItemResult& it : measure.items)
    if (awaits_answer(it)) return true;
  return false;
}

std::string status_label(const MeasureResult& measure, Lang lang) {
  return awaits_answer(measure) ? message_in(lang, Msg::status_awaiting_answer) : status_label(measure.status, lang);
}

namespace {

// White space a name may start or end with: ASCII, the no-break space (U+00A0) and the ideographic space (U+3000).
std::size_t space_at(const std::string& s, std::size_t i) {
  if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') return 1;
  if (s.compare(i, 2, "\xC2\xA0") == 0) return 2;
  if (s.compare(i, 3, "\xE3\x80\x80") == 0) return 3;
  return 0;
}

std::string trimmed(const std::string& s) {
  std::size_t begin = 0, end = s.size();
  while (begin < end && space_at(s, begin)) begin += space_at(s, begin);
  // From the end: the last character that is not a space (a space is at most 3 bytes long).
  for (bool more = true; more && end > begin;) {
    more = false;
    for (std::size_t n = 1; n <= 3 && n <= end - begin; ++n)
      if (space_at(s, end - n) == n) {
        end -= n;
        more = true;
        break;
      }
  }
  return s.substr(begin, end - begin);
}

}  // namespace

std::string item_name(const Measure& m, const ItemResult& item) {
  if (!m.list) return {};
  for (const Field& f : m.list->fields)
    if (f.type == FieldType::text) return trimmed(item.source->values[static_cast<std::size_t>(f.slot)].text);
  return {};
}

std::string answer_text(const Field& f, const Value& v, Lang lang) {
  switch (f.type) {
    case FieldType::boolean:
      return message_in(lang, v.number ? Msg::value_yes : Msg::value_no);
    case FieldType::count:
      return std::to_string(v.number);
    case FieldType::yuan:
      return message_in(lang, Msg::yuan_amount, {format_yuan(v.number)});
    case FieldType::enumeration:
      return v.number >= 0 && static_cast<std::size_t>(v.number) < f.options.size()
                 ? f.options[static_cast<std::size_t>(v.number)].label.in(lang)
                 : std::string();
    case FieldType::enum_set: {
      std::string out;
      for (std::size_t i = 0; i < f.options.size(); ++i)
        if ((v.number >> i) & 1) {
          if (!out.empty()) append_message(out, lang, Msg::list_comma);
          out += f.options[i].label.in(lang);
        }
      return out;
    }
    case FieldType::text:
      return v.text;
    default:
      return {};
  }
}

void explain_to(std::string& out, const Policy& policy, const Result& result, const ItemResult* item, const Line& l, Lang lang) {
  switch (l.kind()) {
    case Line::Kind::gate_failed: {
      // The condition and the answer: "第十七条要求具有独立法人资格:您的回答为“否”" (or that none was given).
      const Gate& g = policy.gates[static_cast<std::size_t>(l.gate())];
      const std::string answer = message_in(lang, result.gate_answered(l.gate()) ? Msg::gate_refused : Msg::gate_unanswered);
      if (g.scope)
        append_message(out, lang, Msg::gate_out_of_scope, {g.label.in(lang), answer});
      else
        append_message(out, lang, Msg::gate_failed, {article_name(g.article, lang), g.label.in(lang), answer});
      return;
    }
    case Line::Kind::precondition: {
      const Measure& m = policy.measures[static_cast<std::size_t>(l.measure())];
      const MeasureResult& mr = result.measures[static_cast<std::size_t>(l.measure())];
      if (mr.precondition_confirmed) {  // the answers say the decision has been made: no "if" left
        append_message(out, lang, Msg::precondition_confirmed, {m.precondition.in(lang), m.precondition_confirmed.in(lang)});
        return;
      }
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
      if (f.min == 0 && f.max > 0)
        append_message(out, lang, Msg::fixed_upto, {money_text(f.max, lang)});
      else
        append_message(out, lang, Msg::fixed_estimate, {money_range_text(f.min, f.max, lang)});
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
      append_message(
          out, lang, Msg::netting,
          {format_yuan(n.other), range_text(n.min_before, n.max_before, lang), range_text(n.min_after, n.max_after, lang)});
      return;
    }
    case Line::Kind::superseded: {
      const Line::Superseded& s = l.as_superseded();
      const Measure& m = policy.measures[static_cast<std::size_t>(s.measure)];
      const std::string article = message_in(lang, Msg::article_in_sentence, {article_numeral(m.article, lang)});
      append_message(
          out, lang, Msg::superseded,
          {article, m.title.in(lang), std::to_string(s.item + 1), money_text(s.stands_max, lang), money_text(s.own_max, lang)});
      return;
    }
    case Line::Kind::unanswered: {
      // The questions by their labels, quoted: "尚未回答“属于新获认定”" names the question, not a statement.
      const std::vector<const Field*>& fields =
          item ? item->unanswered : result.measures[static_cast<std::size_t>(l.measure())].unanswered;
      append_message(out, lang, Msg::item_unanswered, {quoted_labels(fields, lang)});
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

std::string money_text(Yuan amount, Lang lang) {
  // Less than 1 万元 reads better in yuan alone ("1 元", not "0.0001 万元(1 元)").
  if (amount > 0 && amount < 10000) return message_in(lang, Msg::money_yuan, {format_yuan(amount)});
  return message_in(lang, Msg::money, {format_wan(amount), format_yuan(amount)});
}

std::string money_range_text(Yuan min, Yuan max, Lang lang) {
  if (min == max) return money_text(max, lang);
  return message_in(lang, Msg::money_range, {format_wan(min), format_wan(max), format_yuan(min), format_yuan(max)});
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
    // A measure is said to be unaffected only when no failed gate stops it: exempt from this one (its exemption's
    // condition holding), and not stopped by another.
    std::vector<int> unaffected;
    for (int m : gate.exempt)
      if (result.measures[static_cast<std::size_t>(m)].stopped_by.empty()) unaffected.push_back(m);
    if (!unaffected.empty())
      append_message(s, lang, Msg::gate_exempt, {measure_list(policy, unaffected, lang), gate.exempt_reason.in(lang)});
    else
      append_message(s, lang, Msg::full_stop);
    out.push_back(std::move(s));
  }
  return out;
}

std::string others_counts_text(const Totals& total, Lang lang) {
  std::string parts;
  const std::pair<int, Msg> counts[] = {{total.case_by_case, Msg::others_case_by_case},
                                        {total.referral, Msg::others_referral},
                                        {total.unspecified, Msg::others_unspecified}};
  for (const auto& c : counts) {
    if (c.first == 0) continue;
    if (!parts.empty()) append_message(parts, lang, Msg::list_comma);
    append_message(parts, lang, c.second, {std::to_string(c.first)});
  }
  return parts;
}

std::string total_others_text(const Totals& total, Lang lang) {
  const std::string parts = others_counts_text(total, lang);
  return parts.empty() ? std::string() : message_in(lang, Msg::total_others, {parts});
}

std::string to_cap_text(const MeasureResult& mr, const ItemResult* item, Lang lang) {
  const Yuan extra = item ? item->to_cap : mr.to_cap;
  const Rule* rule = item ? item->rule : mr.rule;
  if (extra <= 0 || !rule) return {};
  const Measure& m = *mr.measure;
  const Amount& a = rule->max;
  const std::string& if_phrase = mr.precondition_confirmed ? std::string() : m.estimate_if.in(lang);
  const std::string target = format_yuan(base_reaching(a.cap, a.rate_bp));
  std::string out =
      if_phrase.empty()
          ? message_in(lang, Msg::to_cap, {a.base_label.in(lang), money_text(extra, lang), target, money_text(a.cap, lang)})
          : message_in(lang, Msg::to_cap_if,
                       {a.base_label.in(lang), money_text(extra, lang), target, if_phrase, money_text(a.cap, lang)});
  // Other support for the same item is taken off the cap too: say what would be left.
  const Yuan other = item && m.netting_slot >= 0 ? item->source->values[static_cast<std::size_t>(m.netting_slot)].number : 0;
  if (other > 0) append_message(out, lang, Msg::to_cap_netted, {format_yuan(other), money_text(a.cap - other, lang)});
  // What reaching it adds to the upper figure shown now: the gain, not only the new cap.
  const Yuan now = item ? item->max : mr.max;
  if (a.cap - other > now) append_message(out, lang, Msg::to_cap_gain, {money_text(a.cap - other - now, lang)});
  return out;
}

std::vector<std::string> needs_texts(const std::vector<Need>& needs, Lang lang) {
  std::vector<std::string> out;
  std::vector<bool> said(needs.size(), false);
  for (std::size_t i = 0; i < needs.size(); ++i) {
    if (said[i]) continue;
    const Need& n = needs[i];
    // The needs that share this one's condition and state are said together: their answers, or their questions.
    std::vector<const Need*> same;
    for (std::size_t k = i; k < needs.size(); ++k)
      if (!said[k] && needs[k].condition == n.condition && needs[k].answered == n.answered && needs[k].gate == n.gate) {
        same.push_back(&needs[k]);
        said[k] = true;
      }
    const std::string condition = n.condition->in(lang);
    if (n.gate) {  // where its condition comes from: its article, or the policy's own scope
      const std::string source = n.gate->scope ? message_in(lang, Msg::policy_scope) : article_name(n.gate->article, lang);
      out.push_back(message_in(lang, n.answered ? Msg::need_gate : Msg::need_gate_unanswered, {condition, source}));
      continue;
    }
    if (!n.answered) {
      std::vector<const Field*> fields;
      for (const Need* s : same) fields.push_back(s->field);
      out.push_back(message_in(lang, Msg::need_unanswered, {quoted_labels(fields, lang), condition}));
      continue;
    }
    std::string answers;
    for (const Need* s : same) {
      if (!s->value) continue;
      if (!answers.empty()) append_message(answers, lang, Msg::list_separator);
      answers += answer_text(*s->field, *s->value, lang);
    }
    out.push_back(
        message_in(lang, Msg::need, {condition, answers.empty() ? "" : message_in(lang, Msg::answer_given, {answers})}));
  }
  return out;
}

std::string explain(const Policy& policy, const Result& result, const ItemResult* item, const Line& l, Lang lang) {
  std::string out;
  explain_to(out, policy, result, item, l, lang);
  return out;
}

std::string to_claim_text(const Measure& m, Lang lang) {
  std::string out = m.to_claim.in(lang);
  // The most its rules pay: the highest fixed maximum or cap among its estimate rules — and the lowest, when its
  // cases pay different maxima (art. 11: a municipal centre up to 1 000 000, a provincial one up to 5 000 000), so
  // that no case is promised the highest.
  const Rule* best = nullptr;
  Yuan upper = 0, lowest = 0;
  for (const Rule& r : m.rules) {
    if (r.status != Status::estimate) continue;
    const Yuan u = r.max.kind == Amount::Kind::fixed ? r.max.fixed : r.max.cap;
    if (!best || u < lowest) lowest = u;
    if (!best || u > upper) best = &r, upper = u;
  }
  if (!best) {  // no figure: the outcome its rules give instead (case by case, existing policies, no amount set)
    for (const Rule& r : m.rules)
      if (r.status == Status::case_by_case || r.status == Status::referral || r.status == Status::unspecified)
        return message_in(lang, Msg::claim_only, {out, status_label(r.status, lang)});
    return out;
  }
  if (best->max.kind == Amount::Kind::rate) {
    std::string rate = format_percent(best->max.rate_bp);
    if (best->min.kind == Amount::Kind::rate && best->min.rate_bp != best->max.rate_bp)
      rate = format_percent(best->min.rate_bp) + "\xE2\x80\x93" + rate;  // "10%–30%"
    out = message_in(lang, Msg::claim_rate, {out, best->max.base_label.in(lang), rate});
  }
  const bool each = m.claim == Measure::Claim::list || m.claim == Measure::Claim::count;
  if (lowest != upper)
    return message_in(lang, each ? Msg::claim_each_by_case : Msg::claim_upto_by_case,
                      {out, money_text(lowest, lang), money_text(upper, lang)});
  return message_in(lang, each ? Msg::claim_each : Msg::claim_upto, {out, money_text(upper, lang)});
}

}  // namespace assess
