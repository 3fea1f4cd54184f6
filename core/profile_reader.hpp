// Reading an enterprise's answers (the profile format of docs/policy-format.md) against a loaded policy:
// every unknown key, wrong type, out-of-range number or unknown choice becomes a Diagnostic with its path.
#pragma once
#include <string_view>

#include "diagnostic.hpp"
#include "input_limits.hpp"
#include "json_object_reader.hpp"
#include "policy.hpp"
#include "profile.hpp"

namespace assess {

// At most this many diagnostics are reported for one profile (then one "too_many_errors"). The other limits
// (size, nesting, string length) are in input_limits.hpp.
constexpr std::size_t kMaxProfileDiagnostics = 100;

// Parses and validates profile text. Returns true and fills `out` only when there is no error.
bool read_profile(const Policy& policy, std::string_view json_text, Profile& out, Diagnostics& errors);

// The same, and on success the document itself (parsed only once the text has passed every limit).
bool read_profile_document(const Policy& policy, std::string_view json_text, Json& document, Profile& out, Diagnostics& errors);

// The same, for an already parsed document.
bool read_profile_json(const Policy& policy, const Json& root, Profile& out, Diagnostics& errors);

}  // namespace assess
