// A JSON number decided from its literal text ("2.9999999999999999", "1e-400", "3e6"), never from the double it
// rounds to: whether it is a whole number, and which, exactly.
#pragma once
#include <cstdint>
#include <string_view>

namespace assess {

struct JsonNumber {
  bool negative = false;        // below zero ("-0" and "-0.0" are zero, not negative)
  bool whole = false;           // a whole number, however written: 3, 3.0, 3e6, 30e-1
  bool fits = false;            // its whole part is at most UINT64_MAX
  std::uint64_t magnitude = 0;  // its whole part without the sign, when it fits: 2 for "2.9999999999999999"
};

// `literal` is a number as the JSON grammar writes it (the parser has checked it): -?int(.frac)?([eE][+-]?exp)?.
JsonNumber read_json_number(std::string_view literal);

}  // namespace assess
