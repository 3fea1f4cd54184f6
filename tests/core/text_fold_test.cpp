// Name folding for 就高不重复: every normalisation example of POLICY-ANALYSIS §4, composition across characters,
// and the documented limits.
#include "text_fold.hpp"

#include <gtest/gtest.h>

namespace assess {
namespace {

TEST(TextFold, TheAnalysisExamples) {
  EXPECT_EQ(fold_for_matching("视觉芯片 "), fold_for_matching("视觉芯片"));
  EXPECT_EQ(fold_for_matching("ＡＳＲ引擎"), fold_for_matching("ASR引擎"));
  EXPECT_EQ(fold_for_matching(" vision   chip"), fold_for_matching("Vision Chip"));
  EXPECT_EQ(fold_for_matching(" vision   chip"), "vision chip");
}

TEST(TextFold, WidthSpaceAndCase) {
  EXPECT_EQ(fold_for_matching("Ｃｅｎｔｅｒ\u3000Ａ"), "center a");  // full-width letters, ideographic space
  EXPECT_EQ(fold_for_matching("\t芯片\n\u00A0 A\u2003"), "芯片 a");  // tab, newline, no-break and em spaces
  EXPECT_EQ(fold_for_matching("１２３"), "123");
  EXPECT_EQ(fold_for_matching("Straße"), "strasse");  // full case folding, not just lower case
  EXPECT_EQ(fold_for_matching("㈱"), "(株)");         // a compatibility character becomes its plain form
  EXPECT_EQ(fold_for_matching("   "), "");
  EXPECT_NE(fold_for_matching("视觉芯片"), fold_for_matching("视觉芯片2"));
}

TEST(TextFold, AcrossTheTable) {
  // From its first entries to its last (the table is decoded from code-point steps: core/text_fold.cpp).
  EXPECT_EQ(fold_for_matching("a\tb"), "a b");                 // U+0009, the first entry
  EXPECT_EQ(fold_for_matching("ÀÉ"), "àé");                    // Latin-1 capitals
  EXPECT_EQ(fold_for_matching("ΣΑΣ"), "σασ");                  // Greek: full folding gives σ, not ς
  EXPECT_EQ(fold_for_matching("\U0001D400\U0001D7CE"), "a0");  // mathematical bold A, bold digit zero
  EXPECT_EQ(fold_for_matching("\U0001E900"), "\U0001E922");    // Adlam capital alif → small
  EXPECT_EQ(fold_for_matching("\U0001FBF9"), "9");             // segmented digit nine
  EXPECT_EQ(fold_for_matching("\U0002FA1D"), "\U0002A600");    // a CJK compatibility ideograph, the last entry
  EXPECT_EQ(fold_for_matching("\U0002FA1E"), "\U0002FA1E");    // past the end: unchanged
}

// NFKC over the whole string, composition included (POLICY-ANALYSIS §4): a letter and a combining accent are the
// precomposed letter, whatever the case, the order of the marks or the form (decomposed or not) they came in.
TEST(TextFold, ComposesAcrossCharacters) {
  EXPECT_EQ(fold_for_matching("cafe\u0301"), "caf\u00E9");  // e + combining acute = é
  EXPECT_EQ(fold_for_matching("cafe\u0301"), fold_for_matching("café"));
  EXPECT_EQ(fold_for_matching("CAFE\u0301"), "caf\u00E9");  // É decomposed, then folded to é
  EXPECT_EQ(fold_for_matching("\u00C9"), "\u00E9");         // É precomposed: the same
  // Two marks of different classes (dot below 220, circumflex 230) in either order: ệ (U+1EC7).
  EXPECT_EQ(fold_for_matching("e\u0323\u0302"), "\u1EC7");
  EXPECT_EQ(fold_for_matching("e\u0302\u0323"), "\u1EC7");
  EXPECT_EQ(fold_for_matching("\u00EA\u0323"), "\u1EC7");  // ê + dot below
  // Two marks of the same class stay in their order: a + acute + grave is á + grave, not à + acute.
  EXPECT_EQ(fold_for_matching("a\u0301\u0300"), "\u00E1\u0300");
  // Conjoining Hangul jamo are the syllable: ᄀ + ᅡ + ᆨ = 각 (U+AC01).
  EXPECT_EQ(fold_for_matching("\u1100\u1161\u11A8"), "\uAC01");
  EXPECT_EQ(fold_for_matching("\uAC00\u11A8"), "\uAC01");  // 가 + ᆨ
  // A composition exclusion stays decomposed (क़ U+0958 is क + nukta under NFC too).
  EXPECT_EQ(fold_for_matching("\u0958"), "\u0915\u093C");
  EXPECT_EQ(fold_for_matching("\uFB01"), "fi");  // a compatibility ligature
}

TEST(TextFold, DocumentedLimits) {
  EXPECT_EQ(fold_for_matching("a\u200Bb"), "a\u200Bb");  // zero-width space kept
  EXPECT_EQ(fold_for_matching("a\xFF"
                              "b"),
            "a\xFF"
            "b");                                            // invalid UTF-8 copied as is
  EXPECT_EQ(fold_for_matching("\xFF\u0301"), "\xFF\u0301");  // a mark after a bad byte composes with nothing
  EXPECT_STRNE(fold_unicode_version(), "");  // the build machine's Python decides the version (14.0.0 on Debian 12)
}

}  // namespace
}  // namespace assess
