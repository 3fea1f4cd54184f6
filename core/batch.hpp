// One line of a JSONL batch: a profile in, one line of JSON out (its result, or its errors with the line number).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "policy.hpp"
#include "profile_reader.hpp"
#include "render.hpp"

namespace assess {

enum class BatchLine { result, invalid, blank };

// What a batch writes for a valid line: the full result (the default) or its summary
// (docs/policy-format.md, "Batch summary").
enum class BatchFormat { full, summary };

// Appends the output for `line` (number `line_number`, from 1) to `out`, with a trailing newline; blank
// lines produce nothing.
BatchLine assess_batch_line(const Policy& policy, const ResultJsonRenderer& renderer, std::string_view line,
                            std::size_t line_number, Lang lang, std::string& out);

// The same through a reusable ProfileReader (one per thread), in either format. With padded = true,
// kProfileReadPadding bytes after the line may be read. The output is byte for byte that of the function above
// (for BatchFormat::full).
BatchLine assess_batch_line(const Policy& policy, const ResultJsonRenderer& renderer, ProfileReader& reader, BatchFormat format,
                            std::string_view line, bool padded, std::size_t line_number, Lang lang, std::string& out);

}  // namespace assess
