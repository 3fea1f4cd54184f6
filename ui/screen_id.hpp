// The app's screens by name; what each is (its title, layout, drawing, place in the steps) is its row in the
// table of screens (screens.hpp).
#pragma once

namespace ui {

enum class ScreenId { start, gates, activities, details, results, enterprises, compare };
constexpr int kScreenCount = static_cast<int>(ScreenId::compare) + 1;

}  // namespace ui
