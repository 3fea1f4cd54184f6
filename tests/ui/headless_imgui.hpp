// A real ImGui context with no window and no GPU, for the UI tests: the display size, no ini file, and the
// built-in font's atlas built (ImGui needs it before its first frame).
#pragma once
#include <imgui.h>

namespace ui {

inline void create_headless_imgui(float width, float height) {
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(width, height);
  io.IniFilename = nullptr;
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
}

}  // namespace ui
