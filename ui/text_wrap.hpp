// Line breaking for the app's texts. ImGui breaks after any ',' or '.' and anywhere inside Chinese, so a number
// could split ("2,000,⏎000 元") and a line could start with "。". Here a number or a Latin word is never split,
// closing punctuation stays with what comes before it and opening punctuation with what comes after.
#pragma once
#include <functional>
#include <string>
#include <vector>

namespace ui {

// The width of a piece of text (ImGui::CalcTextSize in the app, a fixed width per character in tests).
using MeasureText = std::function<float(const std::string&)>;

// `text` cut into lines no wider than `width` (a single unbreakable piece wider than that is cut where it must).
std::vector<std::string> wrap_lines(const std::string& text, float width, const MeasureText& measure);

// Draws `text` at the cursor, wrapped at the right edge of the content region (or at `width` from the cursor
// when given), lines aligned under the first.
void text_wrapped_whole(const std::string& text, float width = 0);

}  // namespace ui
