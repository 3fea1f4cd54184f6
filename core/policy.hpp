// The policy, compiled from its JSON file into the form evaluation uses: slots, not names.
// Nothing here is specific to one policy; the Suzhou policy is only data loaded into these structs.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "condition.hpp"
#include "money.hpp"
#include "text.hpp"

namespace assess {

enum class FieldType { boolean, count, yuan, enumeration, enum_set, text, list, group };

struct Option {
  std::string value;
  Text label;
};

// A question, a field of a list item, or a group of fields (such as a project's costs).
struct Field {
  std::string id;
  FieldType type = FieldType::boolean;
  Text label;
  Text help;
  Text item_label;                                   // list: what one entry is called ("R&D project")
  int article = 0;                                   // top-level questions: the article the question serves
  std::vector<Option> options;                       // enum, enum_set
  std::vector<Field> fields;                         // list: the item's fields; group: its sub-fields
  int slot = -1;                                     // index in the enclosing value vector; a group has none, its sub-fields do
  ValueRef::Scope scope = ValueRef::Scope::answers;  // a question of the enterprise, or a field of a list item
  std::string path;    // within its level: "in_suzhou", "key_field", "costs.personnel" (a group's sub-field)
  int item_width = 0;  // list: number of slots in one item
  Condition show_if;   // top-level questions: when the UI shows it
  // A yes/no field of a list item: when an item is added while this condition over the answers holds, the field
  // starts as "yes" (the app's pre-answer, still editable; e.g. a project of an enterprise in the key fields).
  Condition prefill_if = Condition::never_holds();
};

// An amount formula: a fixed sum, or rate_bp basis points of the sum of some fields, capped.
struct Amount {
  enum class Kind { fixed, rate } kind = Kind::fixed;
  Yuan fixed = 0;
  std::int64_t rate_bp = 0;
  std::vector<ValueRef> base;      // rate: the fields summed into the base
  std::vector<ValueRef> excluded;  // rate: fields beside the base in its group, shown but not counted
  Yuan cap = 0;
  Text base_label;
  bool same_as(const Amount& o) const;
};

enum class Status { estimate, case_by_case, referral, unspecified, superseded, not_applicable, ineligible, not_claimed };

struct Rule {
  Condition when;
  Status status = Status::estimate;
  Amount min, max;  // estimate only
  Text reason;      // every other status
  // What would lift this outcome, in the policy's words ("经苏州市及以上认定的首台(套)装备"): said beside the
  // answers that decided it (MeasureResult::needs). Required for ineligible and not_applicable rules with a `when`.
  Text needs;
};

struct Measure {
  enum class Claim { none, any_true, list, count } claim = Claim::none;
  std::string id;
  int article = 0;
  Text title;
  Text department;
  std::vector<int> claim_slots;           // any_true: answers slots; count and list: one slot
  const Field* list = nullptr;            // list: the list question
  std::vector<Rule> rules;                // first rule whose condition holds decides
  std::vector<int> notes;                 // indices into Policy::notes
  std::vector<int> gates;                 // indices of the gates this measure requires (unless gate_exempt_if holds)
  std::vector<Condition> gate_exempt_if;  // parallel to gates: when the measure is exempt after all (never, mostly)
  Text precondition;  // a decision of the authorities the figures depend on (遴选, 择优, 经认定…), or empty
  Text estimate_if;   // how an estimate is phrased under it ("如获遴选" / "If selected")
  // A yes/no answer that confirms the precondition has happened (art. 11: the centre is newly recognised), and what
  // is said then instead of "if recognised"; no field: the precondition is never confirmed by an answer.
  ValueRef precondition_confirmed_by;
  Text precondition_confirmed;
  Text to_claim;              // what it takes to claim the measure, in the policy's words (claimable measures)
  int netting_slot = -1;      // list: item slot of the other-policy-support field, or -1
  int overlap_group = -1;     // index into Policy::overlap_groups, or -1
  int overlap_key_slot = -1;  // list: item slot of the group's key field
};

struct Gate {
  std::string id;
  int slot = -1;                    // the bool question that must be true
  const Field* question = nullptr;  // that question
  int article = 0;                  // the article that sets the condition; 0 for the policy's scope
  bool scope = false;               // the policy's own scope (a municipal policy: in Suzhou), not a condition of an article
  Text label;
  std::vector<int> exempt;  // measures this gate does not apply to (some only while a condition holds), in policy order
  Text exempt_reason;       // why they are exempt, said wherever the gate's failure is reported
};

struct OverlapGroup {
  std::string id;
  std::vector<int> measures;
  int note = -1;
};

struct Note {
  std::string id;
  Text text;
};

struct Article {
  int number = 0;
  Text chapter;
  Text title;
  Text text;
};

struct Limits {
  Yuan yuan_max = 0;
  std::int64_t count_max = 0;
  std::int64_t list_max = 0;
  std::int64_t text_max = 0;
};

struct Activity {
  std::string id;
  Text label;
  std::vector<int> questions;  // indices into Policy::questions
  bool preselected = false;    // ticked when the questionnaire starts (and after "clear")
};

// Fields, measures and amounts point into this struct's own vectors: it can be moved, never copied.
struct Policy {
  Policy() = default;
  Policy(const Policy&) = delete;
  Policy& operator=(const Policy&) = delete;
  Policy(Policy&&) = default;
  Policy& operator=(Policy&&) = default;

  std::string id;
  std::string profile_format_name;  // "suzhou-ai-assess/profile"
  int profile_format_version = 0;   // 1
  Text title, issuer, level, status, effective, preamble, disclaimer;
  Text gates_intro;  // optional: what the conditions step says before its questions (whom the policy applies to)
  std::string number;
  std::string source;  // the policy file as loaded, for the UI and the host page
  Limits limits;
  std::vector<Article> articles;
  std::vector<Field> questions;
  std::vector<Activity> activities;
  std::vector<Gate> gates;
  std::vector<Measure> measures;
  std::vector<OverlapGroup> overlap_groups;
  std::vector<Note> notes;
  std::vector<int> global_notes;
  int answer_width = 0;  // number of top-level slots

  const Article* article(int number) const;
  const Field* question(const std::string& id) const;
};

}  // namespace assess
