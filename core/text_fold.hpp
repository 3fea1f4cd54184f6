// Folding names for comparison (就高不重复 matches items by name): "ＡＳＲ引擎 " and "asr引擎" are the same name.
#pragma once
#include <string>
#include <string_view>

namespace assess {

// NFKC per code point (full-width → half-width, compatibility forms → plain), full case folding, every run of
// Unicode white space collapsed to one " ", leading and trailing space removed. The table comes from
// Python's unicodedata at build time (cmake/make_text_fold_table.py).
// Limits: characters are folded one at a time, so sequences NFKC would *compose* (a letter followed by a
// combining accent, conjoining Hangul jamo) are not composed and do not match their precomposed form;
// invisible characters (zero-width space, joiners) are kept. Invalid UTF-8 bytes are copied unchanged.
std::string fold_for_matching(std::string_view text);

// The Unicode version of the table ("14.0.0" with Debian 12's Python).
const char* fold_unicode_version();

}  // namespace assess
