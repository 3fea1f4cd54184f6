// The table of spellings (core/number_text): each accepted spelling with the yuan worked out by hand
// (1 万元 = 10 000 yuan, 1 亿元 = 10 000 万元), and each refused one with its reason.
#include "number_text.hpp"

#include <gtest/gtest.h>

namespace assess {
namespace {

constexpr Yuan kMax = 10000000000000;  // the policy's yuan_max: 10^9 万元

struct Accepted {
  const char* text;
  Yuan yuan;
};

TEST(NumberText, AmountsAreReadAsMeant) {
  const Accepted table[] = {
      {"3000", 30000000},            // 3 000 万元
      {"3,000", 30000000},           // a thousands separator, not a decimal point
      {"3,000.5", 30005000},         // 3 000.5 万元
      {"3 000", 30000000},           // a space groups thousands too
      {"3\u202F000", 30000000},      // narrow no-break space (SI style)
      {"３０００", 30000000},        // full-width digits from a Chinese keyboard
      {"３，０００．５", 30005000},  // full-width comma and full stop
      {"300万", 3000000},            // the unit typed again: still 万元
      {"3000万元", 30000000},
      {"300 万", 3000000},
      {"3000元", 3000},  // yuan written out: read as yuan
      {"1.5亿", 150000000},
      {"2亿元", 200000000},
      {"1,234.5678", 12345678},  // four decimals of 万元 are whole yuan
      {"0.0001", 1},
      {"0.125", 1250},         // a leading 0 cannot be a thousands group: 0.125 万元
      {"1234.567", 12345670},  // four digits before the point: the point can only be decimal
      {"1.00000", 10000},      // zeros beyond the fourth decimal change nothing
      {"  12  ", 120000},
      {"007", 70000},
      {".5", 5000},
      {"3.", 30000},
      {"0", 0},
      {"1,000,000", 10000000000},
      {"1000000000", kMax},  // the limit itself
  };
  for (const Accepted& a : table) {
    NumberReading r = read_wan_amount(a.text, kMax);
    EXPECT_EQ(r.error, NumberError::none) << a.text << ": " << number_error_name(r.error);
    EXPECT_EQ(r.value, a.yuan) << a.text;
  }
}

struct Refused {
  const char* text;
  NumberError why;
  const char* culprit;
};

TEST(NumberText, AmountsThatCannotBeReadExactlyAreRefusedWithAReason) {
  const Refused table[] = {
      {"", NumberError::empty, ""},
      {"   ", NumberError::empty, ""},
      {"1.23456", NumberError::fraction_of_yuan, ""},  // 0.6 yuan
      {"3000.5元", NumberError::fraction_of_yuan, ""},
      {"1e3", NumberError::exponent, ""},
      {"1E+3", NumberError::exponent, ""},
      {"2.5e-1", NumberError::exponent, ""},
      {"abc", NumberError::not_a_number, "a"},
      {"3k", NumberError::not_a_number, "k"},
      {"¥3000", NumberError::not_a_number, "¥"},
      {"3-5", NumberError::not_a_number, "-"},
      {"3。5", NumberError::not_a_number, "。"},  // a sentence's full stop is not a decimal point
      {"3万5", NumberError::not_a_number, "万"},
      {"万元", NumberError::not_a_number, ""},
      {".", NumberError::not_a_number, ""},
      {"+3", NumberError::not_a_number, "+"},
      {"-1", NumberError::negative, ""},
      {"−1", NumberError::negative, ""},  // U+2212 minus sign
      {"1,2,3", NumberError::bad_grouping, ""},
      {"12,34,567", NumberError::bad_grouping, ""},  // grouped by two, not three
      {"30 00", NumberError::bad_grouping, ""},
      {"1,000 000", NumberError::bad_grouping, ""},  // two kinds of separator
      {"1,2345", NumberError::bad_grouping, ""},
      {"1.234 5", NumberError::bad_grouping, ""},
      {"3.000", NumberError::ambiguous_point, ""},  // 3 or 3 000?
      {"12.345", NumberError::ambiguous_point, ""},
      {"3.000万", NumberError::ambiguous_point, ""},
      {"1,23", NumberError::decimal_comma, ""},  // 1.23 in European notation, or a slip?
      {"3,5", NumberError::decimal_comma, ""},
      {"1.234,5", NumberError::decimal_comma, ""},
      {"1.2.3", NumberError::several_points, ""},
      {"3.000.000", NumberError::several_points, ""},
      {"1000000000.0001", NumberError::too_large, ""},
      {"99999999999999999999999", NumberError::too_large, ""},  // no overflow on the way
      {"100001亿", NumberError::too_large, ""},
  };
  for (const Refused& f : table) {
    NumberReading r = read_wan_amount(f.text, kMax);
    EXPECT_EQ(r.error, f.why) << f.text << ": " << number_error_name(r.error);
    EXPECT_EQ(r.culprit, f.culprit) << f.text;
    EXPECT_FALSE(r.ok()) << f.text;
  }
}

TEST(NumberText, CountsAreWholeNumbersWithTheSameSpellings) {
  const Accepted accepted[] = {{"12", 12}, {"1,000", 1000}, {"１２", 12}, {" 7 ", 7}, {"0", 0}};
  for (const Accepted& a : accepted) {
    NumberReading r = read_count(a.text, 1000);
    EXPECT_EQ(r.error, NumberError::none) << a.text;
    EXPECT_EQ(r.value, a.yuan) << a.text;
  }
  const Refused refused[] = {
      {"2.5", NumberError::not_whole, ""},      {"3.0", NumberError::not_whole, ""}, {"1.000", NumberError::ambiguous_point, ""},
      {"1001", NumberError::too_large, ""},     {"-2", NumberError::negative, ""},   {"12人", NumberError::not_a_number, "人"},
      {"3万", NumberError::not_a_number, "万"}, {"1e2", NumberError::exponent, ""},  {"", NumberError::empty, ""},
  };
  for (const Refused& f : refused) {
    NumberReading r = read_count(f.text, 1000);
    EXPECT_EQ(r.error, f.why) << f.text << ": " << number_error_name(r.error);
    EXPECT_EQ(r.culprit, f.culprit) << f.text;
  }
}

TEST(NumberText, BrokenUtf8IsRefusedNotCrashedOn) {
  NumberReading r = read_wan_amount(std::string("3\xE4\xB8", 3), kMax);
  EXPECT_EQ(r.error, NumberError::not_a_number);
  EXPECT_EQ(r.culprit, "\uFFFD");
}

}  // namespace
}  // namespace assess
