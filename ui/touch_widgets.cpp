// Wrapping widgets for narrow screens (touch_widgets.hpp).
#include "touch_widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // RenderCheckMark, ImGuiSelectableFlags_NoPadWithHalfSpacing

#include <algorithm>

#include "item_registry.hpp"
#include "text_wrap.hpp"
#include "widgets.hpp"

namespace ui {

namespace {

float measure(const std::string& s) {
  return ImGui::CalcTextSize(s.c_str(), s.c_str() + s.size()).x;
}

// The lines of `text` drawn from `at`, in the current text colour.
void draw_lines(const std::vector<std::string>& lines, ImVec2 at, ImU32 colour) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (const std::string& line : lines) {
    dl->AddText(at, colour, line.c_str(), line.c_str() + line.size());
    at.y += ImGui::GetTextLineHeight();
  }
}

}  // namespace

bool check_row(const ScreenContext& c, const std::string& key, const std::string& label, bool on, float min_height) {
  const float box = ImGui::GetFontSize() + c.px(4);
  const float text_x = c.px(10) + box + c.px(12);
  const float wrap_w = ImGui::GetContentRegionAvail().x - text_x - c.px(8);
  const std::vector<std::string> lines = wrap_lines(label, wrap_w, measure);
  const float text_h = ImGui::GetTextLineHeight() * static_cast<float>(lines.size());
  const float row_h = std::max(min_height > 0 ? min_height : ImGui::GetFrameHeight(), text_h + c.px(16));
  const ImVec2 start = ImGui::GetCursorScreenPos();
  // Not padded into the spacing: rows keep a gap between them (8 px and more).
  const bool tapped = ImGui::Selectable(("##" + key).c_str(), on, ImGuiSelectableFlags_NoPadWithHalfSpacing, ImVec2(0, row_h));
  registry_annotate_last(label, on);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 b0(start.x + c.px(10), start.y + (row_h - box) * 0.5f);
  dl->AddRect(b0, ImVec2(b0.x + box, b0.y + box), ImGui::GetColorU32(kAccent), c.px(4), 0, c.px(2));
  if (on) ImGui::RenderCheckMark(dl, ImVec2(b0.x + c.px(3), b0.y + c.px(3)), ImGui::GetColorU32(kAccent), box - c.px(6));
  draw_lines(lines, ImVec2(start.x + text_x, start.y + (row_h - text_h) * 0.5f), ImGui::GetColorU32(ImGuiCol_Text));
  return tapped;
}

bool wrapping_button(const std::string& text, const std::string& key, bool primary, float height) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float room = ImGui::GetContentRegionAvail().x;
  if (measure(text) + 2 * style.FramePadding.x <= room) {
    const std::string label = text + "##" + key;
    return primary ? primary_button(label, ImVec2(0, height)) : secondary_button(label, ImVec2(0, height));
  }
  // Too wide for the room: the column's width, the label on as many lines as it takes, never cut.
  const std::vector<std::string> lines = wrap_lines(text, room - 2 * style.FramePadding.x, measure);
  const float h = std::max(height, ImGui::GetTextLineHeight() * static_cast<float>(lines.size()) + 2 * style.FramePadding.y);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const std::string id = "##" + key;
  const bool pressed = primary ? primary_button(id, ImVec2(room, h)) : secondary_button(id, ImVec2(room, h));
  registry_annotate_last(text, primary);
  const ImU32 colour = primary ? IM_COL32_WHITE : ImGui::GetColorU32(kAccent);
  draw_lines(lines, ImVec2(at.x + style.FramePadding.x, at.y + style.FramePadding.y), colour);
  return pressed;
}

}  // namespace ui
