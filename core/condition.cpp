// Evaluation of compiled conditions against a profile.
#include "condition.hpp"

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

}  // namespace assess
