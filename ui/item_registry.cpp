// The test-engine hooks of Dear ImGui (compiled in with IMGUI_ENABLE_TEST_ENGINE), used as an item registry,
// and the texts and semantics the screens add to it for the accessible mirror.
#include "item_registry.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstring>
#include <deque>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>

#include "json.hpp"

namespace ui {

namespace {
std::vector<RegisteredItem> current, published;
std::unordered_map<ImGuiID, ImRect> rects;  // this frame's item rectangles by id
std::string reveal_key;
// What the accessible mirror asked of widgets, in the order asked (a keyboard user's actions are applied in
// order, the one before never overtaken): focus the widget, or focus and press it, once it is drawn in view.
struct Request {
  std::string key;
  bool press = false;
};
std::deque<Request> requests;
int pending_frames = 0;  // frames left for the reveal, or the first request, to find its widget
constexpr int kPendingFrames = 60;
bool pressed_this_frame = false;             // ImGui activates one widget per frame: the next press waits for the next frame
std::string focused_now, focused_published;  // the nav cursor's widget, this frame and the last
std::map<std::string, int> text_counts;      // texts recorded this frame, per region or dialog: their keys
std::set<std::string> alerts_now, alerts_published;
Region region_now = Region::main;
int text_paused = 0;

// The modal dialog the current window belongs to ("" when none): its root window is a modal popup.
std::string current_dialog(const ImGuiContext* ctx) {
  const ImGuiWindow* w = ctx->CurrentWindow;
  const ImGuiWindow* root = w ? w->RootWindow : nullptr;
  return root && (root->Flags & ImGuiWindowFlags_Modal) ? std::string(root->Name) : std::string();
}

// Gives the widget just drawn the nav cursor (with its visible ring), as a keyboard would.
void take_focus(ImGuiContext* ctx, ImGuiID id) {
  ImGui::SetFocusID(id, ctx->CurrentWindow);
  ctx->NavInputSource = ImGuiInputSource_Keyboard;  // so a press that follows keeps the ring (ButtonBehavior)
  ctx->NavDisableHighlight = false;
  ctx->NavDisableMouseHover = true;
}
}  // namespace

void registry_new_frame() {
  published.swap(current);
  current.clear();
  rects.clear();
  text_counts.clear();
  alerts_published.swap(alerts_now);
  alerts_now.clear();
  focused_published = focused_now;
  focused_now.clear();
  region_now = Region::main;
  // A key that never shows up (the screen changed under it) is given up, so the host can sleep again.
  pressed_this_frame = false;
  if (pending_frames > 0 && --pending_frames == 0) {
    reveal_key.clear();
    if (!requests.empty()) requests.pop_front();
    if (!requests.empty()) pending_frames = kPendingFrames;
  }
}

const char* region_name(Region r) {
  switch (r) {
    case Region::header:
      return "header";
    case Region::main:
      return "main";
    case Region::results:
      return "results";
    case Region::footer:
      return "footer";
    case Region::dialog:
      return "dialog";
  }
  return "main";
}

const std::vector<RegisteredItem>& registry_items() {
  return published;
}

void registry_annotate_last(const std::string& text, bool checked) {
  // A widget scrolled out of view is not registered (ImGui clips it): its annotation must not land on the
  // widget before it (a checked box once read as the unchecked amount field below it).
  if (current.empty() || current.back().text_node || current.back().id != ImGui::GetItemID()) return;
  current.back().text = text;
  current.back().checked = checked;
}

void registry_describe_last(const Semantics& semantics) {
  if (current.empty() || current.back().text_node || current.back().id != ImGui::GetItemID()) return;
  current.back().semantics = semantics;
  current.back().described = true;
  current.back().checked = semantics.checked;
}

void registry_text(Role role, const std::string& text, int level) {
  if (text_paused > 0 || text.empty() || !ImGui::GetCurrentContext() || !ImGui::GetCurrentContext()->CurrentWindow) return;
  RegisteredItem item;
  item.text_node = true;
  item.text = text;
  item.semantics.role = role;
  item.semantics.level = level;
  item.dialog = current_dialog(ImGui::GetCurrentContext());
  item.region = item.dialog.empty() ? region_now : Region::dialog;
  const std::string scope = item.dialog.empty() ? region_name(item.region) : item.dialog;
  item.key = "t:" + scope + ":" + std::to_string(text_counts[scope]++);
  current.push_back(std::move(item));
}

RegistryTextPause::RegistryTextPause() {
  ++text_paused;
}
RegistryTextPause::~RegistryTextPause() {
  --text_paused;
}
void RegistryTextPause::resume_for(const std::function<void()>& record) {
  const int paused = text_paused;
  text_paused = 0;
  record();
  text_paused = paused;
}

RegistryRegion::RegistryRegion(Region region) : previous_(region_now) {
  region_now = region;
}
RegistryRegion::~RegistryRegion() {
  region_now = previous_;
}

void registry_mark_alert() {
  if (ImGui::GetCurrentContext()) alerts_now.insert(current_dialog(ImGui::GetCurrentContext()));
}

bool registry_dialog_is_alert(const std::string& dialog) {
  return alerts_published.count(dialog) > 0;
}

void registry_reveal(const std::string& key) {
  reveal_key = key;
  pending_frames = kPendingFrames;
}

void registry_focus(const std::string& key) {
  if (requests.empty()) pending_frames = kPendingFrames;
  requests.push_back({key, false});
}

void registry_press(const std::string& key) {
  if (requests.empty()) pending_frames = kPendingFrames;
  requests.push_back({key, true});
}

bool registry_pending() {
  return !reveal_key.empty() || !requests.empty();
}

const std::string& registry_focused_key() {
  return focused_published;
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
    if (!it.visible) continue;  // a full frame also registers the widgets scrolled out of view (texts are never "visible")
    for (char c : it.key) mix(static_cast<unsigned char>(c));
    mix(0);
    for (char c : it.text) mix(static_cast<unsigned char>(c));
    mix(static_cast<unsigned char>(1 + it.checked + 2 * it.focused));
  }
  return h;
}

std::string registry_json(float scale) {
  assess::Json items = assess::Json::array();
  for (const RegisteredItem& it : published) {
    if (it.text_node) continue;
    items.push_back({{"key", it.key},
                     {"text", it.text},
                     {"x", static_cast<std::int64_t>(it.x / scale)},
                     {"y", static_cast<std::int64_t>(it.y / scale)},
                     {"w", static_cast<std::int64_t>(it.w / scale)},
                     {"h", static_cast<std::int64_t>(it.h / scale)},
                     {"visible", it.visible},
                     {"checked", it.checked},
                     {"focused", it.focused}});
  }
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
  item.disabled = (ctx->LastItemData.InFlags & ImGuiItemFlags_Disabled) != 0;
  item.focused = id == ctx->NavId && ctx->NavDisableHighlight == false;
  item.dialog = ui::current_dialog(ctx);
  item.region = item.dialog.empty() ? ui::region_now : ui::Region::dialog;
  if (id == ctx->NavId) ui::focused_now = item.key;
  if (!ui::reveal_key.empty() && item.key == ui::reveal_key) {
    if (item.visible)
      ui::reveal_key.clear();
    else
      ImGui::ScrollToRect(window, r, ImGuiScrollFlags_KeepVisibleCenterY);
  }
  // The mirror's first request, when it is for this widget: scrolled into view, then focused (with its ring) and,
  // for a press, pressed the way ImGui presses the focused widget for a keyboard (in the next frame's navigation).
  if (!ui::requests.empty() && item.key == ui::requests.front().key && !ui::pressed_this_frame) {
    if (!item.visible) {
      ImGui::ScrollToRect(window, r, ImGuiScrollFlags_KeepVisibleCenterY);
    } else {
      if (!item.disabled) {  // a disabled widget takes neither (the mirror says it is disabled)
        ui::take_focus(ctx, id);
        item.focused = true;
        ui::focused_now = item.key;
        if (ui::requests.front().press) ImGui::ActivateItemByID(id), ui::pressed_this_frame = true;
      }
      ui::requests.pop_front();
      ui::pending_frames = ui::kPendingFrames;
    }
  }
  ui::current.push_back(std::move(item));
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) {
  return nullptr;
}
