// A JSON Schema (draft 2020-12) for the profile format of a policy, derived from its questions so that
// the schema and the C++ validator cannot drift apart.
#pragma once
#include <string>

#include "policy.hpp"

namespace assess {

std::string profile_schema(const Policy& policy);

}  // namespace assess
