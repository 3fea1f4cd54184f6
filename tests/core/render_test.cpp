// Rendering: the JSON result is well-formed and in the requested language; arithmetic reads as written.
#include "explain.hpp"
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
  EXPECT_EQ(lines[0], "其他费用(第四条未列举) 500 元不计入攻关投入");
  EXPECT_EQ(lines[1], "50% × 12,000,001 元(攻关投入)= 6,000,000 元(向下取整),超过上限,按 5,000,000 元计");
  EXPECT_EQ(a4["items"][0]["subject"], "芯片\"A\"");
}

TEST(Render, ArithmeticInEnglish) {
  Json r = rendered(a4_project(3000000, 0), Lang::en);
  const Json& lines = r["measures"][4]["items"][0]["explanation"];
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0], "50% × 3,000,000 yuan (research investment) = 1,500,000 yuan, within the 5,000,000 yuan cap");
  EXPECT_EQ(r["lang"], "en");
  EXPECT_EQ(r["measures"][4]["title"], "Supporting key-technology innovation");  // art. 4's own title
}

TEST(Render, NettingAndGateLines) {
  Json a = testing::all_gates();
  a["ai_entity"] = false;
  a["training_base"] = true;
  a["scenario_provider_projects"] = Json::array({{{"ai_procurement", 1000000}, {"other_policy_support", 50000}}});
  Json r = rendered(a, Lang::en);
  // The condition and the answer given, not "condition not met: <the condition>".
  EXPECT_EQ(r["measures"][20]["explanation"][0],
            "Art. 17 requires being an AI enterprise, institution or organisation: you answered no");
  const Json& provider = r["measures"][12]["items"][0];
  EXPECT_EQ(provider["max"], 150000);  // 20 % of 1 000 000 = 200 000, less 50 000 granted or applied for elsewhere
  EXPECT_EQ(provider["explanation"][1],
            "50,000 yuan already granted or applied for under other policies for the same item; only the difference counts (the "
            "higher applies): 0–200,000 yuan → 0–150,000 yuan");
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
  // 50 % of 3 000 000 = 1 500 000 = 150 万元, with the exact yuan beside it.
  EXPECT_NE(text.find("Art. 4 Supporting key-technology innovation [a4_key_tech]: 0–150 万元 (0–1,500,000 yuan)"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("Responsible: Municipal Industry and Information Technology Bureau"), std::string::npos);
  EXPECT_NE(text.find("Up to 150 万元 (1,500,000 yuan) in all"), std::string::npos);
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
  // 80 万元 at the most (art. 8 pays only selected projects, so nothing is certain by formula: no "下限计算为" line).
  EXPECT_NE(html.find("最高可申请 80 万元(800,000 元)"), std::string::npos);
  EXPECT_EQ(html.find("下限计算为"), std::string::npos);
  // What else: 10 000 000 of procurement reaches the 2 000 000 cap, 6 000 000 more, if the project is selected;
  // 800 000 now (20 % of 4 000 000), so 1 200 000 more.
  EXPECT_NE(
      html.find("人工智能产品及服务投资采购额达到 10,000,000 元,即再增加 600 万元(6,000,000 元)时,项目获遴选后可得的上限可达 "
                "200 万元(2,000,000 元),比现在多 120 万元(1,200,000 元)"),
      std::string::npos);
  ASSERT_EQ(suzhou().articles.size(), 18u);
  for (const Article& a : suzhou().articles) EXPECT_NE(html.find(a.text.zh), std::string::npos) << a.number;
  EXPECT_EQ(render_html(suzhou(), p, evaluate(suzhou(), p), Lang::zh, "2026-11-28 09:00").find("企业名称"), std::string::npos);
}

// On a phone (issue 20): the report fits the device's width, says first whose it is and when it was made, and
// tells a touch screen, which has no Ctrl+P, how to keep or send it; the Ctrl+P line shows with a mouse only.
TEST(Render, ReportReadsOnAPhoneNameAndDateFirst) {
  Profile p;
  Diagnostics d;
  ASSERT_TRUE(read_profile_json(suzhou(), testing::profile_with(testing::all_gates()), p, d));
  const std::string html = render_html(suzhou(), p, evaluate(suzhou(), p), Lang::zh, "2026-11-28 09:00", "𠮷野智能");
  EXPECT_NE(html.find("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"), std::string::npos);
  const std::size_t name = html.find("企业名称:𠮷野智能"), date = html.find("生成时间:2026-11-28 09:00"),
                    title = html.find("<h1>"), body = html.find("<body>");
  ASSERT_NE(name, std::string::npos);
  ASSERT_NE(date, std::string::npos);
  EXPECT_LT(body, name);
  EXPECT_LT(name, date);
  EXPECT_LT(date, title);
  // The only text between the body's start and the name is the paragraph's own tag: the name comes first.
  EXPECT_EQ(html.substr(body, name - body), "<body><p class=\"who\"><b class=\"enterprise\">");
  const std::size_t ctrl_p = html.find("Ctrl+P");
  ASSERT_NE(ctrl_p, std::string::npos);
  EXPECT_NE(html.rfind("<p class=\"noprint muted hint-desktop\">", ctrl_p), std::string::npos);
  EXPECT_NE(html.find("<p class=\"noprint muted hint-touch\">保存或发送本报告"), std::string::npos);
  EXPECT_NE(html.find("@media (hover:none) and (pointer:coarse){.hint-desktop{display:none}"), std::string::npos);
}

// The sentences of issue 10, each worked out from the policy text.
std::string text_report(const Json& answers, Lang lang) {
  Profile p;
  Diagnostics d;
  EXPECT_TRUE(read_profile_json(suzhou(), testing::profile_with(answers), p, d));
  return render_text(suzhou(), evaluate(suzhou(), p), lang);
}

TEST(Wording, OutsiderIsOutOfScopeAndToldWhatStillApplies) {
  Json a = testing::all_gates();
  a["in_suzhou"] = false;
  a["major_project"] = true;
  Json r = rendered(a, Lang::zh);
  ASSERT_EQ(r["gate_report"].size(), 1u);
  // The city scope, not an art. 17 condition; art. 1 and art. 3 named as unaffected, with the reason.
  EXPECT_EQ(r["gate_report"][0],
            "本政策适用于在苏州市(含各县级市、区)注册并经营的单位:您的回答为“否”。这不影响第一条“支持重点企业引育”、"
            "第三条“支持重大项目集聚”:第一条的总部迁入、设立子公司和第三条面向从外地迁入苏州、来苏设立的单位,不要求已在苏州注册;"
            "第一条的建设众创空间等载体面向苏州人工智能企业、科研院所,不在此列。");
  EXPECT_EQ(r["gate_report"][0].get<std::string>().find("第十七条"), std::string::npos);
  Json en = rendered(a, Lang::en);
  EXPECT_EQ(en["gate_report"][0].get<std::string>().rfind("The policy is for organisations registered", 0), 0u);
}

TEST(Wording, NonAiBuyerIsToldArticle8StillApplies) {
  Json a = testing::all_gates();
  a["ai_entity"] = false;
  a["scenario_provider_projects"] = Json::array({{{"ai_procurement", 10000000}}});
  std::string text = text_report(a, Lang::zh);
  EXPECT_NE(
      text.find("✗ 第十七条要求属于人工智能类企业、机构或组织:您的回答为“否”。这不影响第八条“场景提供主体(非政府投资主体)奖励”"),
      std::string::npos)
      << text;
  // 20 % of 10 000 000 = 2 000 000, the cap: 200 万元, and nothing more to reach.
  EXPECT_NE(
      text.find("第八条 场景提供主体(非政府投资主体)奖励 [a8_scenario_provider]: 项目获遴选后可得:0–200 万元(0–2,000,000 元)"),
      std::string::npos)
      << text;
}

TEST(Wording, PreconditionInThePolicysWords) {
  Json a = testing::all_gates();
  a["supply_products_selected"] = 2;
  Json r = rendered(a, Lang::en);
  const Json& a9 = r["measures"][testing::measure_index(suzhou(), "a9_supply_capability")];
  EXPECT_EQ(a9["explanation"][0],
            "Precondition: \"excellent AI products and services are selected\" by the authorities. The figures below apply if "
            "selected.");
  EXPECT_EQ(a9["explanation"][1], "Up to 200,000 yuan each × 2 = 400,000 yuan");
  // Recognition the user has confirmed is stated as confirmed: no "if recognised" left (art. 11, newly recognised).
  a["innovation_centers"] =
      Json::array({{{"type", "manufacturing"}, {"level", "city"}, {"newly_recognized", true}, {"ai_field", true}}});
  Json zh = rendered(a, Lang::zh);
  const Json& a11 = zh["measures"][testing::measure_index(suzhou(), "a11_innovation_center")];
  EXPECT_EQ(a11["explanation"][0], "前提:奖励“新获认定”的中心,认定由主管部门作出;您已确认为新获认定。");
  Profile p;
  Diagnostics d;
  ASSERT_TRUE(read_profile_json(suzhou(), testing::profile_with(a), p, d));
  const std::string text = render_text(suzhou(), evaluate(suzhou(), p), Lang::zh);
  EXPECT_NE(text.find("[a11_innovation_center]: 0–100 万元(0–1,000,000 元)\n"), std::string::npos) << text;
  EXPECT_EQ(text.find("经认定后可得"), std::string::npos) << text;
}

TEST(Wording, SupersededItemSaysWhichStandsWithoutAPayableLine) {
  Json a = testing::all_gates();
  a["key_tech_projects"] = Json::array({{{"subject", "视觉芯片"}, {"key_field", true}, {"costs", {{"personnel", 8000000}}}}});
  a["innovation_projects"] = Json::array({{{"subject", "视觉芯片 "}, {"in_library", true}}});
  Json r = rendered(a, Lang::zh);
  const Json& a5 = r["measures"][testing::measure_index(suzhou(), "a5_innovation_project")]["items"][0];
  ASSERT_EQ(a5["explanation"].size(), 1u);
  EXPECT_EQ(a5["explanation"][0],
            "与第四条“支持关键技术创新”第 1 项为同一事项,按就高不重复以该项(最高 400 万元(4,000,000 元))为准;本项单独计算最高 "
            "200 万元(2,000,000 元),不再计入。");
}

TEST(Wording, SingleFiguresAndNoZeroCounts) {
  EXPECT_EQ(range_text(2000000, 2000000, Lang::zh), "2,000,000 元");
  EXPECT_EQ(range_text(0, 2000000, Lang::en), "0–2,000,000 yuan");
  Totals t;
  EXPECT_EQ(total_others_text(t, Lang::zh), "");
  t.case_by_case = 1;
  t.unspecified = 2;
  EXPECT_EQ(total_others_text(t, Lang::zh), "另有 1 项一事一议、2 项政策未规定金额(金额由主管部门确定,不计入合计)");
  EXPECT_EQ(
      total_others_text(t, Lang::en),
      "Also: 1 decided case by case, 2 with no amount set by the policy (amounts set by the authorities; not in the total)");
  Json a = testing::all_gates();
  a["major_project"] = true;
  // Only a case-by-case outcome: it is the headline, never "0 万元" alone.
  std::string text = text_report(a, Lang::zh);
  EXPECT_NE(text.find("== 合计 ==\n可申请 1 项一事一议,金额由主管部门确定\n"), std::string::npos) << text;
  EXPECT_EQ(text.find(" 0 万元"), std::string::npos) << text;
}

TEST(Wording, ArticlesInThePolicysOwnNumerals) {
  EXPECT_EQ(article_name(4, Lang::zh), "第四条");
  EXPECT_EQ(article_name(10, Lang::zh), "第十条");
  EXPECT_EQ(article_name(17, Lang::zh), "第十七条");
  EXPECT_EQ(article_name(20, Lang::zh), "第二十条");
  EXPECT_EQ(article_name(105, Lang::zh), "第一百零五条");
  EXPECT_EQ(article_name(110, Lang::zh), "第一百一十条");
  EXPECT_EQ(article_name(17, Lang::en), "Art. 17");
  EXPECT_NE(text_report(a4_project(3000000, 0), Lang::zh).find("第四条 支持关键技术创新"), std::string::npos);
}

}  // namespace
}  // namespace assess
