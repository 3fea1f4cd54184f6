// The plain-text report: what an advisor prints or pastes; the presented result (presented.hpp) laid out as text —
// the headline, the conditions, each claimed measure with its arithmetic, what else could be claimed, the notes.
#include "messages.hpp"
#include "presented.hpp"
#include "render.hpp"

namespace assess {

namespace {

void bullets(std::string& out, const std::vector<std::string>& lines, const char* indent, const char* mark = "· ") {
  for (const std::string& s : lines) out += std::string(indent) + mark + s + "\n";
}

void heading(std::string& out, Msg key, Lang lang) {
  out += "== " + message_in(lang, key) + " ==\n";
}

void headline(std::string& out, const Headline& h) {
  for (const std::string* s : {&h.pending, &h.amount, &h.minimum, &h.others, &h.caveat})
    if (!s->empty()) out += *s + "\n";
}

void measure(std::string& out, const PresentedMeasure& m) {
  out += m.article + " " + m.title + " [" + m.result->measure->id + "]: " + (m.range.empty() ? m.status : m.range) + "\n";
  bullets(out, m.lines, "  ");
  bullets(out, m.needs, "  ", "→ ");
  if (!m.to_cap.empty()) out += "  → " + m.to_cap + "\n";
  for (const PresentedItem& it : m.items) {
    out += "  " + it.heading + ": " + it.label + "\n";
    bullets(out, it.lines, "    ");
    bullets(out, it.needs, "    ", "→ ");
    if (!it.to_cap.empty()) out += "    → " + it.to_cap + "\n";
  }
  bullets(out, m.notes, "  ", "* ");
  out += "  " + m.department + "\n\n";
}

}  // namespace

std::string render_text(const Policy& policy, const Result& result, Lang lang) {
  const Presented p = present(policy, result, lang);
  std::string out;
  out += policy.title.in(lang) + "\n" + policy.number + "  " + policy.issuer.in(lang) + "\n\n";
  heading(out, Msg::heading_total, lang);
  headline(out, p.headline);
  out += "\n";
  heading(out, Msg::heading_gates, lang);
  if (p.gates.empty()) out += message_in(lang, Msg::gates_all_met) + "\n";
  for (const PresentedGate& g : p.gates) out += (g.tone == Tone::waiting ? "? " : "✗ ") + g.text + "\n";
  out += "\n";
  heading(out, Msg::heading_result, lang);
  for (const PresentedMeasure& m : p.claimed) measure(out, m);
  if (p.claimed.empty()) out += "\n";
  heading(out, Msg::heading_could_claim, lang);
  for (const Opportunity& o : p.could_claim)
    out += "· " + o.measure_heading + (o.item_heading.empty() ? "" : " " + o.item_heading) + ": " + o.text + "\n";
  out += "\n";
  heading(out, Msg::heading_notes, lang);
  bullets(out, p.notes, "", "* ");
  out += p.disclaimer + "\n";
  return out;
}

std::string render_policy_valid(const Policy& policy, Lang lang) {
  return message_in(lang, Msg::policy_valid, {policy.id, std::to_string(policy.measures.size())}) + "\n";
}

}  // namespace assess
