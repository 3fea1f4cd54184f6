// Where each interactive widget is on screen, by a stable key: ImGui's test-engine hooks report every item's
// rectangle and label; widgets whose label ends in "##key" are recorded under that key. The browser tests
// find widgets this way and click them with real mouse events; the accessibility mirror can list them.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace ui {

struct RegisteredItem {
  std::string key;                   // the part after "##"
  std::string text;                  // the visible label (the part before "##"), or an annotation
  float x = 0, y = 0, w = 0, h = 0;  // device pixels
  bool visible = false;              // inside its window's visible area
  bool checked = false;              // checkboxes and selected toggles
  bool focused = false;              // has the keyboard focus (ImGui's nav cursor)
  bool checkable = false;            // a checkbox (ImGui says so)
  bool inputable = false;            // a text or number field (ImGui says so)
  unsigned id = 0;                   // ImGui's id: an annotation goes only to the item just drawn
};

// Call at the start of each frame: the previous frame's items become the published list.
void registry_new_frame();
// The items of the last complete frame.
const std::vector<RegisteredItem>& registry_items();
// The last complete frame's items as JSON, in CSS pixels.
std::string registry_json(float scale);
// Gives the last item a visible text (for widgets that draw their own label).
void registry_annotate_last(const std::string& text, bool checked);
// Scrolls the item with this key into view during the next frames it is drawn.
void registry_reveal(const std::string& key);
// A hash of the visible items of the frame being drawn (key, text, checked, focused): equal in a full and a
// normal frame of the same screen; it differs when what the screen shows of its widgets changed.
std::uint64_t registry_visible_fingerprint();
// The item with this key in the last frame, or null.
const RegisteredItem* registry_find(const std::string& key);

}  // namespace ui
