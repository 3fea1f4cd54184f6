// An advisor's day kept through a reload (issue 20): the session in this tab's sessionStorage while the advisor
// works (never lasting storage, never in a kiosk), brought back after a reload or a tab crash; and which
// enterprises are in a saved session file (the list counts the others, and leaving the page asks first).
#pragma once
#include <cstddef>

#include "screen_context.hpp"

namespace ui {

// After a reload: the session this tab held, every enterprise validated like a profile, replaces the fresh one
// (the App then shows the list of enterprises, which says so). False, with nothing changed, when the tab holds
// none or a bad one.
bool restore_tab_session(const SessionContext& c);
// Once the session changed: writes it to this tab's storage while it holds work, removes it when it holds none.
void keep_tab_session(const SessionContext& c);
// The enterprises from `first` on are in a session file just saved or opened: nothing of them is unsaved.
void mark_in_file(const SessionContext& c, std::size_t first);
// The enterprises with work (answers, or a typed name) that is not in a saved session file.
std::size_t unsaved_enterprises(const SessionContext& c);

}  // namespace ui
