// Evaluating the policy's conditions on answers: the core's own business (a UI asks questionnaire.hpp).
#pragma once
#include <vector>

#include "condition.hpp"
#include "profile.hpp"

namespace assess {

// Whether the condition holds; item is null outside list measures (the loader rejects item refs there).
bool holds(const Condition& c, const std::vector<Value>& answers, const Item* item);

// Appends to `out` (once each) the questions with no answer — the enterprise's, or the item's when item is not null —
// on which the condition's value depends: those that could make it hold or fail once answered (a field beside a
// decisive "false" in an "all" is not).
void unanswered_fields(const Condition& c, const std::vector<Value>& answers, const Item* item, std::vector<const Field*>& out);

// Appends to `out` (once each) the fields whose answers make the condition come out as it does: those to change
// for the other outcome (every operand of an "all" that holds; the failing operands of one that fails; the
// reverse for "any").
void deciding_fields(const Condition& c, const std::vector<Value>& answers, const Item* item, std::vector<const Field*>& out);

// Whether a value counts as "true" for "is": a true bool, a positive number, a non-empty text, set or list.
bool is_truthy(const Field& field, const Value& value);

}  // namespace assess
