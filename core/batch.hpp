// One line of a JSONL batch: a profile in, one line of JSON out (its result, or its errors with the line number).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "policy.hpp"
#include "render.hpp"

namespace assess {

enum class BatchLine { result, invalid, blank };

// Appends the output for `line` (number `line_number`, from 1) to `out`, with a trailing newline; blank
// lines produce nothing.
BatchLine assess_batch_line(const Policy& policy, const ResultJsonRenderer& renderer, std::string_view line,
                            std::size_t line_number, Lang lang, std::string& out);

}  // namespace assess
