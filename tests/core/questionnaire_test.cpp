// What the questionnaire asks (core/questionnaire.hpp): activities gate their questions, show_if follows the
// answers, and answers that do not read yet hide nothing. Question ids are the Suzhou policy file's.
#include "questionnaire.hpp"

#include "test_support.hpp"

namespace assess {
namespace {

const Policy& policy() {
  return testing::suzhou();
}

bool asked(const std::vector<bool>& asked, const std::string& id) {
  for (std::size_t i = 0; i < policy().questions.size(); ++i)
    if (policy().questions[i].id == id) return asked[i];
  ADD_FAILURE() << "no question " << id;
  return false;
}

TEST(Questionnaire, ActivitiesGateTheirQuestions) {
  const std::vector<bool> none = questions_asked(policy(), Json::object(), {});
  EXPECT_TRUE(asked(none, "legal_person"));  // art. 17's conditions belong to no activity: always asked
  EXPECT_FALSE(asked(none, "government_invested"));
  EXPECT_FALSE(asked(none, "lead_goose_candidate"));
  const std::vector<bool> basics = questions_asked(policy(), Json::object(), {"basics"});
  EXPECT_TRUE(asked(basics, "government_invested"));
  EXPECT_TRUE(asked(basics, "key_fields"));
  EXPECT_EQ(activity_of(policy(), policy().questions[10])->id, "lead_goose");
  EXPECT_EQ(activity_of(policy(), policy().questions[0]), nullptr);
}

// "Previously selected" is asked only of a candidate (show_if: answers.lead_goose_candidate).
TEST(Questionnaire, ShowIfFollowsTheAnswers) {
  EXPECT_FALSE(asked(questions_asked(policy(), Json::object(), {"lead_goose"}), "lead_goose_previously_selected"));
  EXPECT_FALSE(
      asked(questions_asked(policy(), {{"lead_goose_candidate", false}}, {"lead_goose"}), "lead_goose_previously_selected"));
  EXPECT_TRUE(
      asked(questions_asked(policy(), {{"lead_goose_candidate", true}}, {"lead_goose"}), "lead_goose_previously_selected"));
}

// An answer that does not read (a count typed as text, mid-edit) hides nothing: every show_if counts as holding.
TEST(Questionnaire, AnswersThatDoNotReadHideNothing) {
  EXPECT_TRUE(
      asked(questions_asked(policy(), {{"lead_goose_candidate", "yes?"}}, {"lead_goose"}), "lead_goose_previously_selected"));
}

}  // namespace
}  // namespace assess
