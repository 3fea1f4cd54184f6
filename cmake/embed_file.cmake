# Writes a C++ source defining a function that returns a file's text, for data compiled into the binary.
# Usage: cmake -DINPUT=file.json -DOUTPUT=file.cpp -DFUNCTION=name -DHEADER=header.hpp -DNAMESPACE=ns -P embed_file.cmake
file(READ "${INPUT}" content)
string(FIND "${content}" ")EMBEDDED_TEXT\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter )EMBEDDED_TEXT\"")
endif()
file(WRITE "${OUTPUT}.tmp" "// Generated from ${INPUT} by cmake/embed_file.cmake; do not edit.\n#include \"${HEADER}\"\nnamespace ${NAMESPACE} {\nstd::string_view ${FUNCTION}() {\n  static const char text[] = R\"EMBEDDED_TEXT(${content})EMBEDDED_TEXT\";\n  return std::string_view(text, sizeof(text) - 1);\n}\n}  // namespace ${NAMESPACE}\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
