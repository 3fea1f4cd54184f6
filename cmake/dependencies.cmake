# Third-party code, all from Debian packages installed by scripts/setup:
#   nlohmann/json (nlohmann-json3-dev), utfcpp (libutfcpp-dev, header-only: the UTF-8 decoder), GoogleTest sources (libgtest-dev, /usr/src/googletest), and natively
#   simdjson (libsimdjson-dev), optional: the batch reader's fast tokenizer.
# Emscripten must not see /usr/include (host glibc headers break it), so nlohmann is exposed to every
# build through a folder that holds only those libraries.
set(ASSESS_THIRD_PARTY_INCLUDE ${CMAKE_BINARY_DIR}/third_party/include)
if(NOT EXISTS /usr/include/nlohmann/json.hpp)
  message(FATAL_ERROR "nlohmann/json not found: run scripts/setup (apt-get install nlohmann-json3-dev)")
endif()
file(MAKE_DIRECTORY ${ASSESS_THIRD_PARTY_INCLUDE})
file(CREATE_LINK /usr/include/nlohmann ${ASSESS_THIRD_PARTY_INCLUDE}/nlohmann SYMBOLIC)
add_library(nlohmann_json_headers INTERFACE)
target_include_directories(nlohmann_json_headers SYSTEM INTERFACE ${ASSESS_THIRD_PARTY_INCLUDE})
target_compile_definitions(nlohmann_json_headers INTERFACE JSON_NOEXCEPTION=1)
# utfcpp, for core/utf8.cpp only (the rest of the program decodes through core/utf8.hpp).
if(NOT EXISTS /usr/include/utf8cpp/utf8/unchecked.h)
  message(FATAL_ERROR "utfcpp not found: run scripts/setup (apt-get install libutfcpp-dev)")
endif()
file(CREATE_LINK /usr/include/utf8cpp ${ASSESS_THIRD_PARTY_INCLUDE}/utf8cpp SYMBOLIC)
add_library(utfcpp_headers INTERFACE)
target_include_directories(utfcpp_headers SYSTEM INTERFACE ${ASSESS_THIRD_PARTY_INCLUDE})

# GoogleTest from its Debian source tree, so native and wasm tests use the very same framework.
set(ASSESS_GTEST_SRC /usr/src/googletest/googletest)
if(ASSESS_TESTS)
  if(NOT EXISTS ${ASSESS_GTEST_SRC}/src/gtest-all.cc)
    message(FATAL_ERROR "GoogleTest sources not found: run scripts/setup (apt-get install libgtest-dev)")
  endif()
  add_library(gtest_from_source STATIC ${ASSESS_GTEST_SRC}/src/gtest-all.cc ${ASSESS_GTEST_SRC}/src/gtest_main.cc)
  target_include_directories(gtest_from_source SYSTEM PUBLIC ${ASSESS_GTEST_SRC}/include PRIVATE ${ASSESS_GTEST_SRC})
endif()

# simdjson tokenizes batch lines natively (core/profile_reader.cpp, ProfileReader). Optional: without it (and
# always in the WebAssembly build, which has no simdjson) ProfileReader is the nlohmann-based read_profile.
option(ASSESS_SIMDJSON "Use simdjson (libsimdjson-dev) for the batch reader when it is installed" ON)
set(ASSESS_HAVE_SIMDJSON OFF)
if(ASSESS_SIMDJSON AND NOT EMSCRIPTEN)
  find_package(simdjson QUIET)
  if(simdjson_FOUND)
    set(ASSESS_HAVE_SIMDJSON ON)
  else()
    message(STATUS "simdjson not found (apt-get install libsimdjson-dev): the batch reader uses nlohmann/json only")
  endif()
endif()
