// A profile as a short, URL-safe code, for hand-over links (…/#p=CODE, shown as a QR code): the answers by
// position in the policy's question tree rather than by name, so a full profile fits a scannable code.
// Decoding gives back a profile document, which is then validated like any file (read_profile_json).
#pragma once
#include <string>
#include <string_view>

#include "diagnostic.hpp"
#include "json.hpp"
#include "policy.hpp"

namespace assess {

// The code of a profile document of this policy (its "answers" object; unknown keys are not carried).
// Layout, before base64url: [policy id, profile format version, [value of question 0, question 1, …]], where
// a bool is 1/0, an enum its option's index, an enum_set a bit mask of option indices, a list an array of
// items and an item or group an array of its fields' values, each in the policy's order; an unanswered value
// is null, and trailing nulls are left out.
std::string encode_share_code(const Policy& policy, const Json& profile);

// The profile document a code stands for. False, with diagnostics at "#p" paths (the code's own positions),
// when the code is not one: not base64url, not JSON, another policy or format version, or a value that does
// not fit its question.
bool decode_share_code(const Policy& policy, std::string_view code, Json& profile, Diagnostics& errors);

}  // namespace assess
