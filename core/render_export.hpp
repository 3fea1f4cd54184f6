// Exports of several assessed enterprises at once (advisor mode): a CSV table for spreadsheets and JSON Lines
// for tools. Pure text building; the UI offers the result as a download.
#pragma once
#include <string>
#include <vector>

#include "json.hpp"
#include "result.hpp"
#include "text.hpp"

namespace assess {

// One enterprise as the advisor assessed it: the name shown in the list, its profile and its result.
struct AssessedEnterprise {
  std::string name;
  const Json* profile = nullptr;
  const Result* result = nullptr;
};

// RFC 4180 CSV, UTF-8 with a byte-order mark (spreadsheets then read the hanzi), CRLF line ends. One row per
// enterprise per measure (every measure, so the table compares like with like), then one "total" row per
// enterprise. Amounts are exact yuan. A cell a spreadsheet would run as a formula (=, +, -, @, TAB or CR first,
// OWASP's list) is prefixed with an apostrophe, and control characters, bidi controls and bytes that are not UTF-8
// are shown as U+FFFD: an enterprise name is user input.
std::string render_csv(const Policy& policy, const std::vector<AssessedEnterprise>& enterprises, Lang lang);

// The same CSV laid out for comparing enterprises: one row per enterprise — its name, its total's lowest and
// highest amount (exact yuan) and "not eligible" when nothing pays — then two columns per measure of the policy
// (its article and title, lowest and highest): the amounts of an estimate, the status in words for a measure
// claimed without one (decided case by case, superseded…), empty cells for a measure not claimed.
std::string render_csv_by_enterprise(const Policy& policy, const std::vector<AssessedEnterprise>& enterprises, Lang lang);

// One line per enterprise: {"enterprise": name, "profile": {...}, "result": {...}} (the result format). Control
// characters and bidi controls in the name are written as \uXXXX escapes, bytes that are not UTF-8 as U+FFFD.
std::string render_jsonl(const Policy& policy, const std::vector<AssessedEnterprise>& enterprises, Lang lang);

}  // namespace assess
