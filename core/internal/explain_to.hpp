// explain(), appending to a string the caller reuses: the result renderer words every line of a batch this way.
#pragma once
#include <string>

#include "result.hpp"

namespace assess {

// Appends the sentence for `line` to `out` (may append nothing: a line with nothing to say).
void explain_to(std::string& out, const Policy& policy, const Result& result, const ItemResult* item, const Line& line,
                Lang lang);

}  // namespace assess
