// Folding names for comparison (就高不重复 matches items by name): "ＡＳＲ引擎 " and "asr引擎" are the same name.
#pragma once
#include <string>
#include <string_view>

namespace assess {

// Unicode NFKC of the whole string, composition included (full-width → half-width, compatibility forms → plain,
// "cafe" + U+0301 → "café", conjoining Hangul jamo → the syllable), full case folding, every run of Unicode white
// space collapsed to one " ", leading and trailing space removed. The tables come from Python's unicodedata at
// build time (cmake/make_text_fold_table.py, which checks the algorithm against unicodedata's NFKC and casefold).
// Limits: invisible characters (zero-width space, joiners) are kept; U+0345 (combining ypogegrammeni, which case
// folding makes a letter) may fold differently from NFKC(casefold(NFKC(s))) beside other marks. Invalid UTF-8 bytes
// are copied unchanged.
std::string fold_for_matching(std::string_view text);

// The Unicode version of the table ("14.0.0" with Debian 12's Python).
const char* fold_unicode_version();

}  // namespace assess
