// The diagnostics every reader of JSON text in the core gives (json_text.cpp, profile_reader.cpp), worded alike.
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "diagnostic.hpp"
#include "json.hpp"

namespace assess {

// nlohmann's description of a parse error without its prefix, quoting at most kMaxQuotedChars of the text
// before the error: "[json.exception.parse_error.101] parse error at line 1, column 5: ...; last read: '…'"
// -> "line 1, column 5: ...; last read: '…'".
std::string syntax_error_text(const Json::exception& ex);

// Diagnostics shared by every reader of JSON text.
Diagnostic duplicate_key(const std::string& path, std::string_view key);
Diagnostic too_deep(const std::string& path);
Diagnostic input_too_large(std::size_t limit);

// A NUL byte anywhere in JSON text is an error ("json_syntax" at "$", with its line and column). nlohmann's lexer
// takes one for the end of the input, so "{…}\0anything" would otherwise pass as the object alone.
std::optional<Diagnostic> nul_byte(std::string_view text);

}  // namespace assess
