# Writes a C++ source defining assess::embedded_policy_json() from a JSON file.
# Usage: cmake -DINPUT=file.json -DOUTPUT=file.cpp -P embed_file.cmake
file(READ "${INPUT}" content)
string(FIND "${content}" ")POLICY_JSON\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter )POLICY_JSON\"")
endif()
file(WRITE "${OUTPUT}.tmp" "// Generated from ${INPUT} by cmake/embed_file.cmake; do not edit.\n#include \"embedded_policy.hpp\"\nnamespace assess {\nstd::string_view embedded_policy_json() {\n  static const char text[] = R\"POLICY_JSON(${content})POLICY_JSON\";\n  return std::string_view(text, sizeof(text) - 1);\n}\n}  // namespace assess\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
