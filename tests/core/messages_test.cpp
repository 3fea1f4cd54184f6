// The message table: sorted (lookup relies on it) and placeholders filled in order or by number.
#include "messages.hpp"

#include <gtest/gtest.h>

namespace assess {

TEST(Messages, TableIsSorted) {
  EXPECT_TRUE(messages_sorted());
}

TEST(Messages, FillsInOrderAndByIndex) {
  EXPECT_EQ(fill("{} + {} = {}", {"1", "2", "3"}), "1 + 2 = 3");
  EXPECT_EQ(fill("{2}-{0}-{1}", {"a", "b", "c"}), "c-a-b");
  EXPECT_EQ(fill("no placeholders", {"x"}), "no placeholders");
  EXPECT_EQ(fill("{} {}", {"only one"}), "only one ");
}

TEST(Messages, BothLanguages) {
  Text t = message("missing_key", {"answers"});
  EXPECT_EQ(t.zh, "缺少必填字段“answers”");
  EXPECT_EQ(t.en, "required field \"answers\" is missing");
}

}  // namespace assess
