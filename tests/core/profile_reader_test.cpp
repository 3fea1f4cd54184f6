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
  EXPECT_EQ(d[0].code, "too_many_items");
  EXPECT_EQ(d[0].message.en, "at most 1000 items; has 1001");
}

TEST(ProfileReader, DeepNestingIsAnErrorNotACrash) {
  std::string deep(100000, '[');
  std::string text = R"({"format":"suzhou-ai-assess/profile@1","policy":"suzhou-ai-2021","answers":{"events":[)" + deep +
                     std::string(100000, ']') + "]}}";
  Diagnostics d = errors_of(text);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].path, "answers.events[0]");
  EXPECT_EQ(d[0].code, "wrong_type");
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

}  // namespace
}  // namespace assess
