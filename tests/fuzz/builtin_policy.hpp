// The built-in (Suzhou) policy, loaded once, for the harnesses that fuzz what is read against it.
#pragma once
#include "assess.hpp"
#include "embedded_policy.hpp"

inline const assess::Policy& builtin_policy() {
  static const assess::Policy policy = [] {
    assess::Policy p;
    assess::Diagnostics d;
    assess::load_policy(assess::embedded_policy_json(), p, d);
    return p;
  }();
  return policy;
}
