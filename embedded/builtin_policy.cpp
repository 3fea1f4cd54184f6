// Loads the embedded policy once; its validity is a test of its own (tests/core/policy_loader_test.cpp).
#include "builtin_policy.hpp"

#include "embedded_policy.hpp"
#include "policy_loader.hpp"

namespace assess {

const Policy& builtin_policy() {
  static const Policy policy = [] {
    Policy p;
    Diagnostics d;
    load_policy(embedded_policy_json(), p, d);
    return p;
  }();
  return policy;
}

}  // namespace assess
