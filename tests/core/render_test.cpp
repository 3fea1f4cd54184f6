// Rendering: the JSON result is well-formed and in the requested language; arithmetic reads as written.
#include "render_html.hpp"
#include "test_support.hpp"

namespace assess {
namespace {

using testing::suzhou;

Json rendered(const Json& answers, Lang lang) {
  Profile p;
  Diagnostics d;
  EXPECT_TRUE(read_profile_json(suzhou(), testing::profile_with(answers), p, d));
  Json out;
  EXPECT_TRUE(parse_json_text(render_json(suzhou(), evaluate(suzhou(), p), lang), out, d));
  return out;
}

Json a4_project(Yuan personnel, Yuan other) {
  Json a = testing::all_gates();
  a["key_tech_projects"] =
      Json::array({{{"subject", "芯片\"A\""}, {"key_field", true}, {"costs", {{"personnel", personnel}, {"other", other}}}}});
  return a;
}

TEST(Render, ArithmeticInChinese) {
  Json r = rendered(a4_project(12000001, 500), Lang::zh);
  const Json& a4 = r["measures"][4];
  EXPECT_EQ(a4["id"], "a4_key_tech");
  EXPECT_EQ(a4["article"], 4);
  const Json& lines = a4["items"][0]["explanation"];
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], "其他费用(不计入) 500 元不计入");
  EXPECT_EQ(lines[1], "50% × 12,000,001 元(可列支攻关投入)= 6,000,000 元(向下取整),超过上限,按 5,000,000 元计");
  EXPECT_EQ(a4["items"][0]["subject"], "芯片\"A\"");
}

TEST(Render, ArithmeticInEnglish) {
  Json r = rendered(a4_project(3000000, 0), Lang::en);
  const Json& lines = r["measures"][4]["items"][0]["explanation"];
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0], "50% × 3,000,000 yuan (eligible research costs) = 1,500,000 yuan, within the 5,000,000 yuan cap");
  EXPECT_EQ(r["lang"], "en");
  EXPECT_EQ(r["measures"][4]["title"], "Key-technology R&D subsidy");
}

TEST(Render, NettingAndGateLines) {
  Json a = testing::all_gates();
  a["ai_entity"] = false;
  a["training_base"] = true;
  a["scenario_provider_projects"] = Json::array({{{"ai_procurement", 1000000}, {"other_policy_support", 50000}}});
  Json r = rendered(a, Lang::en);
  EXPECT_EQ(r["measures"][20]["explanation"][0],
            "Art. 17 condition not met: being an AI enterprise, institution or organisation");
  const Json& provider = r["measures"][12]["items"][0];
  EXPECT_EQ(provider["max"], 150000);
  EXPECT_EQ(provider["explanation"][1],
            "50,000 yuan already granted for the same item under other policies; only the difference counts (the higher "
            "applies): 200,000–200,000 → 150,000–150,000 yuan");
}

TEST(Render, ErrorsAsJson) {
  Diagnostics d = {Diagnostic{"answers.x", "unknown_key", Text{"未知", "unknown \"x\""}}};
  EXPECT_EQ(render_errors_json(d, Lang::en),
            R"({"errors":[{"path":"answers.x","code":"unknown_key","message":"unknown \"x\""}]})");
}

TEST(Render, TextReportNamesDepartmentAndTotal) {
  Profile p;
  Diagnostics d;
  ASSERT_TRUE(read_profile_json(suzhou(), testing::profile_with(a4_project(3000000, 0)), p, d));
  std::string text = render_text(suzhou(), evaluate(suzhou(), p), Lang::en);
  EXPECT_NE(text.find("Art. 4 Key-technology R&D subsidy [a4_key_tech]: 0–1,500,000 yuan"), std::string::npos) << text;
  EXPECT_NE(text.find("Responsible: Municipal Industry and Information Technology Bureau"), std::string::npos);
  EXPECT_NE(text.find("Estimated total: 0–1,500,000 yuan"), std::string::npos);
}

// The report of one enterprise: its name (escaped), the policy's 文号, and the policy's full text as an
// appendix — every article of the policy file, not only those the result refers to.
TEST(Render, ReportCarriesTheEnterpriseNameAndTheFullText) {
  Profile p;
  Diagnostics d;
  // An art. 8 buyer: 20 % of 4 000 000 yuan of AI procurement = 800 000 yuan = 80 万元.
  Json answers = testing::all_gates();
  answers["scenario_provider_projects"] = Json::array({{{"subject", "smart-factory"}, {"ai_procurement", 4000000}}});
  ASSERT_TRUE(read_profile_json(suzhou(), testing::profile_with(answers), p, d));
  const std::string html = render_html(suzhou(), p, evaluate(suzhou(), p), Lang::zh, "2026-11-28 09:00", "甲<智能>");
  EXPECT_NE(html.find("企业名称:甲&lt;智能&gt;"), std::string::npos);
  EXPECT_NE(html.find("苏委办发〔2021〕16号"), std::string::npos);
  EXPECT_NE(html.find("附:政策全文"), std::string::npos);
  EXPECT_NE(html.find("估算合计:80–80 万元(800,000–800,000 元)"), std::string::npos);  // 万元 first, as in the app
  ASSERT_EQ(suzhou().articles.size(), 18u);
  for (const Article& a : suzhou().articles) EXPECT_NE(html.find(a.text.zh), std::string::npos) << a.number;
  EXPECT_EQ(render_html(suzhou(), p, evaluate(suzhou(), p), Lang::zh, "2026-11-28 09:00").find("企业名称"), std::string::npos);
}

}  // namespace
}  // namespace assess
