// Advisors' session files (issue 23, nos. 7 and 12): one budget for the whole file — enterprises, items, errors —
// names checked as every name is, and each enterprise's profile validated from the text as it streams past.
#include "session_file.hpp"

#include "test_support.hpp"

namespace assess {
namespace {

using testing::suzhou;

constexpr const char* kFormat = "suzhou-ai-assess/session@1";
const std::string kProfile =
    R"({"format":"suzhou-ai-assess/profile@1","policy":"suzhou-ai-2021","answers":{"legal_person":true}})";

std::string session(const std::string& enterprises) {
  return std::string(R"({"format":"suzhou-ai-assess/session@1","policy":"suzhou-ai-2021","enterprises":[)") + enterprises + "]}";
}
std::string enterprise(const std::string& name_json, const std::string& profile = kProfile) {
  return R"({"name":)" + name_json + R"(,"profile":)" + profile + "}";
}
// n enterprises, the i-th made by make(i), comma-separated.
template <typename Make>
std::string repeated(std::size_t n, const Make& make) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += (i ? "," : "") + make(i);
  return out;
}

struct Read {
  SessionFileRead read;
  std::vector<NamedProfile> opened;
  Diagnostics errors;
};
Read read(const std::string& text, std::size_t room = kMaxSessionEnterprises) {
  Read r;
  r.read = read_session_file(suzhou(), text, kFormat, room, r.opened, r.errors);
  return r;
}

TEST(SessionFile, OpensEveryEnterpriseWithItsNameAndProfile) {
  const Read r = read(session(enterprise(R"("甲智能")") + "," + enterprise(R"("乙制造")")));
  ASSERT_EQ(r.read, SessionFileRead::opened);
  EXPECT_TRUE(r.errors.empty());
  ASSERT_EQ(r.opened.size(), 2u);
  EXPECT_EQ(r.opened[0].name, "甲智能");
  EXPECT_EQ(r.opened[1].name, "乙制造");
  EXPECT_EQ(r.opened[1].profile["answers"]["legal_person"], true);
}

// The file of issue 23, no. 7: 450 000 elements in 900 KB once took 15–49 s and 564 MB of wasm heap to refuse,
// every element an error of its own. Now the first 100 errors, one more to say so, and reading stops there.
TEST(SessionFile, ErrorsAreBudgetedPerFileNotPerProfile) {
  const Read r = read(session(repeated(450000, [](std::size_t) { return std::string("1"); })));
  ASSERT_EQ(r.read, SessionFileRead::refused);
  ASSERT_EQ(r.errors.size(), kMaxSessionErrors + 1);
  EXPECT_EQ(r.errors[0].path, "enterprises[0]");
  EXPECT_EQ(r.errors[0].code, "wrong_type");
  EXPECT_EQ(r.errors[0].message.en, "must be an object; got 1");
  EXPECT_EQ(r.errors[99].path, "enterprises[99]");
  EXPECT_EQ(r.errors.back().code, "too_many_errors");
  // Three enterprises of 60 errors each: 100 in all, not 180.
  const std::string sixty = R"({"format":"suzhou-ai-assess/profile@1","policy":"suzhou-ai-2021","answers":{)" +
                            repeated(60, [](std::size_t i) { return "\"x" + std::to_string(i) + "\":1"; }) + "}}";
  const Read three = read(session(repeated(3, [&](std::size_t) { return enterprise(R"("a")", sixty); })));
  ASSERT_EQ(three.errors.size(), kMaxSessionErrors + 1);
  EXPECT_EQ(three.errors[60].path, "enterprises[1].profile.answers.x0");
}

TEST(SessionFile, EnterprisesBeyondTheRoomLeftStopTheReading) {
  const std::string named = enterprise(R"("a")");
  EXPECT_EQ(read(session(repeated(kMaxSessionEnterprises, [&](std::size_t) { return named; }))).read, SessionFileRead::opened);
  const Read over = read(session(repeated(kMaxSessionEnterprises + 1, [&](std::size_t) { return named; })));
  ASSERT_EQ(over.errors.size(), 1u);
  EXPECT_EQ(over.errors[0].path, "enterprises");
  EXPECT_EQ(over.errors[0].code, "too_many_enterprises");
  EXPECT_EQ(over.errors[0].message.en, "too many enterprises: the session can take at most 200 more");
  // A session already holding 199 enterprises has room for one more.
  const Read no_room = read(session(named + "," + named), 1);
  ASSERT_EQ(no_room.errors.size(), 1u);
  EXPECT_EQ(no_room.errors[0].message.en, "too many enterprises: the session can take at most 1 more");
}

// 21 enterprises of 1 000 events each: 21 000 items, over the file's 20 000 although each profile is within its
// own limit; refused at the enterprise that crossed it.
TEST(SessionFile, ItemsAreBudgetedPerFile) {
  const std::string thousand = R"({"format":"suzhou-ai-assess/profile@1","policy":"suzhou-ai-2021","answers":{"events":[)" +
                               repeated(1000, [](std::size_t) { return std::string("{}"); }) + "]}}";
  EXPECT_EQ(read(session(repeated(20, [&](std::size_t) { return enterprise(R"("a")", thousand); }))).read,
            SessionFileRead::opened);
  const Read over = read(session(repeated(21, [&](std::size_t) { return enterprise(R"("a")", thousand); })));
  ASSERT_EQ(over.errors.size(), 1u);
  EXPECT_EQ(over.errors[0].path, "enterprises[20].profile");
  EXPECT_EQ(over.errors[0].code, "too_many_items");
}

// Issue 23, no. 12: these names passed from a session file while a project's name refused them.
TEST(SessionFile, NamesAreCheckedAsEveryName) {
  const std::string long_name = "\"" + std::string(300000, 'n') + "\"";
  const Read r = read(session(enterprise(R"("A\tB")") + "," + enterprise(R"("A\rB")") + "," + enterprise(R"("A\u0000B")") + "," +
                              enterprise(R"("A\u001b[31mB")") + "," + enterprise(R"("A\u202eB")") + "," + enterprise(long_name) +
                              "," + enterprise(R"("甲智能")")));
  ASSERT_EQ(r.read, SessionFileRead::refused);
  ASSERT_EQ(r.errors.size(), 6u);
  for (std::size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(r.errors[i].path, "enterprises[" + std::to_string(i) + "].name");
    EXPECT_EQ(r.errors[i].code, "bad_character");
  }
  EXPECT_EQ(r.errors[5].path, "enterprises[5].name");
  EXPECT_EQ(r.errors[5].code, "too_long");
  EXPECT_EQ(r.errors[5].message.en, "must be at most 200 characters; has 300000");
}

TEST(SessionFile, ProfilesAreValidatedFromTheirTextWithTheirPaths) {
  const Read r = read(session(
      enterprise(R"("a")") + "," +
      enterprise(
          R"("b")",
          R"({"format":"suzhou-ai-assess/profile@1","policy":"suzhou-ai-2021","answers":{"national_standards":2.9999999999999999}})") +
      "," + enterprise(R"("c")", "5") + "," +
      enterprise(R"("d")", R"({"format":"suzhou-ai-assess/profile@1","policy":"suzhou-ai-2021"})")));
  ASSERT_EQ(r.read, SessionFileRead::refused);
  ASSERT_EQ(r.errors.size(), 3u);
  EXPECT_EQ(r.errors[0].path, "enterprises[1].profile.answers.national_standards");
  EXPECT_EQ(r.errors[0].code, "not_integer");
  EXPECT_EQ(r.errors[1].path, "enterprises[2].profile");
  EXPECT_EQ(r.errors[1].code, "wrong_type");
  EXPECT_EQ(r.errors[2].path, "enterprises[3].profile.answers");
  EXPECT_EQ(r.errors[2].code, "missing_key");
  // Nesting beyond the limit inside a profile stops the reading there.
  const Read deep = read(session(enterprise(R"("a")", std::string(5000, '[') + std::string(5000, ']'))));
  ASSERT_EQ(deep.errors.size(), 1u);
  EXPECT_EQ(deep.errors[0].code, "too_deep");
}

TEST(SessionFile, TheFileItselfIsCheckedStrictly) {
  const auto codes = [](const std::string& text) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const Diagnostic& d : read(text).errors) out.emplace_back(d.path, d.code);
    return out;
  };
  using Codes = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(codes(R"({"format":"other","policy":"suzhou-ai-2021","enterprises":[]})"),
            (Codes{{"format", "bad_format"}, {"enterprises", "session_empty"}}));
  EXPECT_EQ(codes(R"({"policy":"another","enterprises":[{"name":"a","profile":{},"x":1}],"extra":[1]})"),
            (Codes{{"policy", "wrong_policy"},
                   {"enterprises[0].profile.format", "missing_key"},
                   {"enterprises[0].profile.policy", "missing_key"},
                   {"enterprises[0].profile.answers", "missing_key"},
                   {"enterprises[0].x", "unknown_key"},
                   {"extra", "unknown_key"},
                   {"format", "missing_key"}}));
  EXPECT_EQ(
      codes(session(
          R"({"name":"a","name":"b","profile":{"format":"suzhou-ai-assess/profile@1","policy":"suzhou-ai-2021","answers":{}}})")),
      (Codes{{"enterprises[0].name", "duplicate_key"}}));
  EXPECT_EQ(codes(R"({"format":"suzhou-ai-assess/session@1","policy":"suzhou-ai-2021","enterprises":{}})"),
            (Codes{{"enterprises", "wrong_type"}}));
  EXPECT_EQ(codes(session(enterprise("1"))), (Codes{{"enterprises[0].name", "wrong_type"}}));
}

TEST(SessionFile, WhatIsNotASessionIsLeftToTheProfileReader) {
  for (const std::string& text :
       {kProfile, std::string("[1,2]"), std::string("{\"format\":"), std::string("12"),
        std::string(R"({"enterprises":[]})") + std::string("\0", 1), std::string(kMaxProfileBytes + 1, ' ')}) {
    const Read r = read(text);
    EXPECT_EQ(r.read, SessionFileRead::not_a_session) << text.substr(0, 40);
    EXPECT_TRUE(r.errors.empty());
  }
  // A session broken after its list began is a session file with a syntax error.
  const Read broken = read(session(enterprise(R"("a")")).substr(0, 120));
  ASSERT_EQ(broken.read, SessionFileRead::refused);
  ASSERT_EQ(broken.errors.size(), 1u);
  EXPECT_EQ(broken.errors[0].code, "json_syntax");
}

}  // namespace
}  // namespace assess
