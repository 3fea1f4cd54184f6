// Every sentence the engine itself says, in both languages. Policy-specific words come from the policy file;
// these are the generic frames around them (validation errors, the arithmetic of an estimate, headings).
#include "messages.hpp"

#include <algorithm>
#include <cstdlib>
#include <iterator>

namespace assess {

namespace {

struct Entry {
  std::string_view key;
  std::string_view zh;
  std::string_view en;
};

// Sorted by key (checked by a test) so lookup is a binary search.
constexpr Entry kMessages[] = {
    {"bad_format", "不是本工具的答案文件(format 应为“{}”),实际为 {}",
     "not an answers file of this tool (format should be \"{}\"); got {}"},
    {"base_terms", "{} = {} = {} 元", "{} = {} = {} yuan"},
    {"count_negative", "应为不小于 0 的整数,实际为 {}", "must be a whole number, 0 or more; got {}"},
    {"count_not_integer", "应为整数,实际为 {}", "must be a whole number; got {}"},
    {"count_too_large", "应不大于 {},实际为 {}", "must be at most {}; got {}"},
    {"duplicate_key", "字段“{}”重复出现", "the field \"{}\" appears more than once"},
    {"duplicate_option", "“{}”重复出现", "\"{}\" appears twice"},
    {"estimate_if", "{}后可得:{}", "Estimate {}: {}"},
    {"excluded", "{} {} 元不计入{}", "{}: {} yuan, not part of the {}"},
    {"fixed_range", "估算 {}–{} 元", "Estimate {}–{} yuan"},
    {"fixed_single", "估算 {} 元", "Estimate: {} yuan"},
    {"fixed_upto", "政策规定最高 {} 元,估算从 0 起至该金额",
     "The policy sets a maximum of {} yuan, so the estimate runs from 0 up to it"},
    {"gate_exempt", "。这不影响{}:{}。", ". This does not affect {}: {}."},
    {"gate_failed", "未满足{}适用条件:{}", "{} condition not met: {}"},
    {"gate_out_of_scope", "不在本政策适用范围内:本政策适用于{}的单位", "Outside the policy's scope: it is for organisations {}"},
    {"gate_unanswered", "(未作答)", " (not answered)"},
    {"heading_answers", "填写的答案", "Answers"},
    {"heading_department", "责任部门", "Responsible"},
    {"heading_full_text", "附:政策全文({})", "Appendix: the policy's full text ({})"},
    {"heading_gates", "适用条件与适用范围", "Conditions and scope"},
    {"heading_notes", "说明", "Notes"},
    {"heading_result", "评估结果", "Result"},
    {"heading_total", "合计", "Total"},
    {"input_too_large", "内容过大:超过上限 {} 字节", "too large: more than the limit of {} bytes"},
    {"item_unanswered", "尚未回答:{};回答后才能判断本项是否符合条件,此前不计入金额",
     "Not answered yet: {}. Whether this item qualifies is decided once it is answered; until then it adds nothing"},
    {"json_syntax", "JSON 语法错误:{}", "JSON syntax error: {}"},
    {"list_separator", "、", "; "},
    {"missing_key", "缺少必填字段“{}”", "required field \"{}\" is missing"},
    {"netting", "同一事项已获其他政策支持 {} 元,按就高不重复只计差额:{}–{} 元 → {}–{} 元",
     "{} yuan already granted for the same item under other policies; only the difference counts (the higher applies): {}–{} → "
     "{}–{} yuan"},
    {"newer_format", "答案文件格式版本为 {},比本工具支持的版本 {} 新,请使用新版工具",
     "the answers file is format version {}, newer than version {} that this tool reads; use a newer version of the tool"},
    {"others_case_by_case", "一事一议 {} 项", "{} case by case"},
    {"others_referral", "按现有政策执行 {} 项", "{} under existing policies"},
    {"others_unspecified", "金额未规定 {} 项", "{} with no amount set"},
    {"per_count", "每项最高 {} 元 × {} 项 = {} 元", "Up to {} yuan each × {} = {} yuan"},
    {"policy_amount_forbidden", "只有 estimate 结果可以给出 min 和 max", "only an estimate may give min and max"},
    {"policy_amount_needed", "estimate 结果必须给出 min 和 max", "an estimate must give min and max"},
    {"policy_bad_condition", "条件应为 true、false,或含 is、in、not、all、any 之一的对象",
     "a condition must be true, false, or an object with one of is, in, not, all, any"},
    {"policy_bad_format", "不是本工具的政策文件(format 应为“{}”),实际为 {}",
     "not a policy file of this tool (format should be \"{}\"); got {}"},
    {"policy_bad_value", "“{}”不是有效取值,可选值:{}", "\"{}\" is not valid; use one of: {}"},
    {"policy_duplicate_id", "标识“{}”重复", "the id \"{}\" is used twice"},
    {"policy_item_ref_outside_list", "只有列表类措施可以引用 item.*", "only list measures may refer to item.*"},
    {"policy_last_rule_conditional", "最后一条规则不能带条件(when),否则可能没有结论",
     "the last rule must have no condition (when), so that every case has an outcome"},
    {"policy_min_over_max", "下限公式可能大于上限公式", "the min formula can exceed the max formula"},
    {"policy_out_of_range", "应在 {} 到 {} 之间,实际为 {}", "must be between {} and {}; got {}"},
    {"policy_prefill_not_bool", "只有是非题(bool)可以预填:{}", "only a yes/no (bool) field can be pre-answered: {}"},
    {"policy_reason_needed", "非 estimate 结果必须给出理由(reason)", "an outcome other than estimate must give a reason"},
    {"policy_ref_type", "“{}”的类型不能用于此处(需要{})", "\"{}\" has the wrong type here (needs {})"},
    {"policy_unknown_ref", "引用了不存在的{}“{}”", "refers to an unknown {} \"{}\""},
    {"precondition", "前提:{}。", "Precondition: {}."},
    {"precondition_estimate", "前提:{}。下列金额为{}后可得的估算。", "Precondition: {}. The figures below apply {}."},
    {"rate_capped", "{}{} × {} 元({})= {} 元{},超过上限,按 {} 元计", "{}{} × {} yuan ({}) = {} yuan{}, over the cap: {} yuan"},
    {"rate_lower", "下限:", "Lower: "},
    {"rate_rounded", "(向下取整)", " (rounded down)"},
    {"rate_uncapped", "{}{} × {} 元({})= {} 元{},未超过上限 {} 元", "{}{} × {} yuan ({}) = {} yuan{}, within the {} yuan cap"},
    {"rate_upper", "上限:", "Upper: "},
    {"ref_field", "字段", "field"},
    {"ref_gate", "适用条件", "gate"},
    {"ref_measure", "措施", "measure"},
    {"ref_note", "说明", "note"},
    {"ref_question", "问题", "question"},
    {"report_enterprise", "企业名称:{}", "Enterprise: {}"},
    {"report_generated", "生成时间:{}", "Generated: {}"},
    {"report_print_hint", "打印或另存为 PDF:请使用浏览器的“打印”功能(Ctrl+P)。",
     "To print or save as PDF, use the browser's Print command (Ctrl+P)."},
    {"report_title", "政策奖补测算报告", "Award estimate report"},
    {"status_awaiting_answer", "待回答", "answer needed"},
    {"status_case_by_case", "一事一议", "case by case"},
    {"status_estimate", "可估算", "estimate"},
    {"status_ineligible", "不符合条件", "not eligible"},
    {"status_not_applicable", "不适用", "not applicable"},
    {"status_not_claimed", "未勾选", "not selected"},
    {"status_referral", "按现有相关政策执行", "under existing policies"},
    {"status_superseded", "就高不重复,已由他项替代", "superseded (the higher applies)"},
    {"status_unspecified", "给予支持,金额未规定", "support, amount not set"},
    {"string_too_long", "字符串过长:上限为 {} 字节,实际为 {} 字节", "string too long: the limit is {} bytes; has {}"},
    {"summary", "共 {} 项,其中 {} 项有估算金额", "{} items, {} with an estimate"},
    {"summary_all", "共 {} 项,均有估算金额", "{} items, all with an estimate"},
    {"summary_none", "共 {} 项,均无估算金额", "{} items, none with an estimate"},
    {"superseded", "与{0}“{1}”第 {2} 项为同一事项,按就高不重复以该项(最高 {3} 元)为准;本项单独计算最高 {4} 元,不再计入。",
     "Same matter as item {2} of {0} \"{1}\": under the higher-applies rule that item (up to {3} yuan) stands; this one (up to "
     "{4} "
     "yuan on its own) is not counted."},
    {"text_bad_character", "不能含有控制字符或文字方向控制符(如 NUL、U+202E)",
     "must not contain control characters or text-direction controls (such as NUL or U+202E)"},
    {"text_too_long", "不应超过 {} 个字符,实际为 {} 个", "must be at most {} characters; has {}"},
    {"too_deep", "嵌套超过 {} 层", "nested more than {} levels deep"},
    {"too_many_errors", "错误过多,只列出前 {} 条", "too many errors; only the first {} are listed"},
    {"too_many_items", "最多 {} 项,实际为 {} 项", "at most {} items; has {}"},
    {"total_line", "估算合计:{}", "Estimated total: {}"},
    {"total_line_wan", "估算合计:{} 万元({})", "Estimated total: {} 万元 ({})"},
    {"total_others", "另有{}(不计入合计)", "Also: {} (not in the total)"},
    {"type_array", "应为数组", "must be an array"},
    {"type_bool", "应为 true 或 false", "must be true or false"},
    {"type_integer", "应为整数", "must be a whole number"},
    {"type_object", "应为对象", "must be an object"},
    {"type_string", "应为字符串", "must be a string"},
    {"type_text", "应为含 zh 和 en 的对象", "must be an object with zh and en"},
    {"unknown_key", "未知字段“{}”", "unknown field \"{}\""},
    {"unknown_option", "“{}”不是有效选项,可选值:{}", "\"{}\" is not a valid choice; use one of: {}"},
    {"value_no", "否", "No"},
    {"value_yes", "是", "Yes"},
    {"wrong_policy", "此答案文件适用于政策“{}”,本工具评估的是“{}”",
     "these answers are for the policy \"{}\"; this tool evaluates \"{}\""},
    {"wrong_type", "{},实际为 {}", "{}; got {}"},
    {"yuan_negative", "应为不小于 0 的整数(元),实际为 {}", "must be a whole number of yuan, 0 or more; got {}"},
    {"yuan_not_integer", "应为整数(元),实际为 {}", "must be a whole number of yuan; got {}"},
    {"yuan_too_large", "应不超过 {} 元,实际为 {}", "must be at most {} yuan; got {}"},
};

const Entry& find(std::string_view key) {
  auto it = std::lower_bound(std::begin(kMessages), std::end(kMessages), key,
                             [](const Entry& e, std::string_view k) { return e.key < k; });
  if (it == std::end(kMessages) || it->key != key) std::abort();  // a typo in the engine, caught by every test
  return *it;
}

}  // namespace

// "{}" takes the next argument; "{N}" takes argument N (lets a translation reorder its arguments).
void append_filled(std::string& out, std::string_view pattern, std::initializer_list<std::string_view> args) {
  std::size_t next = 0;
  std::size_t plain = 0;  // start of the run of plain text not yet copied
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] != '{') continue;
    std::size_t close = pattern.find('}', i);
    if (close == std::string_view::npos || close - i > 3) continue;
    out.append(pattern.data() + plain, i - plain);
    std::size_t index = next++;
    if (close > i + 1) index = static_cast<std::size_t>(std::atoi(std::string(pattern.substr(i + 1, close - i - 1)).c_str()));
    if (index < args.size()) out += *(args.begin() + index);
    i = close;
    plain = close + 1;
  }
  out.append(pattern.data() + plain, pattern.size() - plain);
}

std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args) {
  std::string out;
  append_filled(out, pattern, args);
  return out;
}

Text message(std::string_view key, std::initializer_list<std::string_view> args) {
  const Entry& e = find(key);
  return Text{fill(e.zh, args), fill(e.en, args)};
}

std::string message_in(Lang lang, std::string_view key, std::initializer_list<std::string_view> args) {
  std::string out;
  append_message(out, lang, key, args);
  return out;
}

void append_message(std::string& out, Lang lang, std::string_view key, std::initializer_list<std::string_view> args) {
  const Entry& e = find(key);
  append_filled(out, lang == Lang::zh ? e.zh : e.en, args);
}

bool parse_lang(const std::string& s, Lang& out) {
  if (s == "zh")
    out = Lang::zh;
  else if (s == "en")
    out = Lang::en;
  else
    return false;
  return true;
}

// Exposed for the ordering test.
bool messages_sorted() {
  return std::is_sorted(std::begin(kMessages), std::end(kMessages), [](const Entry& a, const Entry& b) { return a.key < b.key; });
}

}  // namespace assess
