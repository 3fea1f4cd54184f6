// An enterprise's answers after validation: typed values in flat slots, as the compiled policy lays them out.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace assess {

struct Item;

// One answer. Which member is meaningful depends on the question's type:
// bool -> number 0/1; count, yuan -> number; enum -> number = option index; enum_set -> number = bit mask
// of option indices; text -> text; list -> items.
struct Value {
  std::int64_t number = 0;
  bool answered = false;  // false when the key was missing ("not answered")
  std::string text;
  std::vector<Item> items;
};

// One entry of a list (a project, a product, a centre), its fields in the list's own slots.
struct Item {
  std::vector<Value> values;
};

struct Profile {
  std::vector<Value> answers;  // indexed by Field::slot of the top-level questions
};

}  // namespace assess
