// The result format (POLICY-ANALYSIS §7), written with JsonWriter straight from the structured result.
#include "explain.hpp"
#include "explain_to.hpp"
#include "json_writer.hpp"
#include "render.hpp"

namespace assess {

namespace {

void lines(JsonWriter& w, const Policy& p, const Result& r, const ItemResult* item, const std::vector<Line>& ls, Lang lang) {
  w.key("explanation").begin_array();
  thread_local std::string sentence;  // reused: no allocation per sentence once it has grown
  for (const Line& l : ls) {
    sentence.clear();
    explain_to(sentence, p, r, item, l, lang);
    if (!sentence.empty()) w.value(sentence);
  }
  w.end_array();
}

// "answers.in_suzhou", "answers.key_tech_projects[0].costs.personnel": where the answer is in the profile.
std::string answer_path(const MeasureResult& mr, const ItemResult* it, const Field& f) {
  if (f.scope == ValueRef::Scope::answers || !it) return "answers." + f.path;
  return "answers." + mr.measure->list->id + "[" + std::to_string(it->index) + "]." + f.path;
}

// What would change an outcome that pays nothing (only when there is any): each answer's path, the condition in the
// policy's words, and whether it was answered at all.
void needs(JsonWriter& w, const MeasureResult& mr, const ItemResult* it, const std::vector<Need>& ns, Lang lang) {
  if (ns.empty()) return;
  w.key("needs").begin_array();
  for (const Need& n : ns) {
    w.begin_object();
    w.key("question").value(answer_path(mr, it, *n.field));
    w.key("condition").value(n.condition->in(lang));
    w.key("answered").value(n.answered);
    w.end_object();
  }
  w.end_array();
}

// The questions an outcome waits on (only when there are any): an item's own fields by id; the enterprise's at
// the measure.
void unanswered(JsonWriter& w, const std::vector<const Field*>& fields, ValueRef::Scope scope) {
  bool any = false;
  for (const Field* f : fields) {
    if (f->scope != scope) continue;
    if (!any) w.key("unanswered").begin_array();
    any = true;
    w.value(f->id);
  }
  if (any) w.end_array();
}

void item(JsonWriter& w, const Policy& p, const Result& r, const MeasureResult& mr, const ItemResult& it, Lang lang) {
  w.begin_object();
  w.key("index").value(it.index);
  w.key("subject").value(item_name(*mr.measure, it));
  w.key("status").value(status_name(it.status));
  w.key("min").value(it.min);
  w.key("max").value(it.max);
  if (it.status == Status::superseded) {
    w.key("superseded_by").begin_object();
    w.key("measure").value(p.measures[static_cast<std::size_t>(it.superseded_by_measure)].id);
    w.key("index").value(it.superseded_by_item);
    w.end_object();
  }
  unanswered(w, it.unanswered, ValueRef::Scope::item);
  if (it.to_cap > 0) w.key("to_cap").value(it.to_cap);
  needs(w, mr, &it, it.needs, lang);
  lines(w, p, r, &it, it.lines, lang);
  w.end_object();
}

// The members of a measure that never change: written once per renderer, copied into every result.
std::string measure_head(const Policy& p, const Measure& m, Lang lang) {
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.key("id").value(m.id);
  w.key("article").value(m.article);
  w.key("title").value(m.title.in(lang));
  w.key("department").value(m.department.in(lang));
  w.key("notes").begin_array();
  for (int n : m.notes) w.value(p.notes[static_cast<std::size_t>(n)].text.in(lang));
  w.end_array();
  return out.substr(1);  // without the "{", so it can be spliced in as members
}

}  // namespace

ResultJsonRenderer::ResultJsonRenderer(const Policy& policy, Lang lang) : policy_(policy), lang_(lang) {
  for (const Measure& m : policy.measures) {
    measure_head_.push_back(measure_head(policy, m, lang));
    // What the general path below writes for a measure not claimed: no figures, no explanation, no items; what
    // claiming it takes.
    std::string whole;
    JsonWriter w(whole);
    w.begin_object().raw_member(measure_head_.back());
    w.key("status").value(status_name(Status::not_claimed));
    w.key("min").value(Yuan{0});
    w.key("max").value(Yuan{0});
    if (m.claim != Measure::Claim::none) w.key("to_claim").value(to_claim_text(m, lang));
    w.key("explanation").begin_array().end_array();
    if (m.claim == Measure::Claim::list) w.key("items").begin_array().end_array();
    w.end_object();
    not_claimed_.push_back(std::move(whole));
  }
  JsonWriter w(tail_);
  w.begin_object();
  w.key("notes").begin_array();
  for (int n : policy.global_notes) w.value(policy.notes[static_cast<std::size_t>(n)].text.in(lang));
  w.end_array();
  w.key("disclaimer").value(policy.disclaimer.in(lang));
  tail_ = tail_.substr(1);
  for (const Measure& m : policy.measures) {
    std::string key = "\"";
    JsonWriter::append_escaped(key, m.id);
    summary_key_.push_back(key + "\":[\"");
  }
}

void ResultJsonRenderer::render_summary(const Result& result, std::string& out) const {
  out += "{\"measures\":{";
  for (std::size_t i = 0; i < result.measures.size(); ++i) {
    const MeasureResult& mr = result.measures[i];
    if (i) out += ',';
    out += summary_key_[i];
    out += status_name(mr.status);  // a fixed name: nothing to escape
    out += "\",";
    out += std::to_string(mr.min);
    out += ',';
    out += std::to_string(mr.max);
    out += ']';
  }
  out += "},\"total\":[";
  out += std::to_string(result.total.min);
  out += ',';
  out += std::to_string(result.total.max);
  out += "]}";
}

void ResultJsonRenderer::render(const Result& result, std::string& out) const {
  const Policy& policy = policy_;
  JsonWriter w(out);
  w.begin_object();
  w.key("policy").value(policy.id);
  w.key("lang").value(lang_code(lang_));
  w.key("eligible").value(result.eligible);
  w.key("gate_failures").begin_array();
  for (int g : result.gate_failures) w.value(policy.gates[static_cast<std::size_t>(g)].id);
  w.end_array();
  // The failures in words: the condition or scope not met, and which measures it does not affect and why.
  w.key("gate_report").begin_array();
  for (const std::string& s : gate_report(policy, result, lang_)) w.value(s);
  w.end_array();
  w.key("unanswered").begin_array();
  for (int g : result.unanswered_gates) w.value(policy.gates[static_cast<std::size_t>(g)].id);
  w.end_array();
  w.key("measures").begin_array();
  for (std::size_t i = 0; i < result.measures.size(); ++i) {
    const MeasureResult& mr = result.measures[i];
    if (mr.status == Status::not_claimed && mr.min == 0 && mr.max == 0 && mr.lines.empty() && mr.items.empty()) {
      w.raw_member(not_claimed_[i]);
      continue;
    }
    w.begin_object().raw_member(measure_head_[i]);
    w.key("status").value(status_name(mr.status));
    w.key("min").value(mr.min);
    w.key("max").value(mr.max);
    if (mr.status == Status::not_claimed && mr.measure->claim != Measure::Claim::none)
      w.key("to_claim").value(to_claim_text(*mr.measure, lang_));
    unanswered(w, mr.unanswered, ValueRef::Scope::answers);
    if (mr.to_cap > 0) w.key("to_cap").value(mr.to_cap);
    needs(w, mr, nullptr, mr.needs, lang_);
    lines(w, policy, result, nullptr, mr.lines, lang_);
    if (mr.measure->claim == Measure::Claim::list) {
      w.key("items").begin_array();
      for (const ItemResult& it : mr.items) item(w, policy, result, mr, it, lang_);
      w.end_array();
    }
    w.end_object();
  }
  w.end_array();
  w.key("total").begin_object();
  w.key("min").value(result.total.min);
  w.key("max").value(result.total.max);
  w.key("case_by_case").value(result.total.case_by_case);
  w.key("referral").value(result.total.referral);
  w.key("unspecified").value(result.total.unspecified);
  w.end_object();
  w.raw_member(tail_);
  w.end_object();
}

std::string ResultJsonRenderer::render(const Result& result) const {
  std::string out;
  out.reserve(8192);
  render(result, out);
  return out;
}

std::string render_json(const Policy& policy, const Result& result, Lang lang) {
  return ResultJsonRenderer(policy, lang).render(result);
}

std::string render_errors_json(const Diagnostics& errors, Lang lang) {
  std::string out;
  JsonWriter w(out);
  w.begin_object().key("errors").begin_array();
  for (const Diagnostic& d : errors) {
    w.begin_object();
    w.key("path").value(d.path);
    w.key("code").value(d.code);
    w.key("message").value(d.message.in(lang));
    w.end_object();
  }
  w.end_array().end_object();
  return out;
}

}  // namespace assess
