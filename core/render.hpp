// Rendering a result: the JSON of the result format (CLI output, what the UI reads), a plain-text report,
// and validation errors as JSON.
#pragma once
#include <string>

#include "diagnostic.hpp"
#include "result.hpp"

namespace assess {

// The result as one line of JSON in the shape of docs/result-format (every measure, in policy order).
std::string render_json(const Policy& policy, const Result& result, Lang lang);

// A readable report: gates, every measure with its figures, arithmetic, article and department, totals.
std::string render_text(const Policy& policy, const Result& result, Lang lang);

// {"errors": [{"path", "code", "message"}]} in one language, as one line of JSON.
std::string render_errors_json(const Diagnostics& errors, Lang lang);

}  // namespace assess
