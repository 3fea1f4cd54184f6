// Evaluation of compiled conditions against a profile.
#include <algorithm>

#include "condition_eval.hpp"
#include "policy.hpp"

namespace assess {

bool is_truthy(const Field& field, const Value& value) {
  switch (field.type) {
    case FieldType::boolean:
    case FieldType::count:
    case FieldType::yuan:
    case FieldType::enum_set:
      return value.number != 0;
    case FieldType::enumeration:
      return value.answered;
    case FieldType::text:
      return !value.text.empty();
    case FieldType::list:
      return !value.items.empty();
    case FieldType::group:
      return false;
  }
  return false;
}

static const Value& read(const ValueRef& ref, const std::vector<Value>& answers, const Item* item) {
  return ref.scope == ValueRef::Scope::answers ? answers[static_cast<std::size_t>(ref.slot)]
                                               : item->values[static_cast<std::size_t>(ref.slot)];
}

bool holds(const Condition& c, const std::vector<Value>& answers, const Item* item) {
  switch (c.op) {
    case Condition::Op::always:
      return true;
    case Condition::Op::never:
      return false;
    case Condition::Op::is:
      return is_truthy(*c.ref.field, read(c.ref, answers, item));
    case Condition::Op::in: {
      const Value& v = read(c.ref, answers, item);
      return v.answered && v.number >= 0 && v.number < 64 && ((c.mask >> v.number) & 1u) != 0;
    }
    case Condition::Op::negate:
      return !holds(c.operands.front(), answers, item);
    case Condition::Op::all:
      for (const Condition& o : c.operands)
        if (!holds(o, answers, item)) return false;
      return true;
    case Condition::Op::any:
      for (const Condition& o : c.operands)
        if (holds(o, answers, item)) return true;
      return false;
  }
  return false;
}

namespace {

enum class Known { no, yes, unknown };

// Kleene's three values: a question with no answer (the enterprise's or the item's) is unknown, and so is
// whatever it decides.
Known holds_known(const Condition& c, const std::vector<Value>& answers, const Item* item) {
  switch (c.op) {
    case Condition::Op::is:
    case Condition::Op::in:
      if (!read(c.ref, answers, item).answered) return Known::unknown;
      return holds(c, answers, item) ? Known::yes : Known::no;
    case Condition::Op::negate: {
      const Known k = holds_known(c.operands.front(), answers, item);
      return k == Known::unknown ? k : k == Known::yes ? Known::no : Known::yes;
    }
    case Condition::Op::all:
    case Condition::Op::any: {
      const Known decisive = c.op == Condition::Op::all ? Known::no : Known::yes;
      bool unknown = false;
      for (const Condition& o : c.operands) {
        const Known k = holds_known(o, answers, item);
        if (k == decisive) return decisive;
        unknown = unknown || k == Known::unknown;
      }
      return unknown ? Known::unknown : decisive == Known::no ? Known::yes : Known::no;
    }
    default:
      return holds(c, answers, item) ? Known::yes : Known::no;
  }
}

void add_once(std::vector<const Field*>& out, const Field* f) {
  if (std::find(out.begin(), out.end(), f) == out.end()) out.push_back(f);
}

void collect_unknown(const Condition& c, const std::vector<Value>& answers, const Item* item, std::vector<const Field*>& out) {
  if (c.op == Condition::Op::is || c.op == Condition::Op::in) {
    add_once(out, c.ref.field);
    return;
  }
  for (const Condition& o : c.operands)
    if (holds_known(o, answers, item) == Known::unknown) collect_unknown(o, answers, item, out);
}

}  // namespace

void unanswered_fields(const Condition& c, const std::vector<Value>& answers, const Item* item, std::vector<const Field*>& out) {
  if (holds_known(c, answers, item) == Known::unknown) collect_unknown(c, answers, item, out);
}

void deciding_fields(const Condition& c, const std::vector<Value>& answers, const Item* item, std::vector<const Field*>& out) {
  switch (c.op) {
    case Condition::Op::always:
    case Condition::Op::never:
      return;
    case Condition::Op::is:
    case Condition::Op::in:
      add_once(out, c.ref.field);
      return;
    case Condition::Op::negate:
      deciding_fields(c.operands.front(), answers, item, out);
      return;
    case Condition::Op::all:
    case Condition::Op::any: {
      // An "all" that holds is decided by every operand, one that fails by those that fail; an "any" the reverse.
      const bool value = holds(c, answers, item);
      const bool every = (c.op == Condition::Op::all) == value;
      for (const Condition& o : c.operands)
        if (every || holds(o, answers, item) == value) deciding_fields(o, answers, item, out);
      return;
    }
  }
}

}  // namespace assess
