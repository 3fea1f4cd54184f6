// The batch path: the summary format (values worked out by hand from the golden cases), and the two readers
// (ProfileReader's simdjson fast path, read_profile's nlohmann path) giving the very same profile, result bytes
// and error messages for every golden case and a corpus of awkward inputs.
#include "batch.hpp"

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "evaluate.hpp"
#include "profile_reader.hpp"
#include "test_support.hpp"

#ifndef __EMSCRIPTEN__
#include <filesystem>
#endif

namespace assess {
namespace {

using testing::suzhou;

std::string summary_of(const std::string& profile_text) {
  ResultJsonRenderer renderer(suzhou(), Lang::zh);
  ProfileReader reader(suzhou());
  std::string out;
  EXPECT_EQ(assess_batch_line(suzhou(), renderer, reader, BatchFormat::summary, profile_text, false, 1, Lang::zh, out),
            BatchLine::result)
      << out;
  return out;
}

// tests/cases/a7-a9-a12-counts.json: standards, secretariats, products and platforms by count ("worked" there):
// 2 × 1 000 000, 3 × 500 000, 1 × 1 000 000, 4 × 500 000, 3 × 200 000, 2 × 1 000 000; min 0 (each is "up to");
// art. 11's pilot zone is never for enterprises (not_applicable); nothing else claimed. Total 0–9 100 000.
TEST(BatchSummary, CountsCaseByHand) {
  const std::string profile = testing::profile_with(Json::parse(R"({"legal_person": true, "sound_finance": true,
      "independent_accounting": true, "ai_entity": true, "in_suzhou": true, "intl_standards_led": 2,
      "national_standards": 3, "intl_secretariats": 1, "national_secretariats": 4, "supply_products_selected": 3,
      "open_platforms_selected": 2})"))
                                  .dump();
  EXPECT_EQ(summary_of(profile),
            R"({"measures":{"a1_attraction":["not_claimed",0,0],"a2_lead_goose":["not_claimed",0,0],)"
            R"("a2_chain_merger":["not_claimed",0,0],"a3_major_project":["not_claimed",0,0],)"
            R"("a4_key_tech":["not_claimed",0,0],"a5_innovation_project":["not_claimed",0,0],)"
            R"("a6_first_set_equipment":["not_claimed",0,0],"a6_first_version_software":["not_claimed",0,0],)"
            R"("a7_intl_standard":["estimate",0,2000000],"a7_national_standard":["estimate",0,1500000],)"
            R"("a7_intl_secretariat":["estimate",0,1000000],"a7_national_secretariat":["estimate",0,2000000],)"
            R"("a8_scenario_provider":["not_claimed",0,0],"a8_scenario_supplier":["not_claimed",0,0],)"
            R"("a9_supply_capability":["estimate",0,600000],"a10_matching_platform":["not_claimed",0,0],)"
            R"("a11_pilot_zone":["not_applicable",0,0],"a11_innovation_center":["not_claimed",0,0],)"
            R"("a12_open_platform":["estimate",0,2000000],"a13_major_event":["not_claimed",0,0],)"
            R"("a14_training_base":["not_claimed",0,0],"a14_talent_training":["not_claimed",0,0],)"
            R"("a15_service_institution":["not_claimed",0,0]},"total":[0,9100000]})"
            "\n");
}

// tests/cases/a4-cap-and-rounding.json: a list measure sums its items: 4 999 999 + 5 000 000 + 5 000 000 +
// 4 999 999 + 0 (+ one ineligible item) = 19 999 998; the summary has the measure's figures, not the items'.
TEST(BatchSummary, ListMeasureCaseByHand) {
  const std::string profile = testing::profile_with(Json::parse(R"({"legal_person": true, "sound_finance": true,
      "independent_accounting": true, "ai_entity": true, "in_suzhou": true, "key_tech_projects": [
      {"key_field": true, "costs": {"personnel": 4000000, "equipment_software": 3000000, "pilot_equipment": 1999998,
                                    "design_materials_testing": 500000, "outsourced_rnd": 500000}},
      {"key_field": true, "costs": {"personnel": 10000000}},
      {"key_field": true, "costs": {"outsourced_rnd": 10000002, "other": 5}},
      {"key_field": true, "costs": {"design_materials_testing": 9999999}},
      {"key_field": true, "costs": {"other": 8000000}},
      {"key_field": false, "costs": {"personnel": 1000000}}]})"))
                                  .dump();
  const std::string out = summary_of(profile);
  EXPECT_NE(out.find(R"("a3_major_project":["not_claimed",0,0],"a4_key_tech":["estimate",0,19999998],)"
                     R"("a5_innovation_project":["not_claimed",0,0])"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find(R"("a11_pilot_zone":["not_applicable",0,0])"), std::string::npos) << out;
  EXPECT_EQ(out.substr(out.size() - 24), "},\"total\":[0,19999998]}\n");
}

TEST(BatchSummary, BadLineAsInTheFullFormat) {
  ResultJsonRenderer renderer(suzhou(), Lang::en);
  ProfileReader reader(suzhou());
  const std::string line = R"({"format":"suzhou-ai-assess/profile@1","policy":"suzhou-ai-2021","answers":{"in_suzhou":1}})";
  std::string summary, full;
  EXPECT_EQ(assess_batch_line(suzhou(), renderer, reader, BatchFormat::summary, line, false, 7, Lang::en, summary),
            BatchLine::invalid);
  assess_batch_line(suzhou(), renderer, line, 7, Lang::en, full);
  EXPECT_EQ(summary, full);
  EXPECT_EQ(summary.rfind(R"({"line":7,"errors":[{"path":"answers.in_suzhou","code":"wrong_type",)", 0), 0u) << summary;
}

// --- The two readers ---------------------------------------------------------------------------------------

// Everything a reader's answer shows: the errors in both languages, or the result rendered in both.
std::string outcome(bool ok, const Profile& profile, const Diagnostics& errors) {
  if (!ok) return render_errors_json(errors, Lang::zh) + "\n" + render_errors_json(errors, Lang::en);
  const Result r = evaluate(suzhou(), profile);
  return render_json(suzhou(), r, Lang::zh) + "\n" + render_json(suzhou(), r, Lang::en);
}

// Reads `text` with read_profile and with ProfileReader (padded and not), and as a batch line through both
// assess_batch_line overloads; every answer must be the same. Returns the path the padded read took.
ProfileReader::Path expect_same(const std::string& text, const std::string& name) {
  SCOPED_TRACE(name);
  Profile slow_profile;
  Diagnostics slow_errors;
  const bool slow_ok = read_profile(suzhou(), text, slow_profile, slow_errors);
  const std::string slow = outcome(slow_ok, slow_profile, slow_errors);

  ProfileReader reader(suzhou());
  Profile fast_profile;
  Diagnostics fast_errors;
  EXPECT_EQ(reader.read(text, false, fast_profile, fast_errors), slow_ok);
  EXPECT_EQ(outcome(slow_ok, fast_profile, fast_errors), slow);

  const std::string padded = text + std::string(kProfileReadPadding, '}');  // anything may follow
  Profile padded_profile;
  Diagnostics padded_errors;
  EXPECT_EQ(reader.read(std::string_view(padded.data(), text.size()), true, padded_profile, padded_errors), slow_ok);
  EXPECT_EQ(outcome(slow_ok, padded_profile, padded_errors), slow);
  const ProfileReader::Path path = reader.last_path();

  for (Lang lang : {Lang::zh, Lang::en}) {
    ResultJsonRenderer renderer(suzhou(), lang);
    std::string before, now;
    const BatchLine a = assess_batch_line(suzhou(), renderer, text, 42, lang, before);
    const BatchLine b = assess_batch_line(suzhou(), renderer, reader, BatchFormat::full,
                                          std::string_view(padded.data(), text.size()), true, 42, lang, now);
    EXPECT_EQ(a, b);
    EXPECT_EQ(now, before);
  }
  return path;
}

#ifndef __EMSCRIPTEN__
// The golden cases (tests/cases): bad ones give the same errors, and every valid one is read by the fast
// path where there is one (a valid case falling back would mean the fast path declines ordinary profiles).
TEST(BatchReaders, GoldenCasesAgree) {
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(ASSESS_SOURCE_DIR) + "/tests/cases")) {
    if (entry.path().extension() != ".json") continue;
    ++files;
    std::ifstream in(entry.path());
    std::stringstream s;
    s << in.rdbuf();
    const Json c = Json::parse(s.str());
    std::string text;
    if (c.contains("profile_text")) {
      text = c["profile_text"].get<std::string>();
    } else if (c.contains("profile_latin1")) {  // code points 0–255 as bytes (as tests/cases/case_runner.cpp)
      const std::string in_utf8 = c["profile_latin1"].get<std::string>();
      for (std::size_t i = 0; i < in_utf8.size(); ++i) {
        const unsigned char b = static_cast<unsigned char>(in_utf8[i]);
        text += b < 0x80 ? static_cast<char>(b)
                         : static_cast<char>(((b & 0x03) << 6) | (static_cast<unsigned char>(in_utf8[++i]) & 0x3F));
      }
    } else {
      text = c["profile"].dump();
    }
    const ProfileReader::Path path = expect_same(text, entry.path().filename().string());
    if (ProfileReader::fast_path_available() && c.contains("expect") && !c.contains("expect_errors")) {
      EXPECT_EQ(path, ProfileReader::Path::fast) << entry.path();
    }
  }
  EXPECT_GT(files, 30);
}
#endif

const std::string kHead = R"({"format":"suzhou-ai-assess/profile@1","policy":"suzhou-ai-2021","answers":)";

std::string with_answers(const std::string& answers) {
  return kHead + answers + "}";
}

// Inputs where two JSON parsers could disagree, and the limits: each must come out the same either way.
TEST(BatchReaders, AwkwardInputsAgree) {
  const std::vector<std::pair<std::string, std::string>> inputs = {
      {"empty", ""},
      {"spaces", "  \t\r"},
      {"empty object", "{}"},
      {"not an object", "[1,2]"},
      {"scalar", "12"},
      {"string", "\"x\""},
      {"trailing garbage", with_answers("{}") + " x"},
      {"two documents", with_answers("{}") + "{}"},
      {"byte order mark", "\xEF\xBB\xBF" + with_answers("{}")},
      {"truncated", with_answers("{\"in_suzhou\":tr")},
      {"whitespace around", " \t" + with_answers("{ \"in_suzhou\" : true }") + "\r"},
      {"float 1e3", with_answers(R"({"national_standards":1e3})")},
      {"float 1000.0", with_answers(R"({"national_standards":1000.0})")},
      {"float 1.5", with_answers(R"({"national_standards":1.5})")},
      {"float -0.0", with_answers(R"({"national_standards":-0.0})")},
      {"minus zero", with_answers(R"({"national_standards":-0})")},
      // Issue 23, no. 9: numbers decided from their digits, and nothing after the profile.
      {"float 2.9999999999999999", with_answers(R"({"national_standards":2.9999999999999999})")},
      {"float 1e-400", with_answers(R"({"national_standards":1e-400})")},
      {"float 1e400", with_answers(R"({"national_standards":1e400})")},
      {"float 3e2", with_answers(R"({"national_standards":3e2})")},
      {"yuan with a fraction", with_answers(R"({"events":[{"subject":"x","budget":1234567890123.0001}]})")},
      {"NUL after the profile", with_answers("{}") + std::string("\0garbage", 8)},
      {"NUL in a string", with_answers("{\"events\":[{\"subject\":\"a") + std::string("\0", 1) + "\"}]}"},
      {"negative", with_answers(R"({"national_standards":-1})")},
      {"int64 max", with_answers(R"({"national_standards":9223372036854775807})")},
      {"int64 max + 1", with_answers(R"({"national_standards":9223372036854775808})")},
      {"uint64 max", with_answers(R"({"national_standards":18446744073709551615})")},
      {"uint64 max + 1", with_answers(R"({"national_standards":18446744073709551616})")},
      {"int64 min - 1", with_answers(R"({"national_standards":-9223372036854775809})")},
      {"leading zero", with_answers(R"({"national_standards":01})")},
      {"yuan at the limit", with_answers(R"({"events":[{"subject":"x","budget":10000000000000}]})")},
      {"yuan over the limit", with_answers(R"({"events":[{"subject":"x","budget":10000000000001}]})")},
      {"lone high surrogate", with_answers(R"({"events":[{"subject":"\ud800"}]})")},
      {"lone low surrogate", with_answers(R"({"events":[{"subject":"\udc00x"}]})")},
      {"reversed surrogates", with_answers(R"({"events":[{"subject":"\ude00\ud83d"}]})")},
      {"surrogate pair", with_answers(R"({"events":[{"subject":"\ud83d\ude00 ok"}]})")},
      {"escapes", with_answers(R"({"events":[{"subject":"a\"b\\c\/d\u00e9\u4e2d"}]})")},
      {"raw control character", with_answers("{\"events\":[{\"subject\":\"a\x01\"}]}")},
      {"escaped NUL", with_answers(R"({"events":[{"subject":"Acme\u0000 Ltd"}]})")},
      {"bidi control", with_answers(R"({"events":[{"subject":"Acme \u202e01"}]})")},
      {"invalid UTF-8", with_answers("{\"events\":[{\"subject\":\"\xFF\"}]}")},
      {"overlong UTF-8", with_answers("{\"events\":[{\"subject\":\"\xC0\xAF\"}]}")},
      {"UTF-8 surrogate bytes", with_answers("{\"events\":[{\"subject\":\"\xED\xA0\x80\"}]}")},
      {"duplicate answer", with_answers(R"({"legal_person":true,"in_suzhou":true,"legal_person":false})")},
      {"duplicate policy", with_answers("{}") + R"(,"policy":"x"})"},
      {"unknown key", with_answers(R"({"nope":[1,{"a":[]}]})")},
      {"unknown root key", R"({"x":1,"format":"suzhou-ai-assess/profile@1","policy":"suzhou-ai-2021","answers":{}})"},
      {"wrong types", with_answers(R"({"legal_person":"yes","key_fields":"nlu","events":{},"national_standards":null})")},
      {"unknown option", with_answers(R"({"key_fields":["nlu","nope","nlu"]})")},
      {"keys out of order", with_answers(R"({"in_suzhou":true,"ai_entity":true,"legal_person":true,"sound_finance":true})")},
      {"nested 33", with_answers(std::string(33, '[') + std::string(33, ']'))},
      {"nested 40 in a list", with_answers("{\"events\":" + std::string(40, '[') + std::string(40, ']') + "}")},
      {"nested 5000", std::string(5000, '[') + std::string(5000, ']')},
      {"long string", with_answers("{\"legal_person\":\"" + std::string(5000, 'y') + "\"}")},
      {"long name", with_answers("{\"events\":[{\"subject\":\"" + std::string(300, 'n') + "\"}]}")},
      {"long key", with_answers("{\"" + std::string(5000, 'k') + "\":1}")},
      {"too many items", with_answers("{\"events\":[" +
                                      [] {
                                        std::string s;
                                        for (int i = 0; i < 1100; ++i) s += i ? ",{}" : "{}";
                                        return s;
                                      }() +
                                      "]}")},
      {"too many errors", with_answers("{" +
                                       [] {
                                         std::string s;
                                         for (int i = 0; i < 150; ++i) s += (i ? ",\"x" : "\"x") + std::to_string(i) + "\":1";
                                         return s;
                                       }() +
                                       "}")},
      {"over the size limit", with_answers("{\"x\":\"" + std::string(kMaxProfileBytes, ' ') + "\"}")},
      {"wrong format", R"({"format":"suzhou-ai-assess/profile@9","policy":"suzhou-ai-2021","answers":{}})"},
      {"wrong policy", R"({"format":"suzhou-ai-assess/profile@1","policy":"other","answers":{}})"},
      {"missing keys", R"({"answers":{}})"},
  };
  for (const auto& [name, text] : inputs) expect_same(text, name);
  // And the examples that must take the fast path (ordinary, valid profiles).
  if (ProfileReader::fast_path_available()) {
    EXPECT_EQ(expect_same(with_answers(R"({"events":[{"subject":"\ud83d\ude00 ok"}]})"), "pair"), ProfileReader::Path::fast);
    EXPECT_EQ(expect_same(with_answers(R"({"national_standards":9223372036854775807})"), "big"),
              ProfileReader::Path::fallback);  // valid JSON, but out of range: an error, from the slow path
    EXPECT_EQ(expect_same(with_answers(R"({"national_standards":3})"), "int"), ProfileReader::Path::fast);
  }
}

}  // namespace
}  // namespace assess
