// Rendering a result: the JSON of the result format (CLI output, what the UI reads), a plain-text report,
// and validation errors as JSON.
#pragma once
#include <string>
#include <vector>

#include "diagnostic.hpp"
#include "result.hpp"

namespace assess {

// Writes results as JSON (the result format of docs/policy-format.md: every measure, in policy order).
// Built once per policy and language: the measures' fixed texts are escaped here, once, so rendering a
// result copies them instead of escaping them again (most of a result's bytes are those texts).
class ResultJsonRenderer {
 public:
  ResultJsonRenderer(const Policy& policy, Lang lang);
  // Appends the result as one line of JSON (no newline) to out.
  void render(const Result& result, std::string& out) const;
  std::string render(const Result& result) const;
  // Appends the batch summary (docs/policy-format.md, "Batch summary") as one line of JSON (no newline):
  // {"measures":{"<id>":["<status>",min,max],...},"total":[min,max]}, every measure in policy order.
  void render_summary(const Result& result, std::string& out) const;

 private:
  const Policy& policy_;
  Lang lang_;
  std::vector<std::string> measure_head_;  // "id", "article", "title", "department", "notes" of each measure
  std::vector<std::string> not_claimed_;   // each measure's whole object when not claimed (most of them are)
  std::string tail_;                       // the policy-wide "notes" and "disclaimer"
  std::vector<std::string> summary_key_;   // "\"id\":[\"" of each measure, for the summary
};

// One-off convenience: the result as one line of JSON.
std::string render_json(const Policy& policy, const Result& result, Lang lang);

// A readable report: gates, every measure with its figures, arithmetic, article and department, totals.
std::string render_text(const Policy& policy, const Result& result, Lang lang);
// "Policy file is valid: <id>, <n> measures" (assess --check-policy), with its line end.
std::string render_policy_valid(const Policy& policy, Lang lang);

// {"errors": [{"path", "code", "message"}]} in one language, as one line of JSON.
std::string render_errors_json(const Diagnostics& errors, Lang lang);

}  // namespace assess
