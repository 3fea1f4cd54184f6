// Advisor exports: the CSV table (exact cells, quoting, formula guard) and JSON Lines, for the analysis §6
// example (1 300 000 – 13 900 000 yuan, worked by hand in tests/cases/analysis-example.json).
#include <fstream>
#include <sstream>

#include "explain.hpp"
#include "render_export.hpp"
#include "test_support.hpp"
#include "utf8.hpp"

namespace assess {
namespace {

using testing::suzhou;

struct Assessed {
  Json profile;
  Profile read;  // the result's items point into it
  Result result;
};

Assessed assess_example() {
  std::ifstream in(std::string(ASSESS_SOURCE_DIR) + "/examples/analysis-example.json");
  std::stringstream text;
  text << in.rdbuf();
  Assessed a;
  Diagnostics d;
  EXPECT_TRUE(parse_json_text(text.str(), a.profile, d));
  EXPECT_TRUE(read_profile_json(suzhou(), a.profile, a.read, d));
  a.result = evaluate(suzhou(), a.read);
  return a;
}

std::vector<std::string> lines(const std::string& s, const std::string& end) {
  std::vector<std::string> out;
  for (std::size_t at = 0, next; at < s.size(); at = next + end.size()) {
    next = s.find(end, at);
    out.push_back(s.substr(at, next - at));
    if (next == std::string::npos) break;
  }
  return out;
}

TEST(Export, CsvHasOneRowPerMeasureAndATotal) {
  Assessed a = assess_example(), b = assess_example();
  std::string csv = render_csv(suzhou(), {{"Alpha", &a.profile, &a.result}, {"Beta", &b.profile, &b.result}}, Lang::en);
  ASSERT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u);  // the byte-order mark
  std::vector<std::string> rows = lines(csv.substr(3), "\r\n");
  // The policy file's 23 measures (the 15 articles' measures, some articles having several), then the total.
  ASSERT_EQ(rows.size(), 1u + 2 * (23 + 1));
  EXPECT_EQ(rows[0], "enterprise,measure,article,title,status,status_code,min_yuan,max_yuan,department,what it would take");
  EXPECT_EQ(rows[24], "Alpha,total,,total (estimated measures),,,1300000,13900000,,");
  EXPECT_EQ(rows[48], "Beta,total,,total (estimated measures),,,1300000,13900000,,");
  // a4 (art. 4): 50 % of the 6 000 000 yuan of the five kinds of cost = 3 000 000; the 5 000 000 cap is reached at
  // 10 000 000, so 4 000 000 more; the last cell says so for project #1.
  std::string a4;
  for (const std::string& r : rows)
    if (r.rfind("Alpha,a4_key_tech,4,", 0) == 0) a4 = r;
  EXPECT_NE(a4.find(",0,3000000,"), std::string::npos) << a4;
  // The upper figure now is 3 000 000: the cap adds 2 000 000.
  EXPECT_NE(a4.find(",\"#1 vision-chip: At 10,000,000 yuan of research investment, 400 万元 (4,000,000 yuan) more, the "
                    "upper figure would reach its cap of 500 万元 (5,000,000 yuan), 200 万元 (2,000,000 yuan) more than now\""),
            std::string::npos)
      << a4;
}

// One row per enterprise: the example's total 1 300 000 – 13 900 000 yuan, a4's estimate 0 – 3 000 000 (50 % of the
// 7 000 000 yuan project is 3 500 000, capped at 3 000 000) and a5 superseded by it, in words (the case file).
TEST(Export, CsvByEnterpriseHasOneRowEachWithTheMeasuresAsColumns) {
  Assessed a = assess_example(), b = assess_example();
  const std::string csv =
      render_csv_by_enterprise(suzhou(), {{"Alpha", &a.profile, &a.result}, {"Beta", &b.profile, &b.result}}, Lang::en);
  ASSERT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u);
  const std::vector<std::string> rows = lines(csv.substr(3), "\r\n");
  ASSERT_EQ(rows.size(), 1u + 2);  // the header and two enterprises
  // The cells of a row (RFC 4180: a quoted cell may hold commas; "" is a quote).
  const auto cells = [](const std::string& r) {
    std::vector<std::string> out(1);
    bool quoted = false;
    for (std::size_t i = 0; i < r.size(); ++i) {
      if (r[i] == '"' && quoted && i + 1 < r.size() && r[i + 1] == '"')
        out.back() += '"', ++i;
      else if (r[i] == '"')
        quoted = !quoted;
      else if (r[i] == ',' && !quoted)
        out.emplace_back();
      else
        out.back() += r[i];
    }
    return out;
  };
  const std::vector<std::string> head = cells(rows[0]), alpha = cells(rows[1]);
  ASSERT_EQ(head.size(), 4u + 2 * 23);  // name, total min and max, status; then min and max of the 23 measures
  EXPECT_EQ(head[0], "enterprise");
  EXPECT_EQ(head[1], "total (estimated measures) min_yuan");
  ASSERT_EQ(alpha.size(), head.size());
  EXPECT_EQ(alpha[0], "Alpha");
  EXPECT_EQ(alpha[1], "1300000");
  EXPECT_EQ(alpha[2], "13900000");
  EXPECT_EQ(alpha[3], "");  // it pays: not "not eligible"
  const auto column = [&head](const std::string& name) {
    for (std::size_t i = 0; i < head.size(); ++i)
      if (head[i] == name) return i;
    return head.size();
  };
  // The columns are named by the article and the measure's title in the policy's words.
  std::string a4_title;
  for (const Measure& m : suzhou().measures)
    if (m.id == "a4_key_tech") a4_title = "Art. 4 " + m.title.en;
  const std::size_t a4_min = column(a4_title + " min_yuan");
  ASSERT_LT(a4_min, head.size());
  EXPECT_EQ(head[a4_min + 1], a4_title + " max_yuan");
  EXPECT_EQ(alpha[a4_min], "0");
  EXPECT_EQ(alpha[a4_min + 1], "3000000");
  const std::size_t a5_min = a4_min + 2;  // the policy's order: a5 follows a4
  EXPECT_EQ(alpha[a5_min], status_label(Status::superseded, Lang::en));
  EXPECT_EQ(cells(rows[2])[0], "Beta");
}

TEST(Export, CsvQuotesAndGuardsUserText) {
  Assessed a = assess_example();
  std::string csv = render_csv(suzhou(), {{"=HYPERLINK(\"x\"), Ltd", &a.profile, &a.result}}, Lang::zh);
  std::vector<std::string> rows = lines(csv.substr(3), "\r\n");
  EXPECT_EQ(rows[0], "企业,措施编号,条款,措施,状态,状态代码,最低(元),最高(元),责任部门,还可以争取");
  EXPECT_EQ(rows[24], "\"'=HYPERLINK(\"\"x\"\"), Ltd\",total,,合计(可估算部分),,,1300000,13900000,,");
}

// Issue 23, no. 12: a leading TAB or CR is a formula too (OWASP), and no control character, bidi control or bad
// byte reaches a spreadsheet raw. Each name's total row, worked by hand.
TEST(Export, CsvGuardsEveryFormulaStartAndShowsControlsAsReplacements) {
  Assessed a = assess_example();
  const std::string names[] = {"\t=1+1",
                               "\r=1+1",
                               "+1",
                               "-1",
                               "@SUM(A1)",
                               std::string("A\0B", 3),
                               "A\x1B[31mB",
                               "A\xE2\x80\xAE"
                               "B",
                               "A\xC2\x85"
                               "B",
                               "A\x7F",
                               "A\xFF",
                               "A\nB"};
  const std::string shown[] = {"'\xEF\xBF\xBD=1+1",
                               "'\xEF\xBF\xBD=1+1",
                               "'+1",
                               "'-1",
                               "'@SUM(A1)",
                               "A\xEF\xBF\xBD"
                               "B",
                               "A\xEF\xBF\xBD[31mB",
                               "A\xEF\xBF\xBD"
                               "B",
                               "A\xEF\xBF\xBD"
                               "B",
                               "A\xEF\xBF\xBD",
                               "A\xEF\xBF\xBD",
                               "A\xEF\xBF\xBD"
                               "B"};
  for (std::size_t i = 0; i < std::size(names); ++i) {
    const std::string csv = render_csv(suzhou(), {{names[i], &a.profile, &a.result}}, Lang::en);
    const std::vector<std::string> rows = lines(csv.substr(3), "\r\n");
    ASSERT_EQ(rows.size(), 1u + 23 + 1) << i;  // no name breaks a row
    EXPECT_EQ(rows[24], shown[i] + ",total,,total (estimated measures),,,1300000,13900000,,")
        << i;  // …, department, what it would take
  }
}

TEST(Export, JsonLinesEscapeControlsInNames) {
  Assessed a = assess_example();
  const std::string jsonl =
      render_jsonl(suzhou(), {{std::string("A\0\t\x1B\x7F\xC2\x85\xE2\x80\xAE\xFF\"B", 13), &a.profile, &a.result}}, Lang::en);
  EXPECT_EQ(jsonl.rfind(R"({"enterprise":"A\u0000\u0009\u001b\u007f\u0085\u202e)"
                        "\xEF\xBF\xBD"
                        R"(\"B",)",
                        0),
            0u)
      << jsonl.substr(0, 80);
  EXPECT_TRUE(utf8::is_valid(jsonl));
  Json line;
  Diagnostics d;
  ASSERT_TRUE(parse_json_text(jsonl.substr(0, jsonl.size() - 1), line, d));
  EXPECT_EQ(line["enterprise"], std::string("A\0\t\x1B\x7F\xC2\x85\xE2\x80\xAE\xEF\xBF\xBD\"B", 15));
}

TEST(Export, JsonLinesCarryNameProfileAndResult) {
  Assessed a = assess_example();
  std::string jsonl = render_jsonl(suzhou(), {{"甲公司", &a.profile, &a.result}, {"乙公司", &a.profile, &a.result}}, Lang::zh);
  std::vector<std::string> rows = lines(jsonl, "\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(jsonl.back(), '\n');
  Json line;
  Diagnostics d;
  ASSERT_TRUE(parse_json_text(rows[1], line, d));
  EXPECT_EQ(line["enterprise"], "乙公司");
  EXPECT_EQ(line["profile"], a.profile);
  EXPECT_EQ(line["result"]["total"]["min"], 1300000);
  EXPECT_EQ(line["result"]["total"]["max"], 13900000);
}

// A non-AI manufacturer buying AI (art. 8 provider, exempt from the AI-entity gate): 20 % of 4 000 000 yuan
// of AI procurement = 800 000 yuan, under the 2 000 000 cap. eligible is false, but its outcome is "pays", as
// on its results screen; a failed gate with nothing paying is "ineligible"; nothing claimed is "nothing".
Assessed assess_answers(Json answers) {
  Assessed a;
  a.profile = testing::profile_with(std::move(answers));
  Diagnostics d;
  EXPECT_TRUE(read_profile_json(suzhou(), a.profile, a.read, d));
  a.result = evaluate(suzhou(), a.read);
  return a;
}

TEST(Export, AnEnterpriseWithAPayingMeasureIsNeverIneligible) {
  Json buyer = testing::all_gates();
  buyer["ai_entity"] = false;
  buyer["scenario_provider_projects"] = Json::array({{{"subject", "smart-factory"}, {"ai_procurement", 4000000}}});
  Json failed = testing::all_gates();
  failed["legal_person"] = false;
  failed["scenario_provider_projects"] = buyer["scenario_provider_projects"];
  Assessed a = assess_answers(buyer), b = assess_answers(failed), c = assess_answers(testing::all_gates());
  ASSERT_FALSE(a.result.eligible);
  std::string csv = render_csv(
      suzhou(), {{"Buyer", &a.profile, &a.result}, {"NoLegalPerson", &b.profile, &b.result}, {"Empty", &c.profile, &c.result}},
      Lang::en);
  std::vector<std::string> rows = lines(csv.substr(3), "\r\n");
  // Art. 8 pays only selected projects: 0 at the least, 20 % of 4 000 000 = 800 000 at the most.
  EXPECT_EQ(rows[24], "Buyer,total,,total (estimated measures),,,0,800000,,");
  EXPECT_EQ(rows[48], "NoLegalPerson,total,,total (estimated measures),not eligible,ineligible,0,0,,");
  EXPECT_EQ(rows[72], "Empty,total,,total (estimated measures),,,0,0,,");
  std::string jsonl = render_jsonl(
      suzhou(), {{"Buyer", &a.profile, &a.result}, {"NoLegalPerson", &b.profile, &b.result}, {"Empty", &c.profile, &c.result}},
      Lang::en);
  std::vector<std::string> out = lines(jsonl, "\n");
  const char* expected[] = {"pays", "ineligible", "nothing"};
  for (int i = 0; i < 3; ++i) {
    Json line;
    Diagnostics d;
    ASSERT_TRUE(parse_json_text(out[static_cast<std::size_t>(i)], line, d));
    EXPECT_EQ(line["outcome"], expected[i]);
  }
}

}  // namespace
}  // namespace assess
