// The one UTF-8 decoder (core/utf8.hpp): characters, invalid bytes one at a time, escapes, and the rule for names.
#include "utf8.hpp"

#include "test_support.hpp"

namespace assess::utf8 {
namespace {

TEST(Utf8, CharactersAndTheirSizes) {
  const std::string s = "a\xC3\xA9\xE6\x99\xBA\xF0\x9F\x98\x80";  // a é 智 😀
  const Char a = char_at(s, 0), e = char_at(s, 1), zhi = char_at(s, 3), smile = char_at(s, 6);
  EXPECT_EQ(a.code_point, 0x61u);
  EXPECT_EQ(e.code_point, 0xE9u);
  EXPECT_EQ(e.size, 2u);
  EXPECT_EQ(zhi.code_point, 0x667Au);
  EXPECT_EQ(zhi.size, 3u);
  EXPECT_EQ(smile.code_point, 0x1F600u);
  EXPECT_EQ(smile.size, 4u);
  EXPECT_EQ(length(s), 4u);
  EXPECT_TRUE(is_valid(s));
}

// Each of these was once read as some character by one of the hand-written decoders.
TEST(Utf8, InvalidSequencesAreOneByteEach) {
  for (const std::string& bad : {std::string("\xFF"), std::string("\x80"), std::string("\xC0\xAF") /* overlong "/" */,
                                 std::string("\xED\xA0\x80") /* a surrogate */, std::string("\xF4\x90\x80\x80") /* > U+10FFFF */,
                                 std::string("\xE6\x99") /* cut short */}) {
    const Char c = char_at(bad, 0);
    EXPECT_FALSE(c.valid) << escape_invalid(bad);
    EXPECT_EQ(c.size, 1u);
    EXPECT_EQ(c.code_point, 0xFFFDu);
    EXPECT_EQ(length(bad), bad.size());
    EXPECT_FALSE(is_valid(bad));
  }
}

TEST(Utf8, EscapesOnlyTheBytesThatAreNotUtf8) {
  EXPECT_EQ(escape_invalid("\xFF\xFE"), "\\xFF\\xFE");
  EXPECT_EQ(escape_invalid("ok \xE6\x99\xBA \xE6\x99"), "ok \xE6\x99\xBA \\xE6\\x99");
  EXPECT_TRUE(is_valid(escape_invalid("\xC0\xAF\xED\xA0\x80")));
}

TEST(Utf8, AppendsCodePoints) {
  std::string out;
  append(out, 0x61);
  append(out, 0xFFFD);
  append(out, 0x1F600);
  EXPECT_EQ(out, "a\xEF\xBF\xBD\xF0\x9F\x98\x80");
}

// The rule for every name: what issue 23 found passing in advisors' names and the profile reader refuses.
TEST(Utf8, NamesRefuseControlsBidiAndBadBytesAndCountCharacters) {
  EXPECT_EQ(check_user_text("甲智能 Ltd.", 200).problem, TextProblem::none);
  EXPECT_EQ(check_user_text("甲智能 Ltd.", 200).characters, 8u);
  for (const std::string& bad :
       {std::string("a\tb"), std::string("a\rb"), std::string("a\0b", 3), std::string("a\x1B[31mb"), std::string("a\x7F"),
        std::string("a\xC2\x85") /* U+0085 */,
        std::string("a\xE2\x80\xAE"
                    "b") /* U+202E */,
        std::string("a\xD8\x9C") /* U+061C */, std::string("a\xE2\x81\xA6") /* U+2066 */, std::string("a\xFF")})
    EXPECT_EQ(check_user_text(bad, 200).problem, TextProblem::bad_character) << escape_invalid(bad);
  EXPECT_EQ(check_user_text(std::string(200, 'x'), 200).problem, TextProblem::none);
  const TextCheck long_name = check_user_text(std::string(300000, 'x'), 200);
  EXPECT_EQ(long_name.problem, TextProblem::too_long);
  EXPECT_EQ(long_name.characters, 300000u);
  std::string hanzi;
  for (int i = 0; i < 201; ++i) hanzi += "智";  // 603 bytes, 201 characters
  EXPECT_EQ(check_user_text(hanzi, 200).problem, TextProblem::too_long);
  EXPECT_EQ(check_user_text(hanzi, 201).problem, TextProblem::none);
}

}  // namespace
}  // namespace assess::utf8
