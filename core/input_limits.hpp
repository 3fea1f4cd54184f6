// The limits every reader of untrusted JSON applies (a profile from a file, a link, autosave, window.assess,
// the CLI or a batch line), so that hostile input costs bounded memory and time. Documented in
// docs/policy-format.md ("Limits"); the list length and text length of answers come from the policy file.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace assess {

// One profile (or one line of a batch) is at most this many bytes; the app checks a file's size before reading it.
constexpr std::size_t kMaxProfileBytes = 1 << 20;
// Arrays and objects nest at most this deep (a profile needs 6).
constexpr std::size_t kMaxJsonDepth = 32;
// Any one string (key or value) is at most this many bytes before it is even compared with anything.
constexpr std::size_t kMaxJsonStringBytes = 4096;
// An advisor's session file (core/session_file.hpp) is one file of at most kMaxProfileBytes, read in one pass
// with one budget for all of it: at most this many enterprises, list items in all its profiles, and errors.
constexpr std::size_t kMaxSessionEnterprises = 200;
constexpr std::size_t kMaxSessionItems = 20000;
constexpr std::size_t kMaxSessionErrors = 100;
// An error message quotes at most this many characters of what it found.
constexpr std::size_t kMaxQuotedChars = 40;

// At most kMaxQuotedChars characters of s (then "…"), with control characters and bidi controls shown as U+FFFD
// and bytes that are not UTF-8 as \xFF: a quote in an error message can neither grow without bound, nor reorder
// the line, nor make the output invalid UTF-8.
std::string excerpt(std::string_view s);

}  // namespace assess
