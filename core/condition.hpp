// Conditions of the policy file ("is", "in", "not", "all", "any") compiled to slot lookups (evaluated by
// condition_eval.hpp, inside the core).
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

}  // namespace assess
