// Hand-over codes: the exact layout (positions in the policy's question order, base64url), the round trip of a
// full profile, and every way a code can be broken giving an error at a "#p" path instead of answers.
#include "share_code.hpp"

#include <fstream>
#include <sstream>

#include "test_support.hpp"

namespace assess {
namespace {

using testing::suzhou;

// base64url(`["suzhou-ai-2021",1,[1,null,null,null,0,null,36]]`), worked out outside this program:
// legal_person (question 0) true, in_suzhou (question 4) false, key_fields (question 6) = computer_vision
// (option 2, bit 4) + nlu (option 5, bit 32) = 36.
constexpr const char* kSmallCode = "WyJzdXpob3UtYWktMjAyMSIsMSxbMSxudWxsLG51bGwsbnVsbCwwLG51bGwsMzZdXQ";

TEST(ShareCode, LayoutIsPositional) {
  Json profile = testing::profile_with(
      {{"in_suzhou", false}, {"legal_person", true}, {"key_fields", Json::array({"nlu", "computer_vision"})}});
  EXPECT_EQ(encode_share_code(suzhou(), profile), kSmallCode);
}

TEST(ShareCode, ListsAndGroupsNest) {
  // key_tech_projects is question 14; an item is [subject, key_field, costs, other_policy_support] and costs
  // is [personnel, equipment_software, pilot_equipment, design_materials_testing, outsourced_rnd, other].
  Json profile = testing::profile_with(
      {{"key_tech_projects",
        Json::array({{{"subject", "芯片"}, {"key_field", true}, {"costs", {{"personnel", 100}, {"other", 5}}}}})}});
  // Costs not answered are absent, not 0: {"personnel":100,"other":5} -> [100,null,null,null,null,5].
  Json decoded;
  Diagnostics errors;
  ASSERT_TRUE(decode_share_code(suzhou(), encode_share_code(suzhou(), profile), decoded, errors));
  EXPECT_EQ(decoded, profile);
}

TEST(ShareCode, DecodesToTheProfileDocument) {
  Json decoded;
  Diagnostics errors;
  ASSERT_TRUE(decode_share_code(suzhou(), kSmallCode, decoded, errors));
  EXPECT_EQ(decoded,
            testing::profile_with(
                {{"legal_person", true}, {"in_suzhou", false}, {"key_fields", Json::array({"computer_vision", "nlu"})}}));
}

TEST(ShareCode, FullExampleRoundTripsAndIsCompact) {
  std::ifstream in(std::string(ASSESS_SOURCE_DIR) + "/examples/analysis-example.json");
  std::stringstream text;
  text << in.rdbuf();
  Json profile;
  Diagnostics errors;
  ASSERT_TRUE(parse_json_text(text.str(), profile, errors));
  std::string code = encode_share_code(suzhou(), profile);
  Json decoded;
  ASSERT_TRUE(decode_share_code(suzhou(), code, decoded, errors));
  EXPECT_EQ(decoded, profile);
  // The same answers as minified JSON take 1 354 bytes; the code is well under half of that.
  EXPECT_LT(code.size(), 500u) << code;
}

// Every question answered the longest way it can be short of free text: counts, amounts of 8 digits, every
// option of every set, and two named items in every list (16 projects, products, centres and events).
Json answered(const Field& f, int i) {
  switch (f.type) {
    case FieldType::boolean:
      return true;
    case FieldType::count:
      return 3;
    case FieldType::yuan:
      return 12345678;
    case FieldType::text:
      return "项目名称" + std::to_string(i);
    case FieldType::enumeration:
      return f.options.back().value;
    case FieldType::enum_set: {
      Json all = Json::array();
      for (const Option& o : f.options) all.push_back(o.value);
      return all;
    }
    case FieldType::group:
    case FieldType::list: {
      Json item = Json::object();
      for (const Field& g : f.fields) item[g.id] = answered(g, i);
      if (f.type == FieldType::group) return item;
      Json both = Json::array({item, item});
      both[1]["subject"] = "项目名称" + std::to_string(i + 1);
      return both;
    }
  }
  return Json();
}

TEST(ShareCode, AFullProfileFitsAScannableCode) {
  Json answers = Json::object();
  for (const Field& q : suzhou().questions) answers[q.id] = answered(q, 0);
  Json profile = testing::profile_with(answers);
  Profile p;
  Diagnostics errors;
  ASSERT_TRUE(read_profile_json(suzhou(), profile, p, errors)) << errors.front().line(Lang::en);
  const std::string code = encode_share_code(suzhou(), profile);
  // As minified JSON these answers take about 3 100 bytes. The code must stay well inside a QR code of version
  // 25 at level L (1 273 bytes), which leaves 100 bytes for the address.
  EXPECT_LT(code.size(), 1173u);
  Json decoded;
  ASSERT_TRUE(decode_share_code(suzhou(), code, decoded, errors));
  EXPECT_EQ(decoded, profile);
}

void expect_refused(const std::string& code, const std::string& path) {
  Json decoded = "untouched";
  Diagnostics errors;
  EXPECT_FALSE(decode_share_code(suzhou(), code, decoded, errors)) << code;
  ASSERT_EQ(errors.size(), 1u) << code;
  EXPECT_EQ(errors[0].path, path) << code;
  EXPECT_EQ(errors[0].code, "bad_share_code");
  EXPECT_EQ(decoded, "untouched");
}

// base64url of any text, for building codes the encoder would never make (the layout test pins the encoder).
std::string b64(const std::string& json) {
  static const char* a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  std::string out;
  unsigned acc = 0;
  int bits = 0;
  for (unsigned char c : json) {
    acc = (acc << 8) | c, bits += 8;
    while (bits >= 6) out += a[(acc >> (bits -= 6)) & 63];
  }
  if (bits) out += a[(acc << (6 - bits)) & 63];
  return out;
}

TEST(ShareCode, BrokenCodesAreRefusedWithAPath) {
  expect_refused("", "#p");
  expect_refused("abc$def", "#p");                              // not base64url
  expect_refused(std::string(kSmallCode).substr(0, 40), "#p");  // truncated in transit
  expect_refused(b64(R"({"a":1})"), "#p");                      // JSON, but not a code
  expect_refused(b64(R"(["another-policy",1,[]])"), "#p[0]");
  expect_refused(b64(R"(["suzhou-ai-2021",2,[]])"), "#p[0]");
  expect_refused(b64(R"(["suzhou-ai-2021",4294967297,[]])"), "#p[0]");  // 2^32 + 1 does not wrap to 1
  expect_refused(b64(R"(["suzhou-ai-2021",-1,[]])"), "#p[0]");
  expect_refused(b64(R"(["suzhou-ai-2021",1.0,[]])"), "#p");
  expect_refused(b64("[" + std::string(5000, '[') + std::string(5000, ']') + "]"), "#p");  // 5 000 deep
  expect_refused(b64(R"(["suzhou-ai-2021",1,[],"x":1])"), "#p");
  expect_refused("AAAA=", "#p");  // padding is not part of base64url
  expect_refused("AA%41", "#p");  // nor are %-escapes
  expect_refused(std::string(kMaxProfileBytes + 1, 'A'), "#p");
  expect_refused(b64(R"(["suzhou-ai-2021",1,[2]])"), "#p[2][0]");                 // a bool is 0 or 1
  expect_refused(b64(R"(["suzhou-ai-2021",1,[1,1,1,1,1,1,4096]])"), "#p[2][6]");  // 12 options: bit 12 is none
  expect_refused(b64(R"(["suzhou-ai-2021",1,[1,1,1,1,1,1,0,0,0,0,0,0,[[1,2,3,4]]]])"), "#p[2][12][0]");  // 2 fields
  // Issue 23, no. 9: no number but a whole one in digits, which is all a code ever holds (this one would be 3.0).
  expect_refused(b64(R"(["suzhou-ai-2021",1,[1,1,1,1,1,1,0,0,0,0,0,0,[["x",2.9999999999999999]]]])"), "#p[2][12][0][1]");
}

TEST(ShareCode, ValuesAreCheckedByTheProfileReaderAfterwards) {
  // A negative amount fits the code's layout; the profile reader then refuses it at its answers path.
  Json decoded;
  Diagnostics errors;
  ASSERT_TRUE(decode_share_code(suzhou(), b64(R"(["suzhou-ai-2021",1,[1,1,1,1,1,1,0,0,0,0,0,0,[["x",-5]]]])"), decoded, errors));
  Profile p;
  EXPECT_FALSE(read_profile_json(suzhou(), decoded, p, errors));
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(errors[0].path, "answers.chain_merger_projects[0].other_policy_support");
}

}  // namespace
}  // namespace assess
