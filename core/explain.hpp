// Turns structured explanation lines into sentences in one language.
#pragma once
#include <string>

#include "result.hpp"

namespace assess {

std::string explain(const Policy& policy, const Result& result, const ItemResult* item, const Line& line, Lang lang);
// The same, appended to `out` (may append nothing: a line with nothing to say).
void explain_to(std::string& out, const Policy& policy, const Result& result, const ItemResult* item, const Line& line,
                Lang lang);

// The localised name of a status ("可估算" / "estimate").
std::string status_label(Status s, Lang lang);

// The display name of a list item: its first text field ("subject"), or "" when it has none or it is empty.
const std::string& item_name(const Measure& m, const ItemResult& item);

}  // namespace assess
