// The answers model (ui/answers): what is asked and the effective profile per version, and the typed views the
// screens edit through — each write that changes an answer makes a new version, and the JSON is exactly the
// profile document the app saves and shares.
#include "answers.hpp"

#include <gtest/gtest.h>

#include "builtin_policy.hpp"

namespace ui {
namespace {

const assess::Policy& policy() {
  return assess::builtin_policy();
}

// A top-level question of the policy, and a field of a list item or group.
const assess::Field& question(const std::string& id) {
  const assess::Field* q = policy().question(id);
  EXPECT_NE(q, nullptr) << id;
  return *q;
}
const assess::Field& field_of(const assess::Field& parent, const std::string& id) {
  for (const assess::Field& f : parent.fields)
    if (f.id == id) return f;
  ADD_FAILURE() << parent.id << " has no field " << id;
  return parent;
}

// Advisor mode swaps whole sets of answers in and out of the app, which re-evaluates when the version differs
// from the one it evaluated: two different sets must never share a version.
TEST(Answers, VersionsAreUniqueAcrossObjects) {
  Answers a(policy()), b(policy());
  EXPECT_NE(a.version(), b.version());
  a.top().set_yes_no(question("ai_entity"), true);
  b.top().set_yes_no(question("ai_entity"), true);
  EXPECT_NE(a.version(), b.version());
  Answers copy = a;  // the same answers: the same version
  EXPECT_EQ(copy.version(), a.version());
}

TEST(Answers, UntickingHidesButKeeps) {
  Answers a(policy());
  a.set_activity("key_tech", true);
  const assess::Field& projects = question("key_tech_projects");
  a.top().list(projects).add().set_yes_no(field_of(projects, "key_field"), true);
  EXPECT_TRUE(a.effective_profile()["answers"].contains("key_tech_projects"));
  a.set_activity("key_tech", false);
  EXPECT_FALSE(a.effective_profile()["answers"].contains("key_tech_projects"));
  EXPECT_TRUE(a.all().contains("key_tech_projects"));  // still there when the activity is ticked again
  a.set_activity("key_tech", true);
  EXPECT_TRUE(a.effective_profile()["answers"].contains("key_tech_projects"));
}

TEST(Answers, ShowIfFollowsOtherAnswers) {
  Answers a(policy());
  a.set_activity("lead_goose", true);
  a.top().set_yes_no(question("lead_goose_previously_selected"), true);
  EXPECT_FALSE(a.effective_profile()["answers"].contains("lead_goose_previously_selected"));
  a.top().set_yes_no(question("lead_goose_candidate"), true);
  EXPECT_TRUE(a.effective_profile()["answers"].contains("lead_goose_previously_selected"));
}

// What is asked and the effective profile are worked out once per change of the answers, not per question or
// per read (show_if goes through the profile reader): many reads of one version, one derivation.
TEST(Answers, ShowIfIsEvaluatedOncePerChange) {
  Answers a(policy());
  a.set_activity("lead_goose", true);
  a.top().set_yes_no(question("lead_goose_candidate"), true);
  const std::uint64_t before = a.derivations();
  for (int frame = 0; frame < 10; ++frame)
    for (const assess::Field& q : policy().questions) (void)a.asked(q);
  (void)a.effective_profile();
  EXPECT_EQ(a.derivations(), before + 1);
  a.top().set_yes_no(question("lead_goose_candidate"), false);
  (void)a.effective_profile();
  EXPECT_EQ(a.derivations(), before + 2);
  a.top().set_yes_no(question("lead_goose_candidate"), false);  // the same answer: nothing to work out again
  (void)a.effective_profile();
  EXPECT_EQ(a.derivations(), before + 2);
}

TEST(Answers, OpeningTicksTheActivitiesThatHaveAnswers) {
  Answers a(policy());
  a.replace({{"format", "suzhou-ai-assess/profile@1"},
             {"policy", "suzhou-ai-2021"},
             {"answers", {{"national_standards", 2}, {"training_base", false}}}});
  EXPECT_TRUE(a.activity("standards"));
  EXPECT_FALSE(a.activity("talent"));  // an answer of "no" is not an activity
}

TEST(Answers, TickingATickedActivityIsNoChange) {
  Answers a(policy());
  const std::uint64_t v = a.version();
  a.set_activity("basics", true);  // preselected
  EXPECT_EQ(a.version(), v);
  a.set_activity("talent", true);
  EXPECT_NE(a.version(), v);
}

TEST(AnswerGroup, AWriteMakesANewVersionAndAnEqualWriteDoesNot) {
  Answers a(policy());
  const assess::Field& ai = question("ai_entity");
  EXPECT_EQ(a.top().yes_no(ai), std::nullopt);
  const std::uint64_t v0 = a.version();
  a.top().set_yes_no(ai, true);
  const std::uint64_t v1 = a.version();
  EXPECT_NE(v1, v0);
  EXPECT_EQ(a.top().yes_no(ai), true);
  EXPECT_EQ(a.all().dump(), R"({"ai_entity":true})");
  a.top().set_yes_no(ai, true);
  EXPECT_EQ(a.version(), v1);
  a.top().set_yes_no(ai, false);  // "no" is an answer, not its absence
  EXPECT_NE(a.version(), v1);
  EXPECT_EQ(a.all().dump(), R"({"ai_entity":false})");
}

TEST(AnswerGroup, ClearingANumberRemovesItsKey) {
  Answers a(policy());
  const assess::Field& standards = question("national_standards");
  a.top().set_number(standards, 2);
  a.top().set_yes_no(question("ai_entity"), true);
  EXPECT_EQ(a.top().number(standards), 2);
  EXPECT_EQ(a.all().dump(), R"({"ai_entity":true,"national_standards":2})");
  const std::uint64_t v = a.version();
  a.top().clear(standards);
  EXPECT_NE(a.version(), v);
  EXPECT_EQ(a.top().number(standards), std::nullopt);
  EXPECT_EQ(a.all().dump(), R"({"ai_entity":true})");
  const std::uint64_t cleared = a.version();
  a.top().clear(standards);  // nothing to withdraw
  EXPECT_EQ(a.version(), cleared);
}

// A file's numbers are read as unsigned; the same number typed again is the same answer.
TEST(AnswerGroup, ANumberFromAFileEqualsTheSameNumberTyped) {
  Answers a(policy());
  a.replace({{"format", "suzhou-ai-assess/profile@1"},
             {"policy", "suzhou-ai-2021"},
             {"answers", assess::Json::parse(R"({"national_standards": 2})")}});
  const std::uint64_t v = a.version();
  a.top().set_number(question("national_standards"), 2);
  EXPECT_EQ(a.version(), v);
  EXPECT_EQ(a.all().dump(), R"({"national_standards":2})");
}

TEST(AnswerGroup, AnEmptyTextIsNoAnswer) {
  Answers a(policy());
  const assess::Field& projects = question("key_tech_projects");
  const assess::Field& subject = field_of(projects, "subject");
  AnswerGroup item = a.top().list(projects).add();
  item.set_text(subject, "视觉芯片");
  EXPECT_EQ(item.text(subject), "视觉芯片");
  EXPECT_EQ(a.all().dump(), R"({"key_tech_projects":[{"subject":"视觉芯片"}]})");
  const std::uint64_t v = a.version();
  item.set_text(subject, "视觉芯片");
  EXPECT_EQ(a.version(), v);
  item.set_text(subject, "");
  EXPECT_NE(a.version(), v);
  EXPECT_EQ(item.text(subject), "");
  EXPECT_EQ(a.all().dump(), R"({"key_tech_projects":[{}]})");
}

TEST(AnswerGroup, AChoiceIsOneOptionsValue) {
  Answers a(policy());
  const assess::Field& equipment = question("first_set_equipment");
  const assess::Field& certification = field_of(equipment, "certification");
  AnswerGroup item = a.top().list(equipment).add();
  EXPECT_EQ(item.choice(certification), "");
  item.set_choice(certification, "city");
  item.set_choice(certification, "national");
  EXPECT_EQ(item.choice(certification), "national");
  EXPECT_EQ(a.all().dump(), R"({"first_set_equipment":[{"certification":"national"}]})");
}

// The set is kept in the policy's order of options, whatever order they were ticked in; unticking the last one
// leaves an empty set (an answer: none of them).
TEST(AnswerGroup, TickedChoicesKeepThePolicysOrder) {
  Answers a(policy());
  const assess::Field& fields = question("key_fields");
  AnswerGroup top = a.top();
  top.tick(fields, "nlu", true);
  top.tick(fields, "smart_chips", true);
  EXPECT_TRUE(top.ticked(fields, "nlu"));
  EXPECT_FALSE(top.ticked(fields, "speech"));
  EXPECT_EQ(a.all().dump(), R"({"key_fields":["smart_chips","nlu"]})");
  const std::uint64_t v = a.version();
  top.tick(fields, "nlu", true);
  EXPECT_EQ(a.version(), v);
  top.tick(fields, "nlu", false);
  top.tick(fields, "smart_chips", false);
  EXPECT_EQ(a.all().dump(), R"({"key_fields":[]})");
}

TEST(AnswerList, ItemsAreAddedAtTheEndAndRemovedByIndex) {
  Answers a(policy());
  const assess::Field& projects = question("key_tech_projects");
  const assess::Field& subject = field_of(projects, "subject");
  AnswerList list = a.top().list(projects);
  const std::uint64_t v0 = a.version();
  EXPECT_EQ(list.size(), 0u);
  EXPECT_EQ(a.all().dump(), "{}");  // looking at a list does not make one
  EXPECT_EQ(a.version(), v0);
  list.add().set_text(subject, "A");
  list.add().set_text(subject, "B");
  list.add();
  EXPECT_EQ(list.size(), 3u);
  EXPECT_EQ(a.all().dump(), R"({"key_tech_projects":[{"subject":"A"},{"subject":"B"},{}]})");
  const std::uint64_t v = a.version();
  list.remove(0);
  EXPECT_NE(a.version(), v);
  EXPECT_EQ(list.item(0).text(subject), "B");
  EXPECT_EQ(a.all().dump(), R"({"key_tech_projects":[{"subject":"B"},{}]})");
  list.remove(1);
  list.remove(0);
  EXPECT_EQ(a.all().dump(), R"({"key_tech_projects":[]})");  // an empty list stays: "none"
  const std::uint64_t emptied = a.version();
  list.remove(0);  // nothing there
  EXPECT_EQ(a.version(), emptied);
}

// A group (a project's costs) is made by its first answer, inside its list item; looking at it makes nothing.
TEST(AnswerGroup, ANestedGroupIsMadeByItsFirstAnswer) {
  Answers a(policy());
  const assess::Field& projects = question("key_tech_projects");
  const assess::Field& costs = field_of(projects, "costs");
  const assess::Field& personnel = field_of(costs, "personnel");
  const assess::Field& equipment = field_of(costs, "equipment_software");
  AnswerGroup item = a.top().list(projects).add();
  AnswerGroup group = item.group(costs);
  const std::uint64_t v = a.version();
  EXPECT_EQ(group.number(personnel), std::nullopt);
  group.clear(personnel);
  EXPECT_EQ(a.version(), v);
  EXPECT_EQ(a.all().dump(), R"({"key_tech_projects":[{}]})");
  group.set_number(personnel, 500000);
  group.set_number(equipment, 1200000);
  EXPECT_NE(a.version(), v);
  EXPECT_EQ(item.group(costs).number(personnel), 500000);
  EXPECT_EQ(a.all().dump(), R"({"key_tech_projects":[{"costs":{"equipment_software":1200000,"personnel":500000}}]})");
  group.clear(equipment);
  group.clear(personnel);
  EXPECT_EQ(a.all().dump(), R"({"key_tech_projects":[{"costs":{}}]})");
}

// What is saved and shared is the effective profile: the edits above, under the ticked activities.
TEST(AnswerGroup, EditsReachTheEffectiveProfile) {
  Answers a(policy());
  a.set_activity("standards", true);
  a.top().set_number(question("national_standards"), 3);
  a.top().set_number(question("intl_standards_led"), 1);
  EXPECT_EQ(a.effective_profile().dump(), R"({"answers":{"intl_standards_led":1,"national_standards":3},)"
                                          R"("format":"suzhou-ai-assess/profile@1","policy":"suzhou-ai-2021"})");
}

}  // namespace
}  // namespace ui
