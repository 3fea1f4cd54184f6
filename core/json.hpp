// The JSON document type of the engine's interface (nlohmann::json), declared without the library's whole header.
#pragma once
#include <nlohmann/json_fwd.hpp>

namespace assess {
using Json = nlohmann::json;
}  // namespace assess
