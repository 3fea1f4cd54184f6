// Advisor mode (advisor_screens.cpp): several enterprises assessed in a row, held in Session::advisor, in memory
// only. The screens (the list, the comparison, the current enterprise's name) draw and return what they ask of
// the App; the App's helpers below change the enterprises: add, switch, evaluate, export, the session file.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

#include "json.hpp"
#include "request.hpp"
#include "screen_context.hpp"

namespace ui {

// The list of enterprises, with the session's actions (new, compare, exports, save, open, end).
Request draw_enterprises(const ScreenContext& c);
// Their totals and measures side by side.
Request draw_compare(const ScreenContext& c);
// The current enterprise's name, editable, above the steps.
void draw_current_enterprise_name(const ScreenContext& c);

// A new, empty enterprise, made current (the answers on screen are kept in the one they belonged to).
void add_enterprise(const SessionContext& c);
// Continues with the enterprise at `index` (the answers on screen are kept in the current one first).
void switch_enterprise(const SessionContext& c, std::size_t index);
// Every enterprise evaluated as its answers stand (the current one's are those on screen); once per change.
void evaluate_enterprises(const SessionContext& c);
// A file for the App to download.
struct FileOut {
  std::string name, mime, content;
};
// Every valid enterprise's result as CSV or as JSON Lines.
FileOut export_all(const SessionContext& c, bool csv);
// The session as one file (every enterprise's name and answers); from now on it counts as saved.
FileOut save_session(const SessionContext& c);
// A session file (advisor_screens.cpp explains its checks): false, with the errors shown, when it is refused.
bool open_session(const SessionContext& c, const std::string& name, const assess::Json& doc);
// Whether leaving the page should ask first: some enterprise's work is not saved in a file. Once per frame; the
// session's contents are hashed again only when an answer or a name may have changed.
bool session_unsaved(const SessionContext& c);

}  // namespace ui
