// Parsing JSON text into a document without exceptions (the wasm build has none), keeping nlohmann's
// description of where and why the text is malformed.
#pragma once
#include <string>
#include <string_view>

#include "diagnostic.hpp"
#include "json_object_reader.hpp"

namespace assess {

// nlohmann's description of a parse error without its prefix:
// "[json.exception.parse_error.101] parse error at line 1, column 5: ..." -> "line 1, column 5: ...".
std::string syntax_error_text(const nlohmann::detail::exception& ex);

// Parses text into out. On malformed text returns false and appends one "json_syntax" diagnostic at "$"
// whose message gives the line, column and reason.
bool parse_json_text(std::string_view text, Json& out, Diagnostics& diagnostics);

}  // namespace assess
