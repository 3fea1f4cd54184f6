// Turns structured explanation lines into sentences in one language.
#pragma once
#include <string>
#include <vector>

#include "result.hpp"

namespace assess {

std::string explain(const Policy& policy, const Result& result, const ItemResult* item, const Line& line, Lang lang);

// The localised name of a status ("可估算" / "estimate").
std::string status_label(Status s, Lang lang);

// An item whose outcome waits on questions of its own not yet answered (ItemResult::unanswered), and a measure
// with such an item and no better outcome: shown as "待回答" / "Answer needed", not as a verdict.
bool awaits_answer(const ItemResult& item);
bool awaits_answer(const MeasureResult& measure);
// The label of its status, or "待回答" / "Answer needed" while it awaits an answer.
std::string status_label(const ItemResult& item, Lang lang);
std::string status_label(const MeasureResult& measure, Lang lang);

// The display name of a list item: its first text field ("subject"), or "" when it has none or it is empty.
const std::string& item_name(const Measure& m, const ItemResult& item);

// "第四条" / "Art. 4": the policy's own numeral style, used for every article the engine and the app name.
std::string article_name(int article, Lang lang);
// Only the numeral: "四" / "4" (for frames such as "第{}条").
std::string article_numeral(int article, Lang lang);

// "1,000,000–2,000,000 元", or a single figure "2,000,000 元" when both ends are equal.
std::string range_text(Yuan min, Yuan max, Lang lang);

// What the failed gates mean, one sentence per failed gate: the condition (or the policy's scope) that is not
// met, and, where the gate exempts measures, which ones it does not affect and why. Empty when all hold.
std::vector<std::string> gate_report(const Policy& policy, const Result& result, Lang lang);

// "另有一事一议 1 项、按现有政策执行 1 项(不计入合计)": only the counts that are not zero; "" when all are.
std::string total_others_text(const Totals& total, Lang lang);

}  // namespace assess
