// JSON numbers decided from their digits as written (issue 23, no. 9), never from the double they round to.
#include "json_number.hpp"

#include "test_support.hpp"

namespace assess {
namespace {

// {negative, whole, fits, magnitude}
void expect_number(const std::string& literal, bool negative, bool whole, bool fits, std::uint64_t magnitude) {
  const JsonNumber n = read_json_number(literal);
  EXPECT_EQ(n.negative, negative) << literal;
  EXPECT_EQ(n.whole, whole) << literal;
  EXPECT_EQ(n.fits, fits) << literal;
  if (fits) {
    EXPECT_EQ(n.magnitude, magnitude) << literal;
  }
}

TEST(JsonNumber, FractionsHoweverSmallAreNotWhole) {
  expect_number("2.9999999999999999", false, false, true, 2);  // a double would say 3
  expect_number("0.99999999999999999", false, false, true, 0);
  expect_number("1e-400", false, false, true, 0);  // a double would say 0
  expect_number("1234567890123.0001", false, false, true, 1234567890123);
  expect_number("25e-1", false, false, true, 2);
  expect_number("-0.5", true, false, true, 0);
  expect_number("-1e-400", true, false, true, 0);
}

TEST(JsonNumber, WholeNumbersInAnySpelling) {
  expect_number("3", false, true, true, 3);
  expect_number("3e6", false, true, true, 3000000);
  expect_number("3E+6", false, true, true, 3000000);
  expect_number("3000000.0", false, true, true, 3000000);
  expect_number("30e-1", false, true, true, 3);
  expect_number("0.03e2", false, true, true, 3);
  expect_number("1.5e1", false, true, true, 15);
  expect_number("-12", true, true, true, 12);
}

TEST(JsonNumber, ZeroIsNeverNegative) {
  for (const char* zero : {"0", "-0", "-0.0", "0e-400", "0.000e99999", "-0E+5"}) expect_number(zero, false, true, true, 0);
}

TEST(JsonNumber, BeyondSixtyFourBitsDoesNotFit) {
  expect_number("18446744073709551615", false, true, true, UINT64_MAX);
  expect_number("18446744073709551616", false, true, false, 0);
  expect_number("1e19", false, true, true, 10000000000000000000u);
  expect_number("1e20", false, true, false, 0);
  expect_number("1e400", false, true, false, 0);
  expect_number("1e99999999999999999999", false, true, false, 0);  // an exponent beyond any integer type
  expect_number("1e-99999999999999999999", false, false, true, 0);
  expect_number("99999999999999999999.5", false, false, false, 0);
}

}  // namespace
}  // namespace assess
