// The plain-text report: what an advisor prints or pastes; the same facts as the JSON, for people.
#include "explain.hpp"
#include "messages.hpp"
#include "render.hpp"

namespace assess {

namespace {

std::string range(const MeasureResult& mr, Lang lang) {
  if (mr.status != Status::estimate) return status_label(mr.status, lang);
  return format_yuan(mr.min) + "–" + format_yuan(mr.max) + (lang == Lang::zh ? " 元" : " yuan");
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
  const bool zh = lang == Lang::zh;
  std::string out;
  out += policy.title.in(lang) + "\n" + policy.number + "  " + policy.issuer.in(lang) + "\n\n";
  out += "== " + message_in(lang, "heading_gates") + " ==\n";
  if (result.gate_failures.empty()) out += zh ? "全部满足\n" : "All met\n";
  for (int g : result.gate_failures) {
    Line l{};
    l.kind = Line::Kind::gate_failed;
    l.ref = g;
    out += "✗ " + explain(policy, result, nullptr, l, lang) + "\n";
  }
  out += "\n== " + message_in(lang, "heading_result") + " ==\n";
  for (const MeasureResult& mr : result.measures) {
    const Measure& m = *mr.measure;
    if (mr.status == Status::not_claimed) continue;
    out += (zh ? "第" + std::to_string(m.article) + "条 " : "Art. " + std::to_string(m.article) + " ") + m.title.in(lang) + " [" +
           m.id + "]: " + range(mr, lang) + "\n";
    append_lines(out, policy, result, nullptr, mr.lines, lang, "  ");
    for (const ItemResult& it : mr.items) {
      const std::string& name = item_name(m, it);
      out += "  #" + std::to_string(it.index + 1) + (name.empty() ? "" : " " + name) + ": " +
             (it.status == Status::estimate ? format_yuan(it.min) + "–" + format_yuan(it.max) : status_label(it.status, lang)) +
             "\n";
      append_lines(out, policy, result, &it, it.lines, lang, "    ");
    }
    for (int n : m.notes) out += "  * " + policy.notes[static_cast<std::size_t>(n)].text.in(lang) + "\n";
    out += "  " + message_in(lang, "heading_department") + (zh ? ":" : ": ") + m.department.in(lang) + "\n\n";
  }
  out += message_in(lang, "total_line", {format_yuan(result.total.min), format_yuan(result.total.max)}) + "\n";
  const Totals& t = result.total;
  if (t.case_by_case + t.referral + t.unspecified > 0)
    out += message_in(lang, "total_others",
                      {std::to_string(t.case_by_case), std::to_string(t.referral), std::to_string(t.unspecified)}) +
           "\n";
  for (int n : policy.global_notes) out += "* " + policy.notes[static_cast<std::size_t>(n)].text.in(lang) + "\n";
  out += "\n" + policy.disclaimer.in(lang) + "\n";
  return out;
}

}  // namespace assess
