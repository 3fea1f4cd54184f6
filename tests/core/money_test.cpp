// Exact money: rounding down, formatting with separators, percentages from basis points.
#include "money.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace assess {

TEST(Money, RateRoundsDown) {
  EXPECT_EQ(apply_rate(9999999, 5000), 4999999);  // 4 999 999.5
  EXPECT_TRUE(rate_rounds(9999999, 5000));
  EXPECT_EQ(apply_rate(10000000, 5000), 5000000);
  EXPECT_FALSE(rate_rounds(10000000, 5000));
  EXPECT_EQ(apply_rate(33333337, 3000), 10000001);  // 10 000 001.1
  EXPECT_EQ(apply_rate(1, 9999), 0);
}

TEST(Money, LargestInputsDoNotOverflow) {
  // 16 base fields of 10^13 yuan at 100 % is the loader's worst case: 1.6e18 < 9.2e18.
  EXPECT_EQ(apply_rate(16 * 10000000000000LL, 10000), 160000000000000LL);
}

TEST(Money, FormatsYuanWithSeparators) {
  EXPECT_EQ(format_yuan(0), "0");
  EXPECT_EQ(format_yuan(999), "999");
  EXPECT_EQ(format_yuan(1000), "1,000");
  EXPECT_EQ(format_yuan(13900000), "13,900,000");
  EXPECT_EQ(format_yuan(-1234567), "-1,234,567");
  EXPECT_EQ(format_yuan(std::numeric_limits<Yuan>::min()), "-9,223,372,036,854,775,808");
}

TEST(Money, FormatsPercent) {
  EXPECT_EQ(format_percent(5000), "50%");
  EXPECT_EQ(format_percent(1250), "12.5%");
  EXPECT_EQ(format_percent(1005), "10.05%");
  EXPECT_EQ(format_percent(0), "0%");
}

}  // namespace assess
