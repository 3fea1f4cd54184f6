// The modal helper every dialog is drawn through (modal.hpp).
#include "modal.hpp"

#include <imgui.h>

#include <algorithm>

namespace ui {

Modal::Modal(const ScreenContext& c, const char* id, float width, float margin) {
  // Asked for every frame it is drawn (ImGui opens it once and keeps it); a wipe that drops every dialog closes
  // ImGui's popups itself (App::start_new_session).
  ImGui::OpenPopup(id);
  const ImGuiViewport* screen = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(screen->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(screen->Size.x - c.px(margin), c.px(width)), 0));
  open_ = ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize);
}

Modal::~Modal() {
  if (open_) ImGui::EndPopup();
}

bool Modal::escaped() const {
  return open_ && ImGui::IsKeyPressed(ImGuiKey_Escape, false);
}

void Modal::close() {
  if (!open_ || closed_) return;
  ImGui::CloseCurrentPopup();
  closed_ = true;
}

}  // namespace ui
