// The document parser (policy files, hand-over codes, the app's validated profiles): duplicate keys and deep
// nesting are refused with their path, and a syntax error quotes only a little of the text.
#include "test_support.hpp"
#include "utf8.hpp"

namespace assess {
namespace {

Diagnostic refusal(const std::string& text) {
  Json out = "untouched";
  Diagnostics d;
  EXPECT_FALSE(parse_json_text(text, out, d)) << text.substr(0, 80);
  EXPECT_TRUE(out.is_null());
  EXPECT_EQ(d.size(), 1u);
  return d.empty() ? Diagnostic{} : d[0];
}

TEST(JsonText, DuplicateKeysAreRefusedWithTheirPath) {
  Diagnostic d = refusal(R"({"a":{"list":[1,{"k":1,"k":2}]}})");
  EXPECT_EQ(d.code, "duplicate_key");
  EXPECT_EQ(d.path, "a.list[1].k");
  EXPECT_EQ(d.message.en, "the field \"k\" appears more than once");
  Diagnostic top = refusal(R"({"policy":"x","policy":"y"})");
  EXPECT_EQ(top.path, "policy");
  // The same key in different objects is fine.
  Json ok;
  Diagnostics none;
  EXPECT_TRUE(parse_json_text(R"({"a":{"k":1},"b":{"k":1}})", ok, none));
}

TEST(JsonText, NestingStopsAtTheLimit) {
  Json ok;
  Diagnostics none;
  EXPECT_TRUE(parse_json_text(std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']'), ok, none));
  Diagnostic d = refusal(std::string(5000, '[') + std::string(5000, ']'));
  EXPECT_EQ(d.code, "too_deep");
  EXPECT_EQ(
      d.path, std::string("$") + [] {
        std::string p;
        for (std::size_t i = 0; i < kMaxJsonDepth; ++i) p += "[0]";
        return p;
      }());
}

TEST(JsonText, SyntaxErrorsAreShort) {
  Diagnostic d = refusal(std::string(1 << 20, '\t') + "x");
  EXPECT_EQ(d.code, "json_syntax");
  EXPECT_LT(d.message.en.size(), 300u);
  EXPECT_NE(d.message.en.find("\u2026<U+0009><U+0009>"), std::string::npos) << d.message.en;
}

// Issue 23, no. 11: nlohmann quotes what it read byte for byte; bytes that are not UTF-8 come out as \xFF, so
// the message (and the JSON it is written into) stays valid UTF-8.
TEST(JsonText, SyntaxErrorsQuoteBadBytesAsEscapes) {
  const Diagnostic d = refusal("{\"a\xFF\xFE");
  EXPECT_EQ(d.code, "json_syntax");
  EXPECT_NE(d.message.en.find("last read: '\"a\\xFF'"), std::string::npos) << d.message.en;
  EXPECT_TRUE(utf8::is_valid(d.message.en));
  EXPECT_TRUE(utf8::is_valid(d.message.zh));
  const Diagnostic long_tail = refusal("[\"" + std::string(100, 'x') + "\xC3\xA9\xFF");
  EXPECT_TRUE(utf8::is_valid(long_tail.message.en)) << long_tail.message.en;
}

// A NUL byte ends nlohmann's input: "{}\0[" would pass as "{}".
TEST(JsonText, NulBytesAreRefusedWhereTheyAre) {
  const Diagnostic d = refusal(std::string("{}\0[", 4));
  EXPECT_EQ(d.code, "json_syntax");
  EXPECT_EQ(d.path, "$");
  EXPECT_EQ(d.message.en, "JSON syntax error: a NUL byte at line 1, column 3 (JSON text cannot hold one)");
}

TEST(JsonText, ExcerptsAreBoundedAndInert) {
  EXPECT_EQ(excerpt("short"), "short");
  EXPECT_EQ(excerpt(std::string(41, 'x')), std::string(40, 'x') + "\u2026");
  std::string hanzi;
  for (int i = 0; i < 50; ++i) hanzi += "智";
  std::string forty;
  for (int i = 0; i < 40; ++i) forty += "智";
  EXPECT_EQ(excerpt(hanzi), forty + "\u2026");  // characters, not bytes: never a split character
  EXPECT_EQ(excerpt(std::string("a\0b\xe2\x80\xae"
                                "c\xff",
                                8)),
            "a\ufffdb\ufffdc\\xFF");  // controls as U+FFFD; a byte that is not UTF-8 shown as what it is
}

}  // namespace
}  // namespace assess
