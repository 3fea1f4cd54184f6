// The test-engine hooks of Dear ImGui (compiled in with IMGUI_ENABLE_TEST_ENGINE), used as an item registry.
#include "item_registry.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstring>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "json.hpp"

namespace ui {

namespace {
std::vector<RegisteredItem> current, published;
std::unordered_map<ImGuiID, ImRect> rects;  // this frame's item rectangles by id
std::string reveal_key;
}  // namespace

void registry_new_frame() {
  published.swap(current);
  current.clear();
  rects.clear();
}

const std::vector<RegisteredItem>& registry_items() {
  return published;
}

void registry_annotate_last(const std::string& text, bool checked) {
  // A widget scrolled out of view is not registered (ImGui clips it): its annotation must not land on the
  // widget before it (a checked box once read as the unchecked amount field below it).
  if (current.empty() || current.back().id != ImGui::GetItemID()) return;
  current.back().text = text;
  current.back().checked = checked;
}

void registry_reveal(const std::string& key) {
  reveal_key = key;
}

const RegisteredItem* registry_find(const std::string& key) {
  for (const RegisteredItem& it : published)
    if (it.key == key) return &it;
  return nullptr;
}

std::uint64_t registry_visible_fingerprint() {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a
  auto mix = [&h](unsigned char c) { h = (h ^ c) * 1099511628211ull; };
  for (const RegisteredItem& it : current) {
    if (!it.visible) continue;  // a full frame also registers the widgets scrolled out of view
    for (char c : it.key) mix(static_cast<unsigned char>(c));
    mix(0);
    for (char c : it.text) mix(static_cast<unsigned char>(c));
    mix(static_cast<unsigned char>(1 + it.checked + 2 * it.focused));
  }
  return h;
}

std::string registry_json(float scale) {
  assess::Json items = assess::Json::array();
  for (const RegisteredItem& it : published)
    items.push_back({{"key", it.key},
                     {"text", it.text},
                     {"x", static_cast<std::int64_t>(it.x / scale)},
                     {"y", static_cast<std::int64_t>(it.y / scale)},
                     {"w", static_cast<std::int64_t>(it.w / scale)},
                     {"h", static_cast<std::int64_t>(it.h / scale)},
                     {"visible", it.visible},
                     {"checked", it.checked},
                     {"focused", it.focused}});
  // A label cut inside a character (a narrow button) must not stop the page from reading the list.
  return items.dump(-1, ' ', false, assess::Json::error_handler_t::replace);
}

}  // namespace ui

void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID id, const ImRect& bb, const ImGuiLastItemData*) {
  ui::rects[id] = bb;
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
  const char* hashes = label ? std::strstr(label, "##") : nullptr;
  if (!hashes || hashes[2] == '\0') return;
  // ImGui's implicit "Debug##Default" window is nothing the user sees: no stray "Debug" button in the mirror.
  if (std::strcmp(label, "Debug##Default") == 0 || (ctx->CurrentWindow && ctx->CurrentWindow->IsFallbackWindow)) return;
  // Every window registers itself too (Begin(), for the test engine), under its name ("app/##card_…"): a
  // container, not a widget, and in its first frame not yet its size. Neither a target nor a mirror entry.
  if (const ImGuiWindow* w = ImGui::FindWindowByID(id); w && w->Name == label) return;
  auto it = ui::rects.find(id);
  if (it == ui::rects.end()) return;
  ImGuiWindow* window = ctx->CurrentWindow;
  ImRect r = it->second;
  ui::RegisteredItem item;
  item.key = hashes + 2;
  item.id = id;
  item.text = std::string(label, hashes);
  item.x = r.Min.x, item.y = r.Min.y, item.w = r.GetWidth(), item.h = r.GetHeight();
  item.visible = window && window->ClipRect.Contains(r.GetCenter()) && !window->Hidden;
  item.checked = (flags & ImGuiItemStatusFlags_Checked) != 0;
  item.checkable = (flags & ImGuiItemStatusFlags_Checkable) != 0;
  item.inputable = (flags & ImGuiItemStatusFlags_Inputable) != 0;
  item.focused = id == ctx->NavId && ctx->NavDisableHighlight == false;
  if (!ui::reveal_key.empty() && item.key == ui::reveal_key) {
    if (item.visible)
      ui::reveal_key.clear();
    else
      ImGui::ScrollToRect(window, r, ImGuiScrollFlags_KeepVisibleCenterY);
  }
  ui::current.push_back(std::move(item));
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) {
  return nullptr;
}
