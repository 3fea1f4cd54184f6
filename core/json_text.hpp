// Parsing JSON text into a document without exceptions (the wasm build has none), keeping nlohmann's
// description of where and why the text is malformed (shortened), refusing duplicate keys and deep nesting.
#pragma once
#include <string>
#include <string_view>

#include "diagnostic.hpp"
#include "json.hpp"

namespace assess {

// Parses text into out. On malformed text (or a duplicate key, or nesting deeper than kMaxJsonDepth) returns
// false and appends one diagnostic: "json_syntax" at "$" with the line, column and reason, or
// "duplicate_key" / "too_deep" with the path of the offending member.
bool parse_json_text(std::string_view text, Json& out, Diagnostics& diagnostics);

}  // namespace assess
