// Parsing JSON text into a document without exceptions (the wasm build has none), keeping nlohmann's
// description of where and why the text is malformed.
#pragma once
#include <string_view>

#include "diagnostic.hpp"
#include "json_object_reader.hpp"

namespace assess {

// Parses text into out. On malformed text returns false and appends one "json_syntax" diagnostic at "$"
// whose message gives the line, column and reason.
bool parse_json_text(std::string_view text, Json& out, Diagnostics& diagnostics);

}  // namespace assess
