// Advisor mode (advisor_screens.cpp): several enterprises assessed in a row, held in Session::advisor, in memory
// only. The screens (the list, the comparison, the current enterprise's name) draw and return what they ask of
// the App; the App's helpers below change the enterprises: add, switch, evaluate, export, the session file.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

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
// `by_enterprise`: the CSV with one row per enterprise, each measure's range as columns.
FileOut export_all(const SessionContext& c, bool csv, bool by_enterprise = false);
// The session as one file (every enterprise's name and answers); from now on it counts as saved.
FileOut save_session(const SessionContext& c);
// A session file (core/session_file.hpp reads it, one budget for the whole file): `not_a_session` when the text
// is not one (the caller reads it as a profile); `refused`, its errors shown and nothing changed; or `opened`, its
// enterprises added and marked as in a file.
enum class SessionOpened { not_a_session, refused, opened };
SessionOpened open_session(const SessionContext& c, const std::string& name, std::string_view text);
// Once per frame in advisor mode: the session goes to this tab's storage when something may have changed, and
// leaving the page asks first while some enterprise's work is not saved in a file (advisor_tab_store.hpp).
void track_unsaved_session(const SessionContext& c);

}  // namespace ui
