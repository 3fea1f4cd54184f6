// 就高不重复 within one policy: items of an overlap group that share a key (the same project or centre)
// keep only the one with the highest max; the others become superseded and point at it.
#pragma once
#include "policy.hpp"
#include "result.hpp"

namespace assess {

// Marks superseded items in `result` (amounts already netted against other policies).
void resolve_overlaps(const Policy& policy, Result& result);

}  // namespace assess
