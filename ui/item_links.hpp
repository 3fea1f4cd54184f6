// Linking a list item to one entered earlier in its overlap group (就高不重复), under the item's name field.
#pragma once
#include <cstddef>
#include <string>

#include "answers.hpp"
#include "policy.hpp"
#include "screen_context.hpp"

namespace ui {

// The names entered earlier in the overlap group of `list`, offered as buttons; choosing one copies the name
// into `field` of `item` (the index-th item, at `path`).
void draw_item_links(const ScreenContext& c, const assess::Field& list, const assess::Field& field, AnswerGroup item,
                     std::size_t index, const std::string& path);

}  // namespace ui
