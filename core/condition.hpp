// Conditions of the policy file ("is", "in", "not", "all", "any") compiled to slot lookups.
#pragma once
#include <cstdint>
#include <vector>

#include "profile.hpp"

namespace assess {

struct Field;

// Where a condition reads a value: the top-level answers, or the list item being evaluated.
struct ValueRef {
  enum class Scope { answers, item } scope = Scope::answers;
  int slot = -1;
  const Field* field = nullptr;
};

struct Condition {
  enum class Op { always, never, is, in, negate, all, any } op = Op::always;
  ValueRef ref;                     // is, in
  std::uint64_t mask = 0;           // in: bit i set when option i is accepted
  std::vector<Condition> operands;  // negate (one), all, any

  static Condition never_holds() {
    Condition c;
    c.op = Op::never;
    return c;
  }
};

// Whether the condition holds; item is null outside list measures (the loader rejects item refs there).
bool holds(const Condition& c, const std::vector<Value>& answers, const Item* item);

// Appends to `out` (once each) the item fields with no answer in `item` on which the condition's value depends:
// those that could make it hold or fail once answered (a field beside a decisive "false" in an "all" is not).
void unanswered_item_fields(const Condition& c, const std::vector<Value>& answers, const Item& item,
                            std::vector<const Field*>& out);

// Whether a value counts as "true" for "is": a true bool, a positive number, a non-empty text, set or list.
bool is_truthy(const Field& field, const Value& value);

}  // namespace assess
