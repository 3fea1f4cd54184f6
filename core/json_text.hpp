// Parsing JSON text into a document without exceptions (the wasm build has none), keeping nlohmann's
// description of where and why the text is malformed (shortened), refusing duplicate keys and deep nesting.
#pragma once
#include <string>
#include <string_view>

#include "diagnostic.hpp"
#include "input_limits.hpp"
#include "json_object_reader.hpp"

namespace assess {

// nlohmann's description of a parse error without its prefix, quoting at most kMaxQuotedChars of the text
// before the error: "[json.exception.parse_error.101] parse error at line 1, column 5: ...; last read: '…'"
// -> "line 1, column 5: ...; last read: '…'".
std::string syntax_error_text(const Json::exception& ex);

// Diagnostics shared by every reader of JSON text.
Diagnostic duplicate_key(const std::string& path, std::string_view key);
Diagnostic too_deep(const std::string& path);
Diagnostic input_too_large(std::size_t limit);

// Parses text into out. On malformed text (or a duplicate key, or nesting deeper than kMaxJsonDepth) returns
// false and appends one diagnostic: "json_syntax" at "$" with the line, column and reason, or
// "duplicate_key" / "too_deep" with the path of the offending member.
bool parse_json_text(std::string_view text, Json& out, Diagnostics& diagnostics);

}  // namespace assess
