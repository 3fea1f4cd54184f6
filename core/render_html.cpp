// HTML report. Every text is escaped; the style is inline in one <style> element so the file stands alone.
#include "render_html.hpp"

#include "explain.hpp"
#include "messages.hpp"

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

// 13 900 000 yuan -> "1,390"; 12 345 yuan -> "1.2345": 万元 as the app shows them, exact to the yuan.
std::string wan_text(Yuan y);
// "0–80", or one figure ("80") when both ends are the same.
std::string wan_range(Yuan min, Yuan max) {
  return min == max ? wan_text(max) : wan_text(min) + "–" + wan_text(max);
}

std::string wan_text(Yuan y) {
  std::string out = format_yuan(y / 10000);
  if (y % 10000 != 0) {
    std::string digits = std::to_string(y % 10000 + 10000).substr(1);
    while (digits.back() == '0') digits.pop_back();
    out += "." + digits;
  }
  return out;
}

std::string yuan_text(Yuan y, Lang lang) {
  return message_in(lang, Msg::yuan_amount, {format_yuan(y)});
}

std::string value_text(const Field& f, const Value& v, Lang lang) {
  switch (f.type) {
    case FieldType::boolean:
      return message_in(lang, v.number ? Msg::value_yes : Msg::value_no);
    case FieldType::count:
      return std::to_string(v.number);
    case FieldType::yuan:
      return yuan_text(v.number, lang);
    case FieldType::enumeration:
      return f.options[static_cast<std::size_t>(v.number)].label.in(lang);
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
  out += "<tr><td " + indent + ">" + esc(f.label.in(lang)) + "</td><td>" + esc(value_text(f, v, lang)) + "</td></tr>";
}

void answer_rows(std::string& out, const std::vector<Field>& fields, const std::vector<Value>& values, Lang lang, int depth) {
  for (const Field& f : fields) answer_row(out, f, values, lang, depth);
}

void lines(std::string& out, const Policy& p, const Result& r, const ItemResult* item, const std::vector<Line>& ls, Lang lang) {
  std::string items;
  for (const Line& l : ls) {
    std::string s = explain(p, r, item, l, lang);
    if (!s.empty()) items += "<li>" + esc(s) + "</li>";
  }
  if (!items.empty()) out += "<ul>" + items + "</ul>";
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
    ".status{font-weight:bold}.total{font-size:18px;font-weight:bold;color:#1e5aa8}.who{font-size:17px;margin:0}"
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

  out += "<h2>" + esc(message_in(lang, Msg::heading_total)) + "</h2><p class=\"total\">" +
         esc(message_in(lang, Msg::total_line_wan,
                        {wan_range(r.total.min, r.total.max), range_text(r.total.min, r.total.max, lang)})) +
         "</p>";
  if (std::string others = total_others_text(r.total, lang); !others.empty()) out += "<p>" + esc(others) + "</p>";
  if (!r.gate_failures.empty()) {
    out += "<ul>";
    for (const std::string& s : gate_report(p, r, lang)) out += "<li>" + esc(s) + "</li>";
    out += "</ul>";
  }

  out += "<h2>" + esc(message_in(lang, Msg::heading_result)) + "</h2>";
  for (const MeasureResult& mr : r.measures) {
    const Measure& m = *mr.measure;
    if (mr.status == Status::not_claimed) continue;
    out += "<div class=\"measure\"><b>" + esc(article_name(m.article, lang) + " " + m.title.in(lang)) +
           "</b> — <span class=\"status\">" + esc(status_label(mr, lang)) + "</span>";
    if (mr.status == Status::estimate) {
      const std::string& if_phrase = m.estimate_if.in(lang);
      const std::string range = range_text(mr.min, mr.max, lang);
      out += ": " + esc(if_phrase.empty() ? range : message_in(lang, Msg::estimate_if, {if_phrase, range}));
    }
    lines(out, p, r, nullptr, mr.lines, lang);
    for (const ItemResult& it : mr.items) {
      const std::string& name = item_name(m, it);
      out += "<div style=\"margin-left:16px\">#" + std::to_string(it.index + 1) + " " + esc(name) + " — " +
             esc(status_label(it, lang));
      if (it.status == Status::estimate) out += ": " + esc(range_text(it.min, it.max, lang));
      lines(out, p, r, &it, it.lines, lang);
      out += "</div>";
    }
    for (int n : m.notes) out += "<p class=\"muted\">" + esc(p.notes[static_cast<std::size_t>(n)].text.in(lang)) + "</p>";
    out += "<p class=\"muted\">" + esc(message_in(lang, Msg::department_line, {m.department.in(lang)})) + "</p></div>";
  }
  for (int n : p.global_notes) out += "<p class=\"muted\">" + esc(p.notes[static_cast<std::size_t>(n)].text.in(lang)) + "</p>";

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
