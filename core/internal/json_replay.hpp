// A parsed document replayed into a SAX handler as the very events nlohmann's parser sends for its text
// (document.dump() parsed by sax_parse), so a reader written as a SAX handler reads a document it is given
// without making it text and parsing it again: the same validation, the same errors at the same paths.
#pragma once
#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "json.hpp"

namespace assess {

// Sends `value`'s events to `handler`; false as soon as the handler stops (a return of false), as the parser does.
template <typename Handler>
bool replay_json(const Json& value, Handler& handler) {
  using Type = Json::value_t;
  switch (value.type()) {
    case Type::object: {
      if (!handler.start_object(value.size())) return false;
      std::string key;  // the handler takes keys and strings by reference, as the parser hands them over
      for (auto it = value.begin(); it != value.end(); ++it) {
        key = it.key();
        if (!handler.key(key) || !replay_json(it.value(), handler)) return false;
      }
      return handler.end_object();
    }
    case Type::array:
      if (!handler.start_array(value.size())) return false;
      for (const Json& item : value)
        if (!replay_json(item, handler)) return false;
      return handler.end_array();
    case Type::string: {
      std::string s = value.get_ref<const std::string&>();
      return handler.string(s);
    }
    case Type::boolean:
      return handler.boolean(value.get<bool>());
    case Type::number_integer: {
      // Text has no sign to keep: the parser reads 5 as unsigned and -5 as signed, whatever the tree held.
      const std::int64_t n = value.get<std::int64_t>();
      return n < 0 ? handler.number_integer(n) : handler.number_unsigned(static_cast<std::uint64_t>(n));
    }
    case Type::number_unsigned:
      return handler.number_unsigned(value.get<std::uint64_t>());
    case Type::number_float: {
      const double d = value.get<double>();
      if (!std::isfinite(d)) return handler.null();  // dump() writes a NaN or an infinity as null
      return handler.number_float(d, value.dump());  // the number as dump() writes it, as the parser passes it
    }
    case Type::binary: {
      Json::binary_t bytes = value.get_binary();
      return handler.binary(bytes);
    }
    case Type::null:
    case Type::discarded:
      return handler.null();
  }
  return handler.null();
}

}  // namespace assess
