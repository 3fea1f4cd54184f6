// What the screen shows, by a stable key: ImGui's test-engine hooks report every item's rectangle and label;
// widgets whose label ends in "##key" are recorded under that key, with what a screen reader needs to know of
// them (role, name, value, state); the screen's texts and headings are recorded in the order they are drawn.
// The browser tests find widgets this way and click them with real mouse events; the accessible mirror
// (accessible_mirror.cpp) makes real DOM controls of them.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace ui {

// What a widget is to assistive technology (the DOM control the mirror makes of it).
enum class Role { button, checkbox, radio, textbox, tab, heading, paragraph, list_item };
// The keyboard a text field wants on a phone (the DOM's inputmode).
enum class InputKind { text, decimal, numeric };
// The part of the page an item belongs to: the mirror's landmarks, in reading order. Dialogs are found by ImGui's
// modal windows, whatever region was current when they were drawn.
enum class Region { header, main, results, footer, dialog };
// Its name in the accessible mirror's model and in text keys ("t:results:3").
const char* region_name(Region r);

// The roles, names and values a widget has beyond its visible label (registry_describe_last).
struct Semantics {
  Role role = Role::button;
  std::string name;         // the accessible name, when not the visible label ("删除 攻关项目 2")
  std::string description;  // help text, read after the name
  std::string group;        // radio: the key of its group (one per question); checkbox sets share one too
  std::string group_name;   // radio: the question the group answers
  std::string value;        // textbox: its text
  std::string error;        // textbox: why its text is refused, "" when it is not
  InputKind input = InputKind::text;
  bool checked = false;  // checkbox, radio; tab: the current step
  int level = 0;         // heading: 2 for a panel's sections, 3 for a card (the screen's title is the only 1)
};

struct RegisteredItem {
  std::string key;                   // the part after "##"; text nodes: "t:<region>:<n>"
  std::string text;                  // the visible label (the part before "##"), or an annotation
  float x = 0, y = 0, w = 0, h = 0;  // device pixels
  bool visible = false;              // inside its window's visible area
  bool checked = false;              // checkboxes and selected toggles
  bool focused = false;              // has the keyboard focus (ImGui's nav cursor)
  bool checkable = false;            // a checkbox (ImGui says so)
  bool inputable = false;            // a text or number field (ImGui says so)
  bool disabled = false;             // drawn disabled (ImGui::BeginDisabled)
  bool described = false;            // semantics were given (registry_describe_last); else guessed from ImGui
  bool text_node = false;            // a text or heading, not a widget: no rectangle, never a target
  unsigned id = 0;                   // ImGui's id: an annotation goes only to the item just drawn
  Region region = Region::main;
  std::string dialog;  // the modal window it is drawn in ("" outside dialogs)
  Semantics semantics;
};

// Call at the start of each frame: the previous frame's items become the published list.
void registry_new_frame();
// The items of the last complete frame: widgets and texts, in the order they were drawn.
const std::vector<RegisteredItem>& registry_items();
// The last complete frame's widgets as JSON, in CSS pixels.
std::string registry_json(float scale);
// Gives the last item a visible text (for widgets that draw their own label).
void registry_annotate_last(const std::string& text, bool checked);
// Gives the last item what a screen reader needs beyond its label (its role, name, value and state).
void registry_describe_last(const Semantics& semantics);
// A text of the screen (a paragraph, a heading of `level`, a bullet), in drawing order; "" is ignored.
void registry_text(Role role, const std::string& text, int level = 0);
// Texts drawn while one is alive are not recorded (a label the widget after it carries as its name).
struct RegistryTextPause {
  RegistryTextPause();
  ~RegistryTextPause();
  RegistryTextPause(const RegistryTextPause&) = delete;
  RegistryTextPause& operator=(const RegistryTextPause&) = delete;
  // Records what `record` registers even while paused (a summary line standing for the texts paused).
  static void resume_for(const std::function<void()>& record);
};
// The region items are recorded in until the scope ends (the previous one again after it).
struct RegistryRegion {
  explicit RegistryRegion(Region region);
  ~RegistryRegion();
  RegistryRegion(const RegistryRegion&) = delete;
  RegistryRegion& operator=(const RegistryRegion&) = delete;

 private:
  Region previous_;
};
// A dialog drawn now is an alert (an error, the kiosk's warning): the mirror makes it an alertdialog.
void registry_mark_alert();
// Whether the dialog of that name (RegisteredItem::dialog) was marked as an alert in the last frame.
bool registry_dialog_is_alert(const std::string& dialog);
// Scrolls the item with this key into view during the next frames it is drawn.
void registry_reveal(const std::string& key);
// Gives the item with this key the keyboard focus (ImGui's nav cursor, with its ring) when it is next drawn,
// scrolling it into view first; the accessible mirror's DOM focus moved to it.
void registry_focus(const std::string& key);
// Presses the item with this key as the keyboard would (ImGui's activation of the focused item) when it is next
// drawn, focusing and revealing it first: a DOM control of the mirror was used (a click, Space, a radio's arrow).
void registry_press(const std::string& key);
// Whether a reveal, focus or press still waits for its widget to be drawn in view: the host keeps drawing until
// it is done or, for a key no longer on screen, until it gives up (a second of frames).
bool registry_pending();
// The key of the widget with the keyboard focus in the last frame (ImGui's nav cursor, shown or not), or "".
const std::string& registry_focused_key();
// A hash of the visible widgets of the frame being drawn (key, text, checked, focused): equal in a full and a
// normal frame of the same screen; it differs when what the screen shows of its widgets changed.
std::uint64_t registry_visible_fingerprint();
// The item with this key in the last frame, or null.
const RegisteredItem* registry_find(const std::string& key);

}  // namespace ui
