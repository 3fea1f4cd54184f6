// Turns structured explanation lines into sentences in one language, and words the parts of a result every
// reader shows the same way: statuses, amounts (万元 with the exact yuan), the gate report, what it would take.
#pragma once
#include <string>
#include <vector>

#include "result.hpp"

namespace assess {

std::string explain(const Policy& policy, const Result& result, const ItemResult* item, const Line& line, Lang lang);

// The localised name of a status ("可估算" / "estimate").
std::string status_label(Status s, Lang lang);

// No verdict before an answer (POLICY-ANALYSIS §4a): an item whose outcome waits on questions not yet answered
// (ItemResult::unanswered), and a measure that pays nothing while it, or one of its items, waits on one — a gate, an
// enterprise-level question such as ai_leading_enterprise, an item field: shown as "待回答" / "answer needed",
// not as a verdict. A "no" the user gave is a verdict whatever else is unanswered.
bool awaits_answer(const ItemResult& item);
bool awaits_answer(const MeasureResult& measure);
// The label of its status, or "待回答" / "Answer needed" while it awaits an answer.
std::string status_label(const ItemResult& item, Lang lang);
std::string status_label(const MeasureResult& measure, Lang lang);

// The display name of a list item: its first text field ("subject") without white space at either end, or "" when
// it has none or it is empty.
std::string item_name(const Measure& m, const ItemResult& item);

// "第四条" / "Art. 4": the policy's own numeral style, used for every article the engine and the app name.
std::string article_name(int article, Lang lang);
// Only the numeral: "四" / "4" (for frames such as "第{}条").
std::string article_numeral(int article, Lang lang);

// "1,000,000–2,000,000 元", or a single figure "2,000,000 元" when both ends are equal.
std::string range_text(Yuan min, Yuan max, Lang lang);
// An amount for a person to read: "300 万元(3,000,000 元)"; a range "0–300 万元(0–3,000,000 元)", one figure when
// both ends are equal.
std::string money_text(Yuan amount, Lang lang);
std::string money_range_text(Yuan min, Yuan max, Lang lang);

// An answer as the user gave it: "是" / "否", an option's label, a number, a name.
std::string answer_text(const Field& field, const Value& value, Lang lang);

// What the failed gates mean, one sentence per failed gate: the condition (or the policy's scope) and the answer
// given (or that none was), and, where the gate exempts measures, which ones it does not affect and why — only
// those no other failed gate stops. Empty when all hold.
std::vector<std::string> gate_report(const Policy& policy, const Result& result, Lang lang);

// "另有 1 项一事一议,金额由主管部门确定(不计入合计)": only the counts that are not zero; "" when all are.
std::string total_others_text(const Totals& total, Lang lang);
// The counts alone: "1 项一事一议、2 项政策未规定金额"; "" when all are zero.
std::string others_counts_text(const Totals& total, Lang lang);

// What it would take (POLICY-ANALYSIS §4b), in words; "" when there is nothing to say.
// An estimate below its cap (ItemResult::to_cap): "攻关投入再增加 700 万元(7,000,000 元)(共 10,000,000 元)时,
// 上限可达 500 万元(5,000,000 元)", with the authorities' decision where the figures depend on one.
std::string to_cap_text(const MeasureResult& measure, const ItemResult* item, Lang lang);
// The answers that would change an outcome, in words, those sharing one condition said once:
// "需要:经苏州市及以上认定的首台(套)装备及关键零部件(您的回答:区(县级市)级)", "需要:具有独立法人资格(第十七条)",
// "待回答“中心类型”:需要市级制造业创新中心,…", "待回答:具有独立法人资格(第十七条)".
std::vector<std::string> needs_texts(const std::vector<Need>& needs, Lang lang);
// A measure not claimed: what it takes in the policy's words, and what it pays ("…;每项最高 200 万元(2,000,000 元)").
std::string to_claim_text(const Measure& measure, Lang lang);

}  // namespace assess
