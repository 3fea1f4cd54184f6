// Advisor exports: the CSV table (exact cells, quoting, formula guard) and JSON Lines, for the analysis §6
// example (1 300 000 – 13 900 000 yuan, worked by hand in tests/cases/analysis-example.json).
#include <fstream>
#include <sstream>

#include "render_export.hpp"
#include "test_support.hpp"

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
  EXPECT_EQ(rows[0], "enterprise,measure,article,title,status,status_code,min_yuan,max_yuan,department");
  EXPECT_EQ(rows[24], "Alpha,total,,total (estimated measures),,,1300000,13900000,");
  EXPECT_EQ(rows[48], "Beta,total,,total (estimated measures),,,1300000,13900000,");
  // a4 (art. 4, key technology project): 3 000 000 yuan, its cap, for the 7 000 000 yuan project.
  bool found = false;
  for (const std::string& r : rows) found = found || r.rfind("Alpha,a4_key_tech,4,", 0) == 0;
  EXPECT_TRUE(found);
}

TEST(Export, CsvQuotesAndGuardsUserText) {
  Assessed a = assess_example();
  std::string csv = render_csv(suzhou(), {{"=HYPERLINK(\"x\"), Ltd", &a.profile, &a.result}}, Lang::zh);
  std::vector<std::string> rows = lines(csv.substr(3), "\r\n");
  EXPECT_EQ(rows[0], "企业,措施编号,条款,措施,状态,状态代码,最低(元),最高(元),责任部门");
  EXPECT_EQ(rows[24], "\"'=HYPERLINK(\"\"x\"\"), Ltd\",total,,合计(可估算部分),,,1300000,13900000,");
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

}  // namespace
}  // namespace assess
