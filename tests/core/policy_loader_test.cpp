// Loading the policy file: the Suzhou file is complete and valid; every kind of mistake in a policy file
// is reported at its JSON path; and the figures come from the file, not the code.
#include "test_support.hpp"

namespace assess {
namespace {

using testing::policy_document;
using testing::suzhou;

struct Found {
  bool ok;
  Diagnostics errors;
  Policy policy;
};

Found load(const Json& doc) {
  Found f{false, {}, {}};
  f.ok = load_policy(doc.dump(), f.policy, f.errors);
  return f;
}

// Loads the Suzhou file with one value replaced (a JSON pointer) and returns the diagnostics.
Diagnostics load_with(const std::string& pointer, const Json& value) {
  Json doc = policy_document();
  doc[Json::json_pointer(pointer)] = value;
  return load(doc).errors;
}

::testing::AssertionResult has_error(const Diagnostics& d, const std::string& path, const std::string& code) {
  for (const Diagnostic& e : d)
    if (e.path == path && e.code == code) return ::testing::AssertionSuccess();
  auto failure = ::testing::AssertionFailure() << "no " << code << " at " << path << "; got:";
  for (const Diagnostic& e : d) failure << "\n  " << e.code << " " << e.line(Lang::en);
  return failure;
}

TEST(PolicyLoader, SuzhouFileHasEveryMeasureInArticleOrder) {
  const Policy& p = suzhou();
  const std::vector<std::string> expected = {
      "a1_attraction",        "a2_lead_goose",         "a2_chain_merger",        "a3_major_project",
      "a4_key_tech",          "a5_innovation_project", "a6_first_set_equipment", "a6_first_version_software",
      "a7_intl_standard",     "a7_national_standard",  "a7_intl_secretariat",    "a7_national_secretariat",
      "a8_scenario_provider", "a8_scenario_supplier",  "a9_supply_capability",   "a10_matching_platform",
      "a11_pilot_zone",       "a11_innovation_center", "a12_open_platform",      "a13_major_event",
      "a14_training_base",    "a14_talent_training",   "a15_service_institution"};
  ASSERT_EQ(p.measures.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) EXPECT_EQ(p.measures[i].id, expected[i]);
  EXPECT_EQ(p.articles.size(), 18u);
  EXPECT_EQ(p.gates.size(), 5u);
  EXPECT_EQ(p.number, "苏委办发〔2021〕16号");
  EXPECT_EQ(p.issuer.zh, "苏州市人民政府");
  EXPECT_EQ(p.status.zh, "有效");
}

TEST(PolicyLoader, EveryDepartmentEndsWithTheLocalGovernments) {
  for (const Measure& m : suzhou().measures) {
    const std::string tail = "各县级市〈区〉人民政府〈管委会〉";
    ASSERT_GE(m.department.zh.size(), tail.size()) << m.id;
    EXPECT_EQ(m.department.zh.substr(m.department.zh.size() - tail.size()), tail) << m.id;
  }
}

TEST(PolicyLoader, ArticleTextsAreTheOriginal) {
  const Article* a4 = suzhou().article(4);
  ASSERT_NE(a4, nullptr);
  EXPECT_NE(a4->text.zh.find("单个项目给予最高500万元补助"), std::string::npos);
  EXPECT_NE(a4->text.en.find("up to CNY 5 million for a single project"), std::string::npos);
}

// Policy as data: change a cap or an amount in the file and the estimate follows.
TEST(PolicyLoader, FiguresComeFromTheFile) {
  Json doc = policy_document();
  const std::size_t a4 = testing::measure_index(suzhou(), "a4_key_tech");
  doc["measures"][a4]["rules"][1]["max"]["cap"] = 4000000;
  doc["measures"][a4]["rules"][1]["max"]["rate_bp"] = 4000;
  Found f = load(doc);
  ASSERT_TRUE(f.ok);
  Json answers = testing::all_gates();
  answers["key_tech_projects"] = Json::array(
      {{{"key_field", true}, {"costs", {{"personnel", 5000000}}}}, {{"key_field", true}, {"costs", {{"personnel", 20000000}}}}});
  Profile profile;
  Diagnostics d;
  ASSERT_TRUE(read_profile_json(f.policy, testing::profile_with(answers), profile, d));
  Result r = evaluate(f.policy, profile);
  EXPECT_EQ(r.measures[a4].items[0].max, 2000000);  // 40 % of 5 000 000
  EXPECT_EQ(r.measures[a4].items[1].max, 4000000);  // 8 000 000 capped at the new 4 000 000
}

TEST(PolicyLoader, MalformedTextIsASyntaxError) {
  Policy p;
  Diagnostics d;
  EXPECT_FALSE(load_policy("{\"format\": ", p, d));
  EXPECT_TRUE(has_error(d, "$", "json_syntax"));
  EXPECT_NE(d[0].message.en.find("line 1, column 12"), std::string::npos) << d[0].message.en;
}

TEST(PolicyLoader, RootMustBeAnObject) {
  Policy p;
  Diagnostics d;
  EXPECT_FALSE(load_policy("[1, 2]", p, d));
  EXPECT_TRUE(has_error(d, "$", "wrong_type"));
}

TEST(PolicyLoader, ReportsMissingAndUnknownKeys) {
  Json doc = policy_document();
  doc.erase("id");
  doc["colour"] = "red";
  doc["measures"][0]["titel"] = "typo";
  Found f = load(doc);
  EXPECT_FALSE(f.ok);
  EXPECT_TRUE(has_error(f.errors, "id", "missing_key"));
  EXPECT_TRUE(has_error(f.errors, "colour", "unknown_key"));
  EXPECT_TRUE(has_error(f.errors, "measures[0].titel", "unknown_key"));
}

TEST(PolicyLoader, RefusesANewerPolicyFormat) {
  EXPECT_TRUE(has_error(load_with("/format", "suzhou-ai-assess/policy@2"), "format", "bad_format"));
}

TEST(PolicyLoader, ReportsUnknownReferences) {
  EXPECT_TRUE(
      has_error(load_with("/measures/0/claim/any_true/0", "answers.nope"), "measures[0].claim.any_true[0]", "unknown_ref"));
  EXPECT_TRUE(has_error(load_with("/gates/3/exempt/0", "a99_nothing"), "gates[3].exempt[0]", "unknown_ref"));
  EXPECT_TRUE(has_error(load_with("/measures/4/notes/0", "no_such_note"), "measures[4].notes[0]", "unknown_ref"));
  EXPECT_TRUE(has_error(load_with("/measures/4/article", 99), "measures[4].article", "unknown_ref"));
}

TEST(PolicyLoader, ReportsBadRules) {
  // The last rule must decide every remaining case.
  EXPECT_TRUE(has_error(load_with("/measures/4/rules/1/when", Json{{"is", "item.key_field"}}), "measures[4].rules[1].when",
                        "last_rule_conditional"));
  // A lower rate above the upper one could promise a min over the max.
  EXPECT_TRUE(has_error(load_with("/measures/6/rules/1/min/rate_bp", 4000), "measures[6].rules[1].min", "min_over_max"));
  EXPECT_TRUE(has_error(load_with("/measures/4/rules/1/max/rate_bp", 20000), "measures[4].rules[1].max.rate_bp", "out_of_range"));
  EXPECT_TRUE(has_error(load_with("/measures/4/rules/1/status", "maybe"), "measures[4].rules[1].status", "bad_value"));
  EXPECT_TRUE(has_error(load_with("/measures/3/rules/0/max", Json{{"fixed", 1}}), "measures[3].rules[0]", "amount_forbidden"));
  EXPECT_TRUE(has_error(load_with("/measures/1/rules/0/when", Json{{"is", "item.key_field"}}), "measures[1].rules[0].when.is",
                        "item_ref_outside_list"));
  EXPECT_TRUE(
      has_error(load_with("/measures/1/rules/0/when", Json{{"maybe", true}}), "measures[1].rules[0].when", "bad_condition"));
  EXPECT_TRUE(has_error(load_with("/measures/6/rules/0/when/not/in/values/0", "galactic"),
                        "measures[6].rules[0].when.not.in.values[0]", "bad_value"));
}

TEST(PolicyLoader, ReportsBadQuestions) {
  EXPECT_TRUE(has_error(load_with("/questions/0/type", "maybe"), "questions[0].type", "bad_value"));
  EXPECT_TRUE(has_error(load_with("/questions/1/id", "legal_person"), "questions[1].id", "duplicate_id"));
  EXPECT_TRUE(has_error(load_with("/limits/yuan_max", 100000000000000LL), "limits.yuan_max", "out_of_range"));
  EXPECT_TRUE(has_error(load_with("/questions/0/label", "just a string"), "questions[0].label", "wrong_type"));
}

// The pre-answer of a new item (prefill_if): only on a yes/no item field, and only over the answers.
TEST(PolicyLoader, PrefillIfIsForYesNoItemFieldsAndReadsTheAnswers) {
  const Json doc = policy_document();
  std::size_t list = 0;
  while (doc["questions"][list]["id"] != "key_tech_projects") ++list;
  const std::string at = "/questions/" + std::to_string(list) + "/fields/";
  const std::string path = "questions[" + std::to_string(list) + "].fields";
  Found f = load(doc);
  ASSERT_TRUE(f.ok);
  const Field& key_field = f.policy.questions[list].fields[1];
  ASSERT_EQ(key_field.id, "key_field");
  EXPECT_EQ(key_field.prefill_if.op, Condition::Op::is);
  EXPECT_EQ(key_field.prefill_if.ref.field->id, "key_fields");
  EXPECT_EQ(f.policy.questions[list].fields[0].prefill_if.op, Condition::Op::never);  // the name: no pre-answer
  EXPECT_TRUE(
      has_error(load_with(at + "0/prefill_if", Json{{"is", "answers.key_fields"}}), path + "[0].prefill_if", "bad_value"));
  EXPECT_TRUE(has_error(load_with(at + "1/prefill_if", Json{{"is", "item.subject"}}), path + "[1].prefill_if.is",
                        "item_ref_outside_list"));
  EXPECT_TRUE(has_error(load_with(at + "1/prefill_if", Json{{"is", "answers.nope"}}), path + "[1].prefill_if.is", "unknown_ref"));
}

// What it would take is worded in the file: every claimable measure says what claiming it takes (to_claim), every
// rule that refuses on a condition says what would lift it (needs), a confirmed precondition says so; a gate's
// exemption may hold only under a condition over the answers (art. 1's incubator needs in_suzhou).
TEST(PolicyLoader, WhatItWouldTakeIsWordedInTheFile) {
  Json doc = policy_document();
  doc["measures"][4].erase("to_claim");
  doc["measures"][4]["rules"][0].erase("needs");
  doc["measures"][4]["rules"][1]["needs"] = {{"zh", "x"}, {"en", "x"}};
  Found f = load(doc);
  EXPECT_TRUE(has_error(f.errors, "measures[4].to_claim", "missing_key"));
  EXPECT_TRUE(has_error(f.errors, "measures[4].rules[0]", "needs_needed"));
  EXPECT_TRUE(has_error(f.errors, "measures[4].rules[1].needs", "unknown_key"));  // an estimate refuses nothing
  EXPECT_TRUE(has_error(load_with("/measures/17/precondition/confirmed_by", "item.type"),
                        "measures[17].precondition.confirmed_by", "ref_type"));
  Json unworded = policy_document();
  unworded["measures"][17]["precondition"].erase("confirmed");
  EXPECT_TRUE(has_error(load(unworded).errors, "measures[17].precondition.confirmed", "missing_key"));
  EXPECT_TRUE(has_error(load_with("/gates/4/exempt/0", Json{{"measure", "nope"}, {"when", true}}), "gates[4].exempt[0].measure",
                        "unknown_ref"));
  EXPECT_TRUE(has_error(load_with("/gates/4/exempt/0/when", Json{{"maybe", 1}}), "gates[4].exempt[0].when", "bad_condition"));
  // Compiled: art. 1 keeps the scope gate with its exemption's condition; art. 3 is always exempt.
  const Policy& p = suzhou();
  const Measure& a1 = p.measures[testing::measure_index(p, "a1_attraction")];
  const Measure& a3 = p.measures[testing::measure_index(p, "a3_major_project")];
  ASSERT_EQ(a1.gates.size(), 5u);
  EXPECT_EQ(p.gates[static_cast<std::size_t>(a1.gates[4])].id, "in_suzhou");
  EXPECT_EQ(a1.gate_exempt_if[4].op, Condition::Op::any);
  EXPECT_EQ(a1.gate_exempt_if[0].op, Condition::Op::never);
  EXPECT_EQ(a3.gates.size(), 4u);
}

// The activities ticked at the start come from the file (Suzhou: the basic questions), and the flag is a yes/no.
TEST(PolicyLoader, PreselectedActivitiesComeFromTheFile) {
  Found f = load(policy_document());
  ASSERT_TRUE(f.ok);
  std::vector<std::string> preselected;
  for (const Activity& a : f.policy.activities)
    if (a.preselected) preselected.push_back(a.id);
  EXPECT_EQ(preselected, std::vector<std::string>{"basics"});
  EXPECT_TRUE(has_error(load_with("/activities/0/preselected", "yes"), "activities[0].preselected", "wrong_type"));
}

}  // namespace
}  // namespace assess
