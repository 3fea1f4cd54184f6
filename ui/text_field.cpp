// Typed fields (text_field.hpp): the keyboard a field wants, Enter to the next field, and the field kept in view.
#include "text_field.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // GetActiveID, ScrollToRectEx: the field being edited and scrolling to it
#include <misc/cpp/imgui_stdlib.h>

namespace ui {

namespace {

// Scrolls the field just drawn into view with the line above it (its question), in its window and the
// windows around it, by as little as it takes: what the person is typing is never under the keyboard.
void reveal_last_item() {
  ImRect rect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  rect.Min.y -= ImGui::GetTextLineHeightWithSpacing();
  ImGui::ScrollToRectEx(ImGui::GetCurrentWindow(), rect, ImGuiScrollFlags_KeepVisibleEdgeY);
}

bool enter_pressed() {
  return ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false);
}

}  // namespace

bool text_field(const ScreenContext& c, const std::string& label_id, std::string& text, Keyboard keyboard,
                const char* hint) {
  Typing& t = c.typing;
  if (t.editing_drawn) t.next_drawn = true;  // a field after the one being edited
  if (t.advance) {
    // Enter in the field before this one: this one is edited next (ImGui activates it as Tab would). The
    // page's text agent keeps the focus meanwhile, so a phone's keyboard stays up.
    ImGui::SetKeyboardFocusHere();
    t.advance = false;
    t.hold_agent = 3;
  }
  const bool was_editing = ImGui::GetActiveID() == ImGui::GetID(label_id.c_str());
  const bool edited = hint ? ImGui::InputTextWithHint(label_id.c_str(), hint, &text) : ImGui::InputText(label_id.c_str(), &text);
  if (ImGui::IsItemActive()) {
    t.keyboard = keyboard;
    t.editing_drawn = true;
    if (ImGui::IsItemActivated() || t.reveal) reveal_last_item();
    t.reveal = false;
  } else if (was_editing && enter_pressed()) {
    t.advance = true;  // ImGui ended the edit on Enter: the next field drawn takes over
  }
  return edited;
}

void typing_frame_start(Typing& typing) {
  typing.advance = false;  // Enter in the last field: nothing follows, the keyboard goes down
  typing.editing_drawn = typing.next_drawn = false;
  if (typing.hold_agent > 0) --typing.hold_agent;
}

void typing_frame_end(Typing& typing) {
  typing.has_next = typing.next_drawn;
  if (!typing.editing_drawn) typing.reveal = false;  // nothing being edited to keep in view
}

}  // namespace ui
