// Name folding for 就高不重复: every normalisation example of POLICY-ANALYSIS §4, and the documented limits.
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
  EXPECT_EQ(fold_for_matching("a\tb"), "a b");                // U+0009, the first entry
  EXPECT_EQ(fold_for_matching("ÀÉ"), "àé");                   // Latin-1 capitals
  EXPECT_EQ(fold_for_matching("ΣΑΣ"), "σασ");                 // Greek: full folding gives σ, not ς
  EXPECT_EQ(fold_for_matching("\U0001D400\U0001D7CE"), "a0");  // mathematical bold A, bold digit zero
  EXPECT_EQ(fold_for_matching("\U0001E900"), "\U0001E922");    // Adlam capital alif → small
  EXPECT_EQ(fold_for_matching("\U0001FBF9"), "9");             // segmented digit nine
  EXPECT_EQ(fold_for_matching("\U0002FA1D"), "\U0002A600");    // a CJK compatibility ideograph, the last entry
  EXPECT_EQ(fold_for_matching("\U0002FA1E"), "\U0002FA1E");    // past the end: unchanged
}

TEST(TextFold, DocumentedLimits) {
  // One code point at a time: a combining accent is not composed with the letter before it.
  EXPECT_NE(fold_for_matching("e\u0301"), fold_for_matching("\u00E9"));
  EXPECT_EQ(fold_for_matching("a\u200Bb"), "a\u200Bb");  // zero-width space kept
  EXPECT_EQ(fold_for_matching("a\xFF"
                              "b"),
            "a\xFF"
            "b");                            // invalid UTF-8 copied as is
  EXPECT_STRNE(fold_unicode_version(), "");  // the build machine's Python decides the version (14.0.0 on Debian 12)
}

}  // namespace
}  // namespace assess
