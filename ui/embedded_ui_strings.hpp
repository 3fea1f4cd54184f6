// ui/ui-strings.json compiled into the binary (generated at build time).
#pragma once
#include <string_view>

namespace ui {
std::string_view embedded_ui_strings_json();
}
