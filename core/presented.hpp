// One presented result: everything a reader is shown of one evaluated profile, in one language, worded once —
// the headline, the gate report, each measure and item with its label, tone, range and lines, what it would
// take, and what else could be claimed. The text and HTML reports and the exports draw from it; the app's results
// panel, its accessible mirror and the advisor's list can too, with no policy logic of their own
// (docs/ARCHITECTURE.md, "The presented result").
#pragma once
#include <string>
#include <vector>

#include "outcome.hpp"
#include "result.hpp"

namespace assess {

// How a status is coloured (the app: kGood, kAccent, kWarn, kWarn, kBad, kMuted).
enum class Tone {
  good,       // an estimate
  decided,    // an outcome without a figure: case by case, existing policies, no amount set
  waiting,    // waiting for an answer (amber): no verdict before an answer
  set_aside,  // superseded by a higher item (就高不重复)
  bad,        // refused by an answer the user gave (red)
  muted,      // nothing to say: not claimed, not applicable
};

struct PresentedItem {
  const ItemResult* result = nullptr;
  std::string heading;  // "#1 视觉芯片" (the name without white space at either end), "#2" when unnamed
  std::string name;     // "视觉芯片", "" when unnamed
  std::string label;    // its range in 万元 and yuan for an estimate, else its status ("待回答" while waiting)
  Tone tone = Tone::muted;
  std::vector<std::string> lines;  // the arithmetic and reasons, in order
  std::string to_cap;              // what would bring it to its cap, or ""
  std::vector<std::string> needs;  // the answers that would change it ("需要:…", "待回答…:需要…")
};

struct PresentedMeasure {
  const MeasureResult* result = nullptr;
  std::string article;  // "第四条" / "Art. 4"
  std::string title;    // in the policy's words
  std::string status;   // its status label ("可估算", "待回答", "不符合条件"…)
  Tone tone = Tone::muted;
  // An estimate: "0–300 万元(0–3,000,000 元)", prefixed with the authorities' decision where the figures depend on
  // one ("首次入选后可得:…"); otherwise "".
  std::string range;
  std::string range_wan;  // the same without the words and the yuan: "0–300" (万元), for a compact display
  std::string exact;      // "0–3,000,000 元", "" when no figure
  std::vector<std::string> lines;
  std::vector<PresentedItem> items;
  std::string to_cap;              // measures without items: as an item's
  std::vector<std::string> needs;  // the failed gates that stop it, or the answers its rule was decided by
  std::vector<std::string> notes;
  std::string department;  // "责任部门:…"
  std::string to_claim;    // not claimed: what it takes and what it pays; "" for a measure never open to applicants
};

// The top of the results: what the enterprise can hope for, in words that never hide an outcome without a figure.
struct Headline {
  Tone tone = Tone::muted;
  // "最高可申请 1,390 万元(13,900,000 元)"; with nothing estimated but outcomes decided otherwise "可申请 1 项一事一议,
  // 金额由主管部门确定"; or why there is nothing (conditions not met, not answered, nothing claimed).
  std::string amount;
  std::string minimum;  // "其中按政策规定的下限计算不少于 …", only when above 0
  std::string others;  // "另有 1 项一事一议,金额由主管部门确定(不计入合计)", when there is an amount as well
  std::string exact;   // "精确区间:1,300,000–13,900,000 元", when there is an amount
  std::string caveat;  // each amount is an upper figure decided by its department: the total is their sum
  std::string pending;  // numbers the app could not read, left out ("" when none)
};

struct PresentedGate {
  int gate = -1;
  std::string text;       // the gate_report sentence
  Tone tone = Tone::bad;  // waiting when it was not answered
};

// One line of "还可以争取 / What else you could claim": what would bring an item to its cap, an answer that would
// change an outcome, or a measure not claimed.
struct Opportunity {
  enum class Kind { to_cap, needs, not_claimed } kind = Kind::not_claimed;
  const MeasureResult* measure = nullptr;
  int item = -1;                // the item's index, or -1
  std::string measure_heading;  // "第四条 支持关键技术创新"
  std::string item_heading;     // "#1 视觉芯片", or ""
  std::string text;
};

struct Presented {
  Lang lang = Lang::zh;
  Outcome outcome = Outcome::nothing;
  Headline headline;
  std::vector<PresentedGate> gates;  // failed gates (a "no" given, or not answered), in policy order
  int gates_unanswered = 0;
  int gates_refused = 0;  // answered "no"
  // Whether a measure could still be claimed whatever is answered next: some claimable measure is stopped by no
  // gate answered "no" (an unanswered gate still leaves it possible).
  bool still_possible = true;
  std::vector<PresentedMeasure> claimed;      // claimed measures, in policy order (is_claimed)
  std::vector<PresentedMeasure> not_claimed;  // the others, in policy order (never-claimable ones included)
  std::vector<Opportunity> could_claim;       // to_cap first, then needs, then measures not claimed
  std::vector<std::string> notes;             // the policy-wide notes
  std::string disclaimer;
};

// Builds the presented result. `pending_numbers` is how many typed numbers the app could not read (they are
// missing from the answers, so the headline says so first).
Presented present(const Policy& policy, const Result& result, Lang lang, int pending_numbers = 0);

// What one measure would take, in the order of Presented::could_claim: its to_cap lines (the measure's, its
// items'), its needs, and for a measure not claimed what claiming it takes (unless a gate answered "no" stops it).
std::vector<Opportunity> opportunities_of(const Policy& policy, const Result& result, const MeasureResult& measure, Lang lang);

// The tone of a status, amber while it awaits an answer.
Tone tone_of(const MeasureResult& measure);
Tone tone_of(const ItemResult& item);

}  // namespace assess
