// CSV and JSON Lines exports of several enterprises' results.
#include "render_export.hpp"

#include "explain.hpp"
#include "json_object_reader.hpp"
#include "json_writer.hpp"
#include "messages.hpp"
#include "outcome.hpp"
#include "presented.hpp"
#include "render.hpp"
#include "utf8.hpp"

namespace assess {

namespace {

// Text as a spreadsheet shows it without surprise: each control character (C0 with TAB, CR and LF, DEL, C1), bidi
// control and byte that is not UTF-8 becomes U+FFFD, so no cell can carry an escape sequence, break its row
// or reorder what is beside it.
std::string inert(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const utf8::Char c = utf8::char_at(s, i);
    if (!c.valid || utf8::is_control(c.code_point) || utf8::is_bidi_control(c.code_point))
      utf8::append(out, 0xFFFD);
    else
      out.append(s.substr(i, c.size));
    i += c.size;
  }
  return out;
}

// A cell a spreadsheet would run as a formula (OWASP: =, +, -, @, TAB or CR first) gets an apostrophe first;
// an enterprise name is user input.
std::string cell(const std::string& s) {
  const bool formula = !s.empty() && std::string_view("=+-@\t\r").find(s[0]) != std::string_view::npos;
  const std::string v = (formula ? "'" : "") + inert(s);
  if (v.find_first_of(",\"") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

void row(std::string& out, std::initializer_list<std::string> cells) {
  bool first = true;
  for (const std::string& c : cells) out += (first ? "" : ",") + cell(c), first = false;
  out += "\r\n";
}

// The measure's "what it would take" lines in one cell: "#1 视觉芯片: 攻关投入再增加…; 需要:…".
std::string what_it_takes(const Policy& policy, const Result& result, const MeasureResult& m, Lang lang) {
  std::string out;
  for (const Opportunity& o : opportunities_of(policy, result, m, lang)) {
    if (!out.empty()) append_message(out, lang, Msg::list_semicolon);
    out += (o.item_heading.empty() ? "" : o.item_heading + ": ") + o.text;
  }
  return out;
}

void row(std::string& out, const std::vector<std::string>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + cell(cells[i]);
  out += "\r\n";
}

}  // namespace

std::string render_csv(const Policy& policy, const std::vector<AssessedEnterprise>& enterprises, Lang lang) {
  std::string out = "\xEF\xBB\xBF";
  row(out, {message_in(lang, Msg::csv_enterprise), message_in(lang, Msg::csv_measure), message_in(lang, Msg::csv_article),
            message_in(lang, Msg::csv_title), message_in(lang, Msg::csv_status), message_in(lang, Msg::csv_status_code),
            message_in(lang, Msg::csv_min), message_in(lang, Msg::csv_max), message_in(lang, Msg::csv_department),
            message_in(lang, Msg::csv_what_it_takes)});
  for (const AssessedEnterprise& e : enterprises) {
    for (const MeasureResult& m : e.result->measures)
      row(out, {e.name, m.measure->id, std::to_string(m.measure->article), m.measure->title.in(lang), status_label(m, lang),
                status_name(m.status), std::to_string(m.min), std::to_string(m.max), m.measure->department.in(lang),
                what_it_takes(policy, *e.result, m, lang)});
    const Totals& t = e.result->total;
    // The enterprise's outcome as its results screen gives it: "ineligible" only when nothing pays.
    const bool ineligible = outcome_of(*e.result) == Outcome::ineligible;
    row(out, {e.name, "total", "", message_in(lang, Msg::csv_total), ineligible ? message_in(lang, Msg::csv_not_eligible) : "",
              ineligible ? "ineligible" : "", std::to_string(t.min), std::to_string(t.max), "", ""});
  }
  return out;
}

std::string render_csv_by_enterprise(const Policy& policy, const std::vector<AssessedEnterprise>& enterprises, Lang lang) {
  std::string out = "\xEF\xBB\xBF";
  const std::string total = message_in(lang, Msg::csv_total) + " ";
  std::vector<std::string> head = {message_in(lang, Msg::csv_enterprise), total + message_in(lang, Msg::csv_min),
                                   total + message_in(lang, Msg::csv_max), message_in(lang, Msg::csv_status)};
  for (const Measure& m : policy.measures) {
    const std::string name = article_name(m.article, lang) + " " + m.title.in(lang) + " ";
    head.push_back(name + message_in(lang, Msg::csv_min));
    head.push_back(name + message_in(lang, Msg::csv_max));
  }
  row(out, head);
  for (const AssessedEnterprise& e : enterprises) {
    const Totals& t = e.result->total;
    const bool ineligible = outcome_of(*e.result) == Outcome::ineligible;
    std::vector<std::string> cells = {e.name, std::to_string(t.min), std::to_string(t.max),
                                      ineligible ? message_in(lang, Msg::csv_not_eligible) : ""};
    for (const MeasureResult& m : e.result->measures) {
      const bool estimate = m.status == Status::estimate;
      const std::string words = m.status == Status::not_claimed ? "" : status_label(m, lang);
      cells.push_back(estimate ? std::to_string(m.min) : words);
      cells.push_back(estimate ? std::to_string(m.max) : words);
    }
    row(out, cells);
  }
  return out;
}

std::string render_jsonl(const Policy& policy, const std::vector<AssessedEnterprise>& enterprises, Lang lang) {
  ResultJsonRenderer renderer(policy, lang);
  std::string out;
  for (const AssessedEnterprise& e : enterprises) {
    out += "{\"enterprise\":";
    JsonWriter::append_inert_string(out, e.name);
    out += std::string(",\"outcome\":\"") + outcome_name(outcome_of(*e.result)) + "\"" +
           ",\"profile\":" + e.profile->dump(-1, ' ', false, Json::error_handler_t::replace) + ",\"result\":";
    renderer.render(*e.result, out);
    out += "}\n";
  }
  return out;
}

}  // namespace assess
