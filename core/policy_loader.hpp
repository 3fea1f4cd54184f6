// Loading a policy file: strict validation (every error with its JSON path) and compilation to slots.
#pragma once
#include <string_view>

#include "diagnostic.hpp"
#include "policy.hpp"

namespace assess {

// The policy file format this engine reads.
constexpr const char* kPolicyFormatName = "suzhou-ai-assess/policy";
constexpr int kPolicyFormatVersion = 1;

// Hard bounds that keep every sum and product of the engine inside int64 (see docs/policy-format.md).
constexpr std::int64_t kMaxYuanLimit = 10000000000000;  // 10^13 yuan
constexpr std::int64_t kMaxCountLimit = 1000;
constexpr std::int64_t kMaxListLimit = 1000;
constexpr std::int64_t kMaxRateBp = 10000;  // 100 %
constexpr std::size_t kMaxBaseFields = 16;
constexpr std::size_t kMaxMeasures = 200;

// Parses and validates policy JSON text. Returns true and fills `out` only when there is no error at all;
// otherwise every problem found is appended to `errors`.
bool load_policy(std::string_view json_text, Policy& out, Diagnostics& errors);

// Splits "name@3" into name and version; false when the shape is wrong.
bool split_format(const std::string& format, std::string& name, int& version);

}  // namespace assess
