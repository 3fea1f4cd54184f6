// The presented result (core/presented.hpp): the headline, the gate report, tones, what it would take and what
// else could be claimed, each worked out by hand from the policy text.
#include "presented.hpp"

#include "explain.hpp"
#include "test_support.hpp"

namespace assess {
namespace {

using testing::all_gates;
using testing::suzhou;

// A result and the profile it points into, kept together.
struct Shown {
  Profile profile;
  Result result;
  Presented zh, en;
};

std::unique_ptr<Shown> show(const Json& answers, int pending_numbers = 0) {
  auto s = std::make_unique<Shown>();
  Diagnostics d;
  EXPECT_TRUE(read_profile_json(suzhou(), testing::profile_with(answers), s->profile, d));
  s->result = evaluate(suzhou(), s->profile);
  s->zh = present(suzhou(), s->result, Lang::zh, pending_numbers);
  s->en = present(suzhou(), s->result, Lang::en, pending_numbers);
  return s;
}

const PresentedMeasure* find(const std::vector<PresentedMeasure>& ms, const std::string& id) {
  for (const PresentedMeasure& m : ms)
    if (m.result->measure->id == id) return &m;
  return nullptr;
}

// A gate's failure is said not to affect a measure only when no other failed gate stops it: with in_suzhou and
// sound_finance both "no", art. 1 and art. 3 are stopped by sound_finance, so in_suzhou's sentence names neither.
TEST(Presented, GateReportNamesOnlyMeasuresNoOtherGateStops) {
  Json a = all_gates();
  a["in_suzhou"] = false;
  a["sound_finance"] = false;
  a["major_project"] = true;
  auto s = show(a);
  ASSERT_EQ(s->zh.gates.size(), 2u);
  EXPECT_EQ(s->zh.gates[0].text, "第十七条要求具有健全的财务制度:您的回答为“否”。");
  EXPECT_EQ(s->zh.gates[1].text, "本政策适用于在苏州市(含各县级市、区)注册并经营的单位:您的回答为“否”。");
  EXPECT_EQ(s->zh.gates[1].tone, Tone::bad);
  const PresentedMeasure* a3 = find(s->zh.claimed, "a3_major_project");
  ASSERT_TRUE(a3);
  EXPECT_EQ(a3->status, "不符合条件");
  ASSERT_EQ(a3->needs.size(), 1u);  // a3 is exempt from in_suzhou: only sound_finance stops it
  EXPECT_EQ(a3->needs[0], "需要:具有健全的财务制度(第十七条)");
  EXPECT_FALSE(s->zh.still_possible);  // every measure needs sound_finance
  EXPECT_EQ(s->zh.headline.amount, "未满足适用条件,暂无可申请金额");
}

// Likewise art. 8's buyer, exempt from ai_entity, is not "unaffected" when sound_finance fails too.
TEST(Presented, AProviderStoppedByAnotherGateIsNotSaidUnaffected) {
  Json a = all_gates();
  a["ai_entity"] = false;
  a["sound_finance"] = false;
  a["scenario_provider_projects"] = Json::array({{{"ai_procurement", 1000000}}});
  auto s = show(a);
  ASSERT_EQ(s->en.gates.size(), 2u);
  EXPECT_EQ(s->en.gates[1].text, "Art. 17 requires being an AI enterprise, institution or organisation: you answered no.");
  Json b = all_gates();
  b["ai_entity"] = false;
  b["scenario_provider_projects"] = a["scenario_provider_projects"];
  auto t = show(b);  // ai_entity alone: the buyer is unaffected, and said to be
  EXPECT_NE(
      t->en.gates[0].text.find(". This does not affect art. 8 \"Award for the scenario provider (not government-invested)\""),
      std::string::npos)
      << t->en.gates[0].text;
}

// No verdict before an answer: a gate not answered is amber, the measure it stops waits, and the headline says so.
TEST(Presented, UnansweredGatesWaitInsteadOfRefusing) {
  Json a;
  a["key_tech_projects"] = Json::array({{{"key_field", true}, {"costs", {{"personnel", 1000000}}}}});
  auto s = show(a);
  EXPECT_EQ(s->zh.gates_unanswered, 5);
  EXPECT_EQ(s->zh.gates_refused, 0);
  ASSERT_EQ(s->zh.gates.size(), 5u);
  for (const PresentedGate& g : s->zh.gates) EXPECT_EQ(g.tone, Tone::waiting) << g.text;
  EXPECT_EQ(s->zh.gates[0].text, "第十七条要求具有独立法人资格:尚未回答。");
  const PresentedMeasure* a4 = find(s->zh.claimed, "a4_key_tech");
  ASSERT_TRUE(a4);
  EXPECT_EQ(a4->status, "待回答");
  EXPECT_EQ(a4->tone, Tone::waiting);
  EXPECT_EQ(a4->needs.front(), "待回答:具有独立法人资格(第十七条)");
  EXPECT_EQ(s->zh.headline.tone, Tone::waiting);
  EXPECT_EQ(s->zh.headline.amount, "适用条件尚未全部回答,回答后才能判断可申请的金额");
  EXPECT_TRUE(s->zh.still_possible);
  // The status and money are still the analysis' (a missing yes is no).
  EXPECT_EQ(a4->result->status, Status::ineligible);
  EXPECT_EQ(s->result.total.max, 0);
}

// One rule for "claimed": art. 11's pilot zones (never open to enterprises) are listed with the others.
TEST(Presented, ClaimedMeasuresAreTheOnesAskedFor) {
  auto s = show(all_gates());
  EXPECT_TRUE(s->zh.claimed.empty());
  EXPECT_EQ(s->zh.not_claimed.size(), suzhou().measures.size());
  const PresentedMeasure* zone = find(s->zh.not_claimed, "a11_pilot_zone");
  ASSERT_TRUE(zone);
  EXPECT_FALSE(is_claimed(*zone->result));
  EXPECT_EQ(zone->to_claim, "");  // nothing an enterprise could do
  EXPECT_EQ(s->zh.outcome, Outcome::nothing);
  EXPECT_EQ(s->zh.headline.amount, "尚无可估算的措施:勾选申报事项并填写信息后,这里会显示可申请的措施");
  // Every other measure says what claiming it takes: 22 of the 23.
  EXPECT_EQ(s->zh.could_claim.size(), 22u);
  const PresentedMeasure* a9 = find(s->zh.not_claimed, "a9_supply_capability");
  EXPECT_EQ(a9->to_claim, "产品及服务经遴选为优秀人工智能产品及服务;每项最高 20 万元(200,000 元)");
  const PresentedMeasure* a1 = find(s->zh.not_claimed, "a1_attraction");
  EXPECT_NE(a1->to_claim.find("建设众创空间等载体(按现有相关政策执行)"), std::string::npos) << a1->to_claim;
}

// The headline: the most that can be applied for in 万元 with the exact yuan; the lower figure only when above 0;
// a note that every amount is an upper figure for its department to decide.
TEST(Presented, HeadlineSaysTheMostAndTheCertainPartOnlyWhenThereIsOne) {
  Json a = all_gates();
  a["first_set_equipment"] = Json::array({{{"certification", "city"}, {"unit_price", 8000000}}});
  auto s = show(a);  // 10 % and 30 % of 8 000 000: 800 000 to 2 400 000
  EXPECT_EQ(s->zh.headline.amount, "最高可申请 240 万元(2,400,000 元)");
  EXPECT_EQ(s->zh.headline.minimum, "其中按政策规定的下限计算为 80 万元(800,000 元)");
  EXPECT_EQ(s->zh.headline.exact, "精确区间:800,000–2,400,000 元");
  EXPECT_NE(s->zh.headline.caveat.find("合计是各项上限之和"), std::string::npos);
  Json b = all_gates();
  b["scenario_supplier_projects"] = Json::array({{{"rnd_investment", 3000000}}});
  auto t = show(b);  // 20 % of 3 000 000 = 600 000 at the most, 0 at the least
  EXPECT_EQ(t->en.headline.amount, "Up to 60 万元 (600,000 yuan) in all");
  EXPECT_EQ(t->en.headline.minimum, "");
  auto u = show(all_gates(), 2);
  EXPECT_EQ(u->zh.headline.pending, "有 2 个数字无法读取,未计入下列金额");
}

// What else could be claimed: reaching a cap first, then the answers that would change an outcome, then the
// measures not claimed.
TEST(Presented, WhatElseComesInOrderWithTheFiguresWorkedOut) {
  Json a = all_gates();
  a["key_tech_projects"] =
      Json::array({{{"subject", "视觉芯片 \u3000"}, {"key_field", true}, {"costs", {{"personnel", 3000000}}}}});
  a["first_set_equipment"] = Json::array({{{"subject", "机器人"}, {"certification", "district"}, {"unit_price", 1000000}}});
  auto s = show(a);
  ASSERT_GE(s->zh.could_claim.size(), 3u);
  const Opportunity& cap = s->zh.could_claim[0];
  EXPECT_EQ(cap.kind, Opportunity::Kind::to_cap);
  EXPECT_EQ(cap.measure_heading, "第四条 支持关键技术创新");
  EXPECT_EQ(cap.item_heading, "#1 视觉芯片");  // the name without the spaces typed after it
  // 50 % of 3 000 000 = 1 500 000; the 5 000 000 cap needs 10 000 000, 7 000 000 more, and adds 3 500 000.
  EXPECT_EQ(cap.text,
            "攻关投入达到 10,000,000 元,即再增加 700 万元(7,000,000 元)时,上限可达 500 万元(5,000,000 元),比现在多 350 "
            "万元(3,500,000 元)");
  const Opportunity& need = s->zh.could_claim[1];
  EXPECT_EQ(need.kind, Opportunity::Kind::needs);
  EXPECT_EQ(need.text, "需要:经苏州市及以上认定的首台(套)装备及关键零部件(您的回答:区(县级市)级)");
  EXPECT_EQ(s->zh.could_claim[2].kind, Opportunity::Kind::not_claimed);
  const PresentedMeasure* a6 = find(s->zh.claimed, "a6_first_set_equipment");
  EXPECT_EQ(a6->items[0].tone, Tone::bad);  // a certification given: a verdict
  EXPECT_EQ(s->en.could_claim[0].text,
            "At 10,000,000 yuan of research investment, 700 万元 (7,000,000 yuan) more, the upper figure would reach its cap of "
            "500 万元 (5,000,000 yuan), 350 万元 (3,500,000 yuan) more than now");
}

// An item waiting on its own question says which, quoting the question (not using its label as a statement).
TEST(Presented, AnItemWaitingOnAQuestionQuotesIt) {
  Json a = all_gates();
  a["innovation_centers"] = Json::array({{{"level", "province"}, {"newly_recognized", true}, {"ai_field", true}}});
  auto s = show(a);
  const PresentedMeasure* a11 = find(s->zh.claimed, "a11_innovation_center");
  ASSERT_TRUE(a11);
  const PresentedItem& c = a11->items[0];
  EXPECT_EQ(c.label, "待回答");
  EXPECT_EQ(c.tone, Tone::waiting);
  EXPECT_EQ(c.lines[0], "尚未回答“中心类型”;回答后才能判断是否符合条件,此前不计入金额");
  EXPECT_EQ(c.needs[0],
            "待回答“中心类型”:需要市级制造业创新中心,省级制造业创新中心、产业创新中心或工程研究中心,或国家级制造业创新中心");
  EXPECT_EQ(a11->tone, Tone::waiting);
}

// Other support netted to nothing reads "→ 0 元", not "0–0 元"; and reaching the cap would then gain nothing.
TEST(Presented, NettingToNothingIsOneFigureAndNoCapToReach) {
  Json a = all_gates();
  a["matching_platforms"] =
      Json::array({{{"annual_operating_cost", 3000000}, {"other_policy_support", 1000000}}});  // 20 %: 600 000
  auto s = show(a);
  const PresentedItem& it = find(s->zh.claimed, "a10_matching_platform")->items[0];
  EXPECT_EQ(it.lines.back(), "同一事项已获得或已申请其他政策支持 1,000,000 元,按就高不重复只计差额:0–600,000 元 → 0 元");
  EXPECT_EQ(it.to_cap, "");                   // at the 1 000 000 cap the 1 000 000 already supported would leave nothing
  EXPECT_EQ(it.label, "暂无金额(原因见下)");  // in words; the line above says why
  EXPECT_EQ(find(s->en.claimed, "a10_matching_platform")->items[0].label, "no amount for now (see why below)");
}

// A measure whose cases pay different maxima promises none of them the highest: art. 11 pays a municipal
// manufacturing innovation centre up to 1 000 000 and a provincial centre up to 5 000 000 (the national one case
// by case), so what claiming it takes names both figures.
TEST(Presented, AMeasureNotClaimedNamesEachMaximumItsCasesPay) {
  auto s = show(all_gates());
  const PresentedMeasure* zh = find(s->zh.not_claimed, "a11_innovation_center");
  const PresentedMeasure* en = find(s->en.not_claimed, "a11_innovation_center");
  ASSERT_NE(zh, nullptr);
  ASSERT_NE(en, nullptr);
  EXPECT_NE(zh->to_claim.find(";按所适用的情形,每项最高 100 万元(1,000,000 元)或 500 万元(5,000,000 元)"), std::string::npos)
      << zh->to_claim;
  EXPECT_NE(en->to_claim.find("; up to 100 万元 (1,000,000 yuan) or 500 万元 (5,000,000 yuan) each, by the case that applies"),
            std::string::npos)
      << en->to_claim;
}

// Less than 1 万元 is said in yuan alone: one yuan more is "1 元", not "0.0001 万元(1 元)".
TEST(Presented, AnAmountBelowTenThousandYuanIsSaidInYuan) {
  EXPECT_EQ(money_text(1, Lang::zh), "1 元");
  EXPECT_EQ(money_text(9999, Lang::en), "9,999 yuan");
  EXPECT_EQ(money_text(10000, Lang::zh), "1 万元(10,000 元)");
}

// An organisation outside Suzhou (in_suzhou answered "no") may still move its headquarters in or open a
// subsidiary under art. 1, but not build a maker space (that case is for Suzhou's own enterprises and institutes,
// POLICY-ANALYSIS 4a): what claiming art. 1 takes carries the gate's reason, so the open cases are the ones read.
TEST(Presented, AnOutsiderIsToldWhichCasesOfArticleOneStayOpen) {
  Json a = all_gates();
  a["in_suzhou"] = false;
  auto s = show(a);
  const PresentedMeasure* zh = find(s->zh.not_claimed, "a1_attraction");
  ASSERT_NE(zh, nullptr);
  EXPECT_NE(zh->to_claim.find("。注意:第一条的总部迁入、设立子公司和第三条面向从外地迁入苏州、来苏设立的单位,不要求已在苏州注册;"
                              "第一条的建设众创空间等载体面向苏州人工智能企业、科研院所,不在此列"),
            std::string::npos)
      << zh->to_claim;
  // With every condition met there is nothing to warn of.
  auto met = show(all_gates());
  EXPECT_EQ(find(met->zh.not_claimed, "a1_attraction")->to_claim.find("注意"), std::string::npos);
}

// A figure that lands exactly on the cap says so, and there is no more to reach: an art. 4 project with
// 10 000 000 yuan of personnel cost is paid 50 %, exactly the 5 000 000 cap.
TEST(Presented, AFigureExactlyAtTheCapSaysSo) {
  Json a = all_gates();
  a["key_tech_projects"] = Json::parse(R"([{"subject": "x", "key_field": true, "costs": {"personnel": 10000000}}])");
  auto s = show(a);
  const PresentedMeasure* zh = find(s->zh.claimed, "a4_key_tech");
  ASSERT_NE(zh, nullptr);
  ASSERT_EQ(zh->items.size(), 1u);
  ASSERT_FALSE(zh->items[0].lines.empty());
  EXPECT_EQ(zh->items[0].lines.back(), "50% × 10,000,000 元(攻关投入)= 5,000,000 元,恰好达到上限 5,000,000 元");
  EXPECT_EQ(zh->items[0].to_cap, "");
  EXPECT_EQ(find(s->en.claimed, "a4_key_tech")->items[0].lines.back(),
            "50% × 10,000,000 yuan (research investment) = 5,000,000 yuan, exactly the 5,000,000 yuan cap");
}

}  // namespace
}  // namespace assess
