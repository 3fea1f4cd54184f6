// The plain-text report: what an advisor prints or pastes; the same facts as the JSON, for people.
#include "explain.hpp"
#include "messages.hpp"
#include "render.hpp"

namespace assess {

namespace {

// "1,000,000–2,000,000 元", or, where the authorities decide first, "首次入选后可得:0–1,000,000 元".
std::string range(const MeasureResult& mr, Lang lang) {
  if (mr.status != Status::estimate) return status_label(mr, lang);
  const std::string& if_phrase = mr.measure->estimate_if.in(lang);
  if (if_phrase.empty()) return range_text(mr.min, mr.max, lang);
  return message_in(lang, Msg::estimate_if, {if_phrase, range_text(mr.min, mr.max, lang)});
}

void append_lines(std::string& out, const Policy& p, const Result& r, const ItemResult* item, const std::vector<Line>& ls,
                  Lang lang, const char* indent) {
  for (const Line& l : ls) {
    std::string s = explain(p, r, item, l, lang);
    if (!s.empty()) out += std::string(indent) + "· " + s + "\n";
  }
}

}  // namespace

std::string render_text(const Policy& policy, const Result& result, Lang lang) {
  std::string out;
  out += policy.title.in(lang) + "\n" + policy.number + "  " + policy.issuer.in(lang) + "\n\n";
  out += "== " + message_in(lang, Msg::heading_gates) + " ==\n";
  if (result.gate_failures.empty()) out += message_in(lang, Msg::gates_all_met) + "\n";
  for (const std::string& s : gate_report(policy, result, lang)) out += "✗ " + s + "\n";
  out += "\n== " + message_in(lang, Msg::heading_result) + " ==\n";
  for (const MeasureResult& mr : result.measures) {
    const Measure& m = *mr.measure;
    if (mr.status == Status::not_claimed) continue;
    out += article_name(m.article, lang) + " " + m.title.in(lang) + " [" + m.id + "]: " + range(mr, lang) + "\n";
    append_lines(out, policy, result, nullptr, mr.lines, lang, "  ");
    for (const ItemResult& it : mr.items) {
      const std::string& name = item_name(m, it);
      out += "  #" + std::to_string(it.index + 1) + (name.empty() ? "" : " " + name) + ": " +
             (it.status == Status::estimate ? range_text(it.min, it.max, lang) : status_label(it, lang)) + "\n";
      append_lines(out, policy, result, &it, it.lines, lang, "    ");
    }
    for (int n : m.notes) out += "  * " + policy.notes[static_cast<std::size_t>(n)].text.in(lang) + "\n";
    out += "  " + message_in(lang, Msg::department_line, {m.department.in(lang)}) + "\n\n";
  }
  out += message_in(lang, Msg::total_line, {range_text(result.total.min, result.total.max, lang)}) + "\n";
  if (std::string others = total_others_text(result.total, lang); !others.empty()) out += others + "\n";
  for (int n : policy.global_notes) out += "* " + policy.notes[static_cast<std::size_t>(n)].text.in(lang) + "\n";
  out += "\n" + policy.disclaimer.in(lang) + "\n";
  return out;
}

std::string render_policy_valid(const Policy& policy, Lang lang) {
  return message_in(lang, Msg::policy_valid, {policy.id, std::to_string(policy.measures.size())}) + "\n";
}

}  // namespace assess
