// Evaluation properties that hold for every profile: shape of the result, totals, gates and statuses.
#include "test_support.hpp"

namespace assess {
namespace {

using testing::all_gates;
using testing::profile_with;
using testing::suzhou;

Result run(const Json& answers, Profile& keep) {
  Diagnostics d;
  EXPECT_TRUE(read_profile_json(suzhou(), profile_with(answers), keep, d)) << (d.empty() ? "" : d[0].line(Lang::en));
  return evaluate(suzhou(), keep);
}

TEST(Evaluate, EveryMeasureAppearsInArticleOrder) {
  Profile p;
  Result r = run(Json::object(), p);
  ASSERT_EQ(r.measures.size(), suzhou().measures.size());
  for (std::size_t i = 1; i < r.measures.size(); ++i)
    EXPECT_LE(r.measures[i - 1].measure->article, r.measures[i].measure->article);
}

TEST(Evaluate, TotalsAreTheSumsOfEstimateMeasures) {
  Json a = all_gates();
  a["training_base"] = true;
  a["national_standards"] = 3;
  a["major_project"] = true;
  a["scenario_supplier_projects"] = Json::array({{{"rnd_investment", 1234567}}});
  Profile p;
  Result r = run(a, p);
  Yuan min = 0, max = 0;
  for (const MeasureResult& m : r.measures)
    if (m.status == Status::estimate) min += m.min, max += m.max;
  EXPECT_EQ(r.total.min, min);
  EXPECT_EQ(r.total.max, max);
  EXPECT_EQ(r.total.min, 0);  // art. 8 pays only selected projects: its 20 % is an upper figure, the lower is 0
  EXPECT_EQ(r.total.max, 246913 + 1000000 + 1500000);  // 20 % of 1 234 567 = 246 913.4
  EXPECT_EQ(r.total.case_by_case, 1);
}

TEST(Evaluate, AFailedGateLeavesNoMoney) {
  Json a = all_gates();
  a["sound_finance"] = false;
  a["training_base"] = true;
  a["first_set_equipment"] = Json::array({{{"certification", "national"}, {"unit_price", 5000000}}});
  Profile p;
  Result r = run(a, p);
  EXPECT_FALSE(r.eligible);
  EXPECT_EQ(r.total.min, 0);
  EXPECT_EQ(r.total.max, 0);
  for (const MeasureResult& m : r.measures) EXPECT_NE(m.status, Status::estimate) << m.measure->id;
}

TEST(Evaluate, AnsweredFalseGateIsNotUnanswered) {
  Json a = all_gates();
  a["legal_person"] = false;
  a.erase("in_suzhou");
  Profile p;
  Result r = run(a, p);
  ASSERT_EQ(r.gate_failures.size(), 2u);
  ASSERT_EQ(r.unanswered_gates.size(), 1u);
  EXPECT_EQ(suzhou().gates[static_cast<std::size_t>(r.unanswered_gates[0])].id, "in_suzhou");
}

TEST(Evaluate, EvaluatingTwiceGivesTheSameResult) {
  Json a = all_gates();
  a["key_tech_projects"] = Json::array({{{"subject", "s"}, {"key_field", true}, {"costs", {{"personnel", 3000001}}}}});
  a["innovation_projects"] = Json::array({{{"subject", "s"}, {"in_library", true}}});
  Profile p;
  Result r1 = run(a, p);
  Result r2 = evaluate(suzhou(), p);
  EXPECT_EQ(render_json(suzhou(), r1, Lang::en), render_json(suzhou(), r2, Lang::en));
}

}  // namespace
}  // namespace assess
