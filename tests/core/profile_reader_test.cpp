// Validating profiles: limits exactly at their edges, hostile shapes, and the error budget. The ordinary
// kinds of bad input are golden cases in tests/cases/bad-*.json.
#include "test_support.hpp"

namespace assess {
namespace {

using testing::profile_with;
using testing::suzhou;

Diagnostics errors_of(const std::string& text) {
  Profile p;
  Diagnostics d;
  EXPECT_FALSE(read_profile(suzhou(), text, p, d));
  return d;
}

bool accepts(const Json& doc) {
  Profile p;
  Diagnostics d;
  bool ok = read_profile_json(suzhou(), doc, p, d);
  for (const Diagnostic& e : d) ADD_FAILURE() << e.line(Lang::en);
  return ok;
}

TEST(ProfileReader, LimitsAreInclusive) {
  Json item = {{"certification", "city"}, {"unit_price", 10000000000000LL}};
  EXPECT_TRUE(accepts(profile_with({{"first_set_equipment", Json::array({item})}, {"national_standards", 1000}})));
  item["unit_price"] = 10000000000001LL;
  Diagnostics d = errors_of(profile_with({{"first_set_equipment", Json::array({item})}}).dump());
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].path, "answers.first_set_equipment[0].unit_price");
  EXPECT_EQ(d[0].message.zh, "应不超过 10,000,000,000,000 元,实际为 10,000,000,000,001");
}

TEST(ProfileReader, NumbersBeyondInt64AreOutOfRangeNotWrapped) {
  Diagnostics d = errors_of(R"({"format":"suzhou-ai-assess/profile@1","policy":"suzhou-ai-2021",
    "answers":{"matching_platforms":[{"annual_operating_cost":99999999999999999999}]}})");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].code, "out_of_range");
}

// JSON does not tell 1000 from 1e3 or 1000.0: an exactly integral number is that integer (as in JSON Schema);
// a fraction is an error, never rounded.
TEST(ProfileReader, IntegralNumbersInOtherSpellingsAreIntegers) {
  Profile p;
  Diagnostics d;
  ASSERT_TRUE(read_profile(suzhou(), R"({"format":"suzhou-ai-assess/profile@1","policy":"suzhou-ai-2021",
    "answers":{"national_standards":1e1,"matching_platforms":[{"annual_operating_cost":2500000.0}]}})",
                           p, d));
  EXPECT_EQ(p.answers[static_cast<std::size_t>(suzhou().question("national_standards")->slot)].number, 10);
  Diagnostics e =
      errors_of(R"({"format":"suzhou-ai-assess/profile@1","policy":"suzhou-ai-2021","answers":{"national_standards":2.5}})");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].code, "not_integer");
  EXPECT_EQ(e[0].message.en, "must be a whole number; got 2.5");
}

// Issue 23, no. 9: a number is decided from its digits as written. Each of these passed as a whole number
// before (read as 3, 1, 0 and 1 234 567 890 123), or as a syntax error without its path (1e400).
TEST(ProfileReader, NumbersAreDecidedFromTheirDigitsNotTheirDouble) {
  const std::string head = R"({"format":"suzhou-ai-assess/profile@1","policy":"suzhou-ai-2021","answers":)";
  struct Case {
    std::string answers, path, code, en;
  };
  for (const Case& c : std::vector<Case>{
           {R"({"national_standards":2.9999999999999999})", "answers.national_standards", "not_integer",
            "must be a whole number; got 2.9999999999999999"},
           {R"({"national_standards":0.99999999999999999})", "answers.national_standards", "not_integer",
            "must be a whole number; got 0.99999999999999999"},
           {R"({"national_standards":1e-400})", "answers.national_standards", "not_integer",
            "must be a whole number; got 1e-400"},
           {R"({"national_standards":-1e-400})", "answers.national_standards", "out_of_range",
            "must be a whole number, 0 or more; got -1e-400"},
           {R"({"national_standards":1e400})", "answers.national_standards", "out_of_range", "must be at most 1000; got 1e400"},
           {R"({"national_standards":1001.0})", "answers.national_standards", "out_of_range", "must be at most 1000; got 1001.0"},
           {R"({"first_set_equipment":[{"certification":"city","unit_price":1234567890123.0001}]})",
            "answers.first_set_equipment[0].unit_price", "not_integer", "must be a whole number of yuan; got 1234567890123.0001"},
           {R"({"first_set_equipment":[{"certification":"city","unit_price":1.0000000000001e13}]})",
            "answers.first_set_equipment[0].unit_price", "out_of_range",
            "must be at most 10,000,000,000,000 yuan; got 1.0000000000001e13"},
       }) {
    const Diagnostics d = errors_of(head + c.answers + "}");
    ASSERT_EQ(d.size(), 1u) << c.answers;
    EXPECT_EQ(d[0].path, c.path) << c.answers;
    EXPECT_EQ(d[0].code, c.code) << c.answers;
    EXPECT_EQ(d[0].message.en, c.en) << c.answers;
  }
  // The whole numbers they are: 3e6 and 3000000.0 are 3 000 000 yuan, 10e2 is 1000, -0.0 is 0.
  Profile p;
  Diagnostics d;
  ASSERT_TRUE(read_profile(suzhou(), head + R"({"national_standards":10e2,"intl_standards_led":-0.0,
    "first_set_equipment":[{"certification":"city","unit_price":3e6},{"certification":"city","unit_price":3000000.0}]}})",
                           p, d));
  const auto answer = [&p](const char* id) { return p.answers[static_cast<std::size_t>(suzhou().question(id)->slot)]; };
  EXPECT_EQ(answer("national_standards").number, 1000);
  EXPECT_EQ(answer("intl_standards_led").number, 0);
  const std::vector<Item>& items = answer("first_set_equipment").items;
  ASSERT_EQ(items.size(), 2u);
  std::size_t price = 0;
  for (const Field& f : suzhou().question("first_set_equipment")->fields)
    if (f.id == "unit_price") price = static_cast<std::size_t>(f.slot);
  for (const Item& item : items) EXPECT_EQ(item.values[price].number, 3000000);
}

// Issue 23, no. 9: nothing but white space may follow the profile; a NUL byte once ended nlohmann's input.
TEST(ProfileReader, NothingButWhiteSpaceAfterTheProfile) {
  const std::string good = R"({"format":"suzhou-ai-assess/profile@1","policy":"suzhou-ai-2021","answers":{}})";
  Profile p;
  Diagnostics none;
  EXPECT_TRUE(read_profile(suzhou(), good + " \n\t\r\n", p, none));
  for (const std::string& tail :
       {std::string("\0", 1), std::string("\0garbage", 8), std::string(" \0{}", 4), std::string("x"), std::string("{}")}) {
    const Diagnostics d = errors_of(good + tail);
    ASSERT_EQ(d.size(), 1u);
    EXPECT_EQ(d[0].path, "$");
    EXPECT_EQ(d[0].code, "json_syntax");
  }
  const Diagnostics nul = errors_of(good + std::string("\0garbage", 8));
  EXPECT_EQ(nul[0].message.en, "JSON syntax error: a NUL byte at line 1, column 79 (JSON text cannot hold one)");
  EXPECT_EQ(errors_of(std::string("{\n\n  \"a\0\"}", 10))[0].message.en,
            "JSON syntax error: a NUL byte at line 3, column 5 (JSON text cannot hold one)");
}

TEST(ProfileReader, TextLengthCountsCharactersNotBytes) {
  std::string name;
  for (int i = 0; i < 200; ++i) name += "智";
  EXPECT_TRUE(accepts(profile_with({{"events", Json::array({{{"subject", name}}})}})));
  Diagnostics d = errors_of(profile_with({{"events", Json::array({{{"subject", name + "能"}}})}}).dump());
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].path, "answers.events[0].subject");
  EXPECT_EQ(d[0].code, "too_long");
}

TEST(ProfileReader, TooManyItems) {
  Json events = Json::array();
  for (int i = 0; i < 1001; ++i) events.push_back(Json::object());
  Diagnostics d = errors_of(profile_with({{"events", events}}).dump());
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].path, "answers.events");  // the list itself, not its last element
  EXPECT_EQ(d[0].code, "too_many_items");
  EXPECT_EQ(d[0].message.en, "at most 1000 items; has 1001");
  // Every element counts, whatever it is: 999 items, then three wrong types (each an error of its own).
  events = Json::array();
  for (int i = 0; i < 999; ++i) events.push_back(Json::object());
  events.push_back(1);
  events.push_back(Json::array({Json::object()}));
  events.push_back("x");
  Diagnostics mixed = errors_of(profile_with({{"events", events}}).dump());
  ASSERT_EQ(mixed.size(), 4u);
  EXPECT_EQ(mixed[0].path, "answers.events[999]");
  EXPECT_EQ(mixed[1].path, "answers.events[1000]");
  EXPECT_EQ(mixed[2].path, "answers.events[1001]");
  EXPECT_EQ(mixed[3].path, "answers.events");
  EXPECT_EQ(mixed[3].message.en, "at most 1000 items; has 1002");
}

TEST(ProfileReader, DeepNestingIsAnErrorNotACrash) {
  std::string deep(100000, '[');
  std::string text = R"({"format":"suzhou-ai-assess/profile@1","policy":"suzhou-ai-2021","answers":{"events":[)" + deep +
                     std::string(100000, ']') + "]}}";
  Diagnostics d = errors_of(text);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].path, "answers.events[0]");
  EXPECT_EQ(d[0].code, "too_deep");
  EXPECT_EQ(d[0].message.en, "nested more than 32 levels deep");
}

// The issue-12 corpus, in core: each hostile shape gets one short error, whatever its size.
const std::string kHead = R"({"format":"suzhou-ai-assess/profile@1","policy":"suzhou-ai-2021","answers":)";

TEST(ProfileReader, NestingLimitCountsSkippedValuesToo) {
  // Under an unknown key, 32 levels in all are read (and skipped); 33 are refused.
  auto nested = [](int n) { return kHead + "{\"unknown\":" + std::string(n, '[') + std::string(n, ']') + "}}"; };
  Diagnostics ok = errors_of(nested(30));  // 30 arrays + the document + answers = 32
  ASSERT_EQ(ok.size(), 1u);
  EXPECT_EQ(ok[0].code, "unknown_key");
  Diagnostics deep = errors_of(nested(31));
  ASSERT_EQ(deep.size(), 1u);
  EXPECT_EQ(deep[0].code, "too_deep");
}

TEST(ProfileReader, InputOverOneMegabyteIsRefusedUnread) {
  std::string big = kHead + "{}}" + std::string(kMaxProfileBytes, ' ');
  Diagnostics d = errors_of(big);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].path, "$");
  EXPECT_EQ(d[0].code, "too_large");
  EXPECT_EQ(d[0].message.en, "too large: more than the limit of 1048576 bytes");
  // Exactly at the limit it is read: whitespace after the document is allowed.
  std::string at = kHead + "{}}";
  at += std::string(kMaxProfileBytes - at.size(), ' ');
  Profile p;
  Diagnostics none;
  EXPECT_TRUE(read_profile(suzhou(), at, p, none));
}

TEST(ProfileReader, SyntaxErrorsQuoteOnlyTheEndOfWhatWasRead) {
  // 900 000 tabs then "x": nlohmann's "last read" would hold every tab, each spelled <U+0009>.
  Diagnostics d = errors_of(std::string(900000, '\t') + "x");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].code, "json_syntax");
  EXPECT_LT(d[0].message.en.size(), 300u) << d[0].message.en.substr(0, 400);
  EXPECT_NE(d[0].message.en.find("line 1, column 900001"), std::string::npos) << d[0].message.en;
  EXPECT_NE(d[0].message.en.find("<U+0009>x'"), std::string::npos) << d[0].message.en;
  // 1 000 000 newlines: the same.
  Diagnostics n = errors_of(std::string(1000000, '\n'));
  ASSERT_EQ(n.size(), 1u);
  EXPECT_LT(n[0].message.en.size(), 300u);
}

TEST(ProfileReader, LongStringsAndKeysAreQuotedInPart) {
  const std::string long_key(100000, 'k');
  Diagnostics d = errors_of(kHead + "{\"" + long_key + "\":1}}");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].code, "unknown_key");
  EXPECT_EQ(d[0].path, "answers." + std::string(40, 'k') + "\u2026");
  EXPECT_EQ(d[0].message.en, "unknown field \"" + std::string(40, 'k') + "\u2026\"");
  // A string value over 4096 bytes is an error of its own, not compared with the options.
  Diagnostics s = errors_of(kHead + R"({"legal_person":")" + std::string(5000, 'y') + "\"}}");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].path, "answers.legal_person");
  EXPECT_EQ(s[0].message.en, "string too long: the limit is 4096 bytes; has 5000");
  // Control and bidi characters in a quote are shown as U+FFFD, so a message cannot reorder its line.
  Diagnostics c = errors_of(kHead + R"({"a\u202eb\u0000":1}})");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].message.en, "unknown field \"a\ufffdb\ufffd\"");
}

TEST(ProfileReader, DuplicateKeysAreErrorsWithTheirPath) {
  // Two values for one answer: neither is silently chosen.
  Diagnostics d = errors_of(kHead + R"({"legal_person":true,"in_suzhou":true,"legal_person":false}})");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].path, "answers.legal_person");
  EXPECT_EQ(d[0].code, "duplicate_key");
  EXPECT_EQ(d[0].message.en, "the field \"legal_person\" appears more than once");
  // Inside a list item.
  Diagnostics item = errors_of(kHead + R"({"events":[{},{"subject":"a","subject":"b"}]}})");
  ASSERT_EQ(item.size(), 1u);
  EXPECT_EQ(item[0].path, "answers.events[1].subject");
  // At the top: a second "policy" or "answers" is refused, never read over the first.
  Diagnostics top =
      errors_of(R"({"format":"suzhou-ai-assess/profile@1","policy":"suzhou-ai-2021","answers":{},"policy":"suzhou-ai-2021"})");
  ASSERT_EQ(top.size(), 1u);
  EXPECT_EQ(top[0].path, "policy");
  EXPECT_EQ(top[0].code, "duplicate_key");
  Diagnostics answers = errors_of(kHead + R"({},"answers":{"legal_person":true}})");
  ASSERT_EQ(answers.size(), 1u);
  EXPECT_EQ(answers[0].path, "answers");
}

TEST(ProfileReader, NamesRefuseControlAndBidiCharacters) {
  // NUL once cut the printed report short; U+202E made the amount beside a name read backwards.
  for (const char* name : {R"(A\u0000B)", R"(A\u202eB)", R"(A\u2066B)", R"(A\nB)", R"(A\u0085B)"}) {
    Diagnostics d = errors_of(kHead + R"({"events":[{"subject":")" + name + R"("}]}})");
    ASSERT_EQ(d.size(), 1u) << name;
    EXPECT_EQ(d[0].path, "answers.events[0].subject") << name;
    EXPECT_EQ(d[0].code, "bad_character") << name;
  }
  // Other scripts and punctuation near those code points are fine: 智能, an em dash, a euro sign.
  EXPECT_TRUE(accepts(profile_with({{"events", Json::array({{{"subject", "智能 \u2014 \u20ac"}}})}})));
}

TEST(ProfileReader, TheDocumentFormIsOnlyParsedWhenValid) {
  Json doc;
  Profile p;
  Diagnostics d;
  EXPECT_TRUE(read_profile_document(suzhou(), kHead + R"({"legal_person":true}})", doc, p, d));
  EXPECT_EQ(doc["answers"]["legal_person"], true);
  Json untouched = {{"kept", 1}};
  EXPECT_FALSE(read_profile_document(suzhou(), kHead + R"({"legal_person":true,"legal_person":false}})", untouched, p, d));
  EXPECT_EQ(untouched, (Json{{"kept", 1}}));
}

TEST(ProfileReader, ErrorsStopAtTheBudget) {
  Json events = Json::array();
  for (int i = 0; i < 150; ++i) events.push_back({{"prefiled", "no"}});
  Diagnostics d = errors_of(profile_with({{"events", events}}).dump());
  ASSERT_EQ(d.size(), kMaxProfileDiagnostics + 1);
  EXPECT_EQ(d.back().code, "too_many_errors");
}

TEST(ProfileReader, EmptyAndNonObjectDocuments) {
  EXPECT_EQ(errors_of("").at(0).code, "json_syntax");
  EXPECT_EQ(errors_of("   ").at(0).code, "json_syntax");
  for (const char* not_an_object : {"42", "\"text\"", "null", "true", "[]", "[{}]"}) {
    Diagnostics d = errors_of(not_an_object);
    ASSERT_EQ(d.size(), 1u) << not_an_object;
    EXPECT_EQ(d[0].path, "$");
    EXPECT_EQ(d[0].code, "wrong_type");
  }
  EXPECT_EQ(errors_of("{} trailing").at(0).code, "json_syntax");
}

TEST(ProfileReader, MissingKeysAreUnansweredDefaults) {
  Profile p;
  Diagnostics d;
  ASSERT_TRUE(read_profile_json(suzhou(), profile_with(Json::object()), p, d));
  const Field* q = suzhou().question("legal_person");
  ASSERT_NE(q, nullptr);
  EXPECT_FALSE(p.answers[static_cast<std::size_t>(q->slot)].answered);
  EXPECT_EQ(p.answers[static_cast<std::size_t>(q->slot)].number, 0);
}

// An element that is a container of the wrong type is skipped whole: it is one element, at one index, and the
// next element has the next index (in a list and in an enum set alike).
TEST(ProfileReader, ElementsAfterASkippedContainerKeepTheirIndex) {
  Diagnostics d = errors_of(kHead + R"({"events":[[1,[2]],{"subject":1},{},{"prefiled":0}],)" +
                            R"("key_fields":[{"a":["nlu"]},["nlu"],"nope","nlu","nlu"]}})");
  ASSERT_EQ(d.size(), 7u);
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"answers.events[0]", "wrong_type"},          {"answers.events[1].subject", "wrong_type"},
      {"answers.events[3].prefiled", "wrong_type"}, {"answers.key_fields[0]", "wrong_type"},
      {"answers.key_fields[1]", "wrong_type"},      {"answers.key_fields[2]", "unknown_option"},
      {"answers.key_fields[4]", "duplicate_option"}};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(d[i].path, expected[i].first) << i;
    EXPECT_EQ(d[i].code, expected[i].second) << i;
  }
  EXPECT_EQ(d[0].message.en, "must be an object; got [...]");
  EXPECT_EQ(d[3].message.en, "must be a string; got {...}");
}

// The paths of errors at the top level, outside the answers: the document itself is "$", a member's value
// has the member's key. The value of a repeated key is not read; were it over a limit, its path is
// "(duplicate)" (pinned as it is, so that a change of the reader cannot change it unnoticed).
TEST(ProfileReader, TopLevelPaths) {
  const std::string big(5000, 'z');
  Diagnostics doc = errors_of("\"" + big + "\"");
  ASSERT_EQ(doc.size(), 1u);
  EXPECT_EQ(doc[0].path, "$");
  EXPECT_EQ(doc[0].code, "too_long");
  Diagnostics deep = errors_of(std::string(40, '[') + std::string(40, ']'));
  ASSERT_EQ(deep.size(), 1u);
  EXPECT_EQ(deep[0].path, "$");
  EXPECT_EQ(deep[0].code, "too_deep");
  Diagnostics member =
      errors_of(R"({"format":"suzhou-ai-assess/profile@1","policy":")" + big + R"(","answers":{},"x":")" + big + R"("})");
  ASSERT_EQ(member.size(), 3u);
  EXPECT_EQ(member[0].path, "policy");
  EXPECT_EQ(member[0].code, "too_long");
  EXPECT_EQ(member[1].path, "x");
  EXPECT_EQ(member[1].code, "unknown_key");
  EXPECT_EQ(member[2].path, "x");
  EXPECT_EQ(member[2].code, "too_long");
  Diagnostics repeated = errors_of(kHead + R"({},"policy":")" + big + R"("})");
  ASSERT_EQ(repeated.size(), 2u);
  EXPECT_EQ(repeated[0].path, "policy");
  EXPECT_EQ(repeated[0].code, "duplicate_key");
  EXPECT_EQ(repeated[1].path, "(duplicate)");
  EXPECT_EQ(repeated[1].code, "too_long");
  Diagnostics nested = errors_of(kHead + R"({},"answers":)" + std::string(40, '[') + std::string(40, ']') + "}");
  ASSERT_EQ(nested.size(), 1u);
  EXPECT_EQ(nested[0].path, "(duplicate)");
  EXPECT_EQ(nested[0].code, "too_deep");
}

}  // namespace
}  // namespace assess
