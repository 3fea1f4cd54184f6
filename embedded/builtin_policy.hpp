// The built-in policy, loaded once from embedded_policy_json(): for tests, benchmarks and fuzzers that read
// profiles against it. (The CLI and the web app load it themselves, to report errors in their own way.)
#pragma once
#include "policy.hpp"

namespace assess {
const Policy& builtin_policy();
}
