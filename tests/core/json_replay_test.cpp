// A document read as it stands (read_profile_json: its events replayed into the reader, core/internal/json_replay.hpp)
// says exactly what its text says (read_profile): the same answers, or the same errors at the same paths, word
// for word, for every golden case and for documents a text round trip would change (signs, floats, nesting).
#include <filesystem>
#include <fstream>
#include <sstream>

#include "test_support.hpp"

namespace assess {
namespace {

using testing::profile_with;
using testing::suzhou;

// What reading gives: "ok" and the result in JSON, or every error (path, code and both sentences).
std::string reading(bool ok, const Profile& p, const Diagnostics& errors) {
  if (ok) return "ok " + render_json(suzhou(), evaluate(suzhou(), p), Lang::en);
  std::string out = "errors";
  for (const Diagnostic& d : errors) out += "\n" + d.path + " " + d.code + " " + d.line(Lang::zh) + " / " + d.line(Lang::en);
  return out;
}

std::string as_text(const Json& doc) {
  Profile p;
  Diagnostics d;
  const bool ok = read_profile(suzhou(), doc.dump(), p, d);
  return reading(ok, p, d);
}

std::string as_document(const Json& doc) {
  Profile p;
  Diagnostics d;
  const bool ok = read_profile_json(suzhou(), doc, p, d);
  return reading(ok, p, d);
}

TEST(JsonReplay, EveryGoldenCaseReadsTheSameAsADocumentAsAsText) {
  int compared = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(ASSESS_SOURCE_DIR) + "/tests/cases")) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path());
    std::stringstream ss;
    ss << in.rdbuf();
    const Json c = Json::parse(ss.str());
    if (!c.contains("profile")) continue;  // raw text cases: there is no document to compare
    EXPECT_EQ(as_document(c["profile"]), as_text(c["profile"])) << entry.path().filename();
    ++compared;
  }
  EXPECT_GT(compared, 30);
}

TEST(JsonReplay, WhatATextRoundTripWouldChangeReadsAsTheTextDoes) {
  Json gates = testing::all_gates();
  // A count held as a signed or an unsigned integer, a negative one, floats written with and without a fraction.
  for (const Json& count : {Json(std::int64_t{3}), Json(std::uint64_t{3}), Json(std::int64_t{-3}), Json(3.0), Json(2.5),
                            Json(-0.0), Json(1e300), Json(std::uint64_t{18446744073709551615u})}) {
    Json answers = gates;
    answers["national_standards"] = count;
    EXPECT_EQ(as_document(profile_with(answers)), as_text(profile_with(answers))) << count.dump();
  }
  // Wrong types, unknown keys and choices, null, a wrong header, and errors in list items, all at once.
  Json bad = {{"format", "suzhou-ai-assess/profile@9"}, {"policy", "suzhou-ai-2021"}, {"answers", gates}};
  EXPECT_EQ(as_document(bad), as_text(bad));
  Json answers = gates;
  answers["legal_person"] = "yes";
  answers["no_such_question"] = 1;
  answers["sound_finance"] = nullptr;
  answers["key_fields"] = Json::array({"computer_vision", "not_a_field", 7});
  answers["key_tech_projects"] = Json::array({{{"subject", ""}, {"costs", {{"personnel", -5}, {"x", true}}}}, 3});
  EXPECT_EQ(as_document(profile_with(answers)), as_text(profile_with(answers)));
  // Nesting deeper than any reader takes, and a string longer than any reader compares.
  Json deep = Json::array();
  for (int i = 0; i < 40; ++i) deep = Json::array({deep});
  answers = gates;
  answers["key_tech_projects"] = deep;
  answers["events"] = Json::array({{{"subject", std::string(5000, 'x')}}});
  EXPECT_EQ(as_document(profile_with(answers)), as_text(profile_with(answers)));
  // Not even an object.
  EXPECT_EQ(as_document(Json::array({1, 2})), as_text(Json::array({1, 2})));
  EXPECT_EQ(as_document(Json("profile")), as_text(Json("profile")));
}

// Reading a document makes no text of it: the count of texts read does not move.
TEST(JsonReplay, ReadingADocumentParsesNoText) {
  const std::uint64_t before = profile_texts_read();
  Profile p;
  Diagnostics d;
  ASSERT_TRUE(read_profile_json(suzhou(), profile_with(testing::all_gates()), p, d));
  EXPECT_EQ(profile_texts_read(), before);
  ASSERT_TRUE(read_profile(suzhou(), profile_with(testing::all_gates()).dump(), p, d));
  EXPECT_EQ(profile_texts_read(), before + 1);
}

}  // namespace
}  // namespace assess
