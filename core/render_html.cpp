// HTML report. Every text is escaped; the style is inline in one <style> element so the file stands alone.
#include "render_html.hpp"

#include "explain.hpp"
#include "messages.hpp"
#include "presented.hpp"

namespace assess {

namespace {

std::string esc(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

void answer_rows(std::string& out, const std::vector<Field>& fields, const std::vector<Value>& values, Lang lang, int depth);

void answer_row(std::string& out, const Field& f, const std::vector<Value>& values, Lang lang, int depth) {
  std::string indent = "style=\"padding-left:" + std::to_string(depth * 16) + "px\"";
  if (f.type == FieldType::group) {
    out += "<tr><td " + indent + " colspan=2>" + esc(f.label.in(lang)) + "</td></tr>";
    answer_rows(out, f.fields, values, lang, depth + 1);
    return;
  }
  const Value& v = values[static_cast<std::size_t>(f.slot)];
  if (!v.answered) return;
  if (f.type == FieldType::list) {
    out += "<tr><td " + indent + " colspan=2><b>" + esc(f.label.in(lang)) + "</b></td></tr>";
    for (std::size_t i = 0; i < v.items.size(); ++i) {
      out += "<tr><td style=\"padding-left:" + std::to_string(depth * 16 + 16) + "px\" colspan=2>" + esc(f.item_label.in(lang)) +
             " " + std::to_string(i + 1) + "</td></tr>";
      answer_rows(out, f.fields, v.items[i].values, lang, depth + 2);
    }
    return;
  }
  out += "<tr><td " + indent + ">" + esc(f.label.in(lang)) + "</td><td>" + esc(answer_text(f, v, lang)) + "</td></tr>";
}

void answer_rows(std::string& out, const std::vector<Field>& fields, const std::vector<Value>& values, Lang lang, int depth) {
  for (const Field& f : fields) answer_row(out, f, values, lang, depth);
}

// The lines of a measure or item, then what would change it or bring it to its cap (class "take").
void lines(std::string& out, const std::vector<std::string>& ls, const std::vector<std::string>& needs,
           const std::string& to_cap) {
  std::string items;
  for (const std::string& s : ls) items += "<li>" + esc(s) + "</li>";
  for (const std::string& s : needs) items += "<li class=\"take\">" + esc(s) + "</li>";
  if (!to_cap.empty()) items += "<li class=\"take\">" + esc(to_cap) + "</li>";
  if (!items.empty()) out += "<ul>" + items + "</ul>";
}

const char* tone_class(Tone t) {
  switch (t) {
    case Tone::good:
      return "good";
    case Tone::decided:
      return "decided";
    case Tone::waiting:
      return "waiting";
    case Tone::set_aside:
      return "aside";
    case Tone::bad:
      return "bad";
    case Tone::muted:
      return "muted";
  }
  return "muted";
}

void measure_card(std::string& out, const PresentedMeasure& m) {
  out += "<div class=\"measure\"><b>" + esc(m.article + " " + m.title) + "</b> — <span class=\"status " + tone_class(m.tone) +
         "\">" + esc(m.status) + "</span>";
  if (!m.range.empty()) out += ": " + esc(m.range);
  lines(out, m.lines, m.needs, m.to_cap);
  for (const PresentedItem& it : m.items) {
    out += "<div style=\"margin-left:16px\">" + esc(it.heading) + " — <span class=\"status " + tone_class(it.tone) + "\">" +
           esc(it.label) + "</span>";
    lines(out, it.lines, it.needs, it.to_cap);
    out += "</div>";
  }
  for (const std::string& n : m.notes) out += "<p class=\"muted\">" + esc(n) + "</p>";
  out += "<p class=\"muted\">" + esc(m.department) + "</p></div>";
}

// Legible on a phone (the viewport follows the device; 16 px text; long words and tables never widen the page)
// and on paper. The hint under the name says what this device can do with the page: print it (Ctrl+P) with a
// mouse and keyboard, keep or send it from the browser's menu on a touch screen, where there is no Ctrl+P.
const char* kStyle =
    "body{font-family:'Noto Sans CJK SC','Noto Sans SC','PingFang SC','Microsoft YaHei',sans-serif;color:#1f2933;"
    "max-width:900px;margin:24px auto;padding:0 16px;font-size:16px;line-height:1.6;overflow-wrap:anywhere;"
    "-webkit-text-size-adjust:100%;text-size-adjust:100%}h1{font-size:22px;margin:8px 0 4px}"
    "h2{font-size:18px;border-bottom:2px solid #1e5aa8;padding-bottom:4px;margin-top:28px}"
    "table{border-collapse:collapse;width:100%}td,th{border:1px solid #d1d9e2;padding:4px 8px;vertical-align:top;text-align:left}"
    ".muted{color:#5b6670}.measure{border:1px solid #d1d9e2;border-radius:6px;padding:8px 12px;margin:10px 0;break-inside:avoid}"
    ".status{font-weight:bold}.total{font-size:18px;font-weight:bold;color:#1e5aa8}.good{color:#1d7a3a}.decided{color:#1e5aa8}"
    ".waiting,.aside{color:#9a5b00}.bad{color:#b42318}.take{color:#1e5aa8}.who{font-size:17px;margin:0}"
    ".hint-touch{display:none}@media (hover:none) and (pointer:coarse){.hint-desktop{display:none}.hint-touch{display:block}}"
    "@media (max-width:480px){body{margin:12px auto;padding:0 12px}td,th{padding:4px 6px}}"
    "@media print{.noprint{display:none!important}body{margin:0}}";

}  // namespace

std::string render_html(const Policy& p, const Profile& profile, const Result& r, Lang lang, const std::string& generated_at,
                        const std::string& enterprise) {
  const bool zh = lang == Lang::zh;
  std::string out = "<!DOCTYPE html><html lang=\"" + std::string(zh ? "zh-CN" : "en") + "\"><head><meta charset=\"utf-8\">";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">";
  out += "<title>" + esc(message_in(lang, Msg::report_title) + " · " + p.title.in(lang)) + "</title><style>" + kStyle +
         "</style></head><body>";
  // First whose report it is and when it was made; then what this device can do with it.
  out += "<p class=\"who\">";
  if (!enterprise.empty())
    out += "<b class=\"enterprise\">" + esc(message_in(lang, Msg::report_enterprise, {enterprise})) + "</b><br>";
  out += "<span class=\"muted\">" + esc(message_in(lang, Msg::report_generated, {generated_at})) + "</span></p>";
  out += "<p class=\"noprint muted hint-desktop\">" + esc(message_in(lang, Msg::report_print_hint)) + "</p>";
  out += "<p class=\"noprint muted hint-touch\">" + esc(message_in(lang, Msg::report_touch_hint)) + "</p>";
  out += "<h1>" + esc(message_in(lang, Msg::report_title)) + "</h1>";
  out += "<p>" + esc(p.title.in(lang)) + "<br>" + esc(p.number) + " · " + esc(p.issuer.in(lang)) + " · " +
         esc(p.status.in(lang)) + "</p>";

  const Presented shown = present(p, r, lang);
  const Headline& h = shown.headline;
  out += "<h2>" + esc(message_in(lang, Msg::heading_total)) + "</h2>";
  if (!h.pending.empty()) out += "<p class=\"waiting\">" + esc(h.pending) + "</p>";
  out += "<p class=\"total " + std::string(tone_class(h.tone)) + "\">" + esc(h.amount) + "</p>";
  for (const std::string* s : {&h.minimum, &h.others})
    if (!s->empty()) out += "<p>" + esc(*s) + "</p>";
  if (!h.caveat.empty()) out += "<p class=\"muted\">" + esc(h.caveat) + "</p>";
  if (!shown.gates.empty()) {
    out += "<ul>";
    for (const PresentedGate& g : shown.gates)
      out += "<li class=\"" + std::string(tone_class(g.tone)) + "\">" + esc(g.text) + "</li>";
    out += "</ul>";
  }

  out += "<h2>" + esc(message_in(lang, Msg::heading_result)) + "</h2>";
  for (const PresentedMeasure& m : shown.claimed) measure_card(out, m);
  if (!shown.could_claim.empty()) {
    out += "<h2>" + esc(message_in(lang, Msg::heading_could_claim)) + "</h2><ul>";
    for (const Opportunity& o : shown.could_claim)
      out += "<li><b>" + esc(o.measure_heading + (o.item_heading.empty() ? "" : " " + o.item_heading)) + "</b>: " + esc(o.text) +
             "</li>";
    out += "</ul>";
  }
  for (const std::string& n : shown.notes) out += "<p class=\"muted\">" + esc(n) + "</p>";

  out += "<h2>" + esc(message_in(lang, Msg::heading_answers)) + "</h2><table>";
  answer_rows(out, p.questions, profile.answers, lang, 0);
  out += "</table>";

  // The appendix: the policy's full text, every article under its chapter, from the policy file.
  out += "<h2>" + esc(message_in(lang, Msg::heading_full_text, {p.number})) + "</h2>";
  const std::string* chapter = nullptr;
  for (const Article& art : p.articles) {
    if (!chapter || *chapter != art.chapter.in(lang)) {
      chapter = &art.chapter.in(lang);
      if (!chapter->empty()) out += "<h3>" + esc(*chapter) + "</h3>";
    }
    out +=
        "<p><b>" + esc(article_name(art.number, lang) + " " + art.title.in(lang)) + "</b><br>" + esc(art.text.in(lang)) + "</p>";
    if (!zh) out += "<p class=\"muted\">" + esc(art.text.zh) + "</p>";
  }
  out += "<h2>" + esc(message_in(lang, Msg::heading_notes)) + "</h2><p>" + esc(p.disclaimer.in(lang)) + "</p></body></html>\n";
  return out;
}

}  // namespace assess
