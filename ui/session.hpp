// One person's use of the app: everything that holds or shows what they entered — answers, the live result,
// half-typed numbers, dialogs, the hand-over link, an advisor's enterprises. The kiosk's wipe replaces the whole
// object with a fresh one, so no piece of it can be forgotten by a reset.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "answers.hpp"
#include "assess.hpp"
#include "dialog.hpp"
#include "evaluation.hpp"
#include "field_texts.hpp"
#include "platform.hpp"
#include "screen_id.hpp"

namespace ui {

// The modules of a QR code and the text they encode (share_dialog.cpp).
struct QrModules {
  std::string text;
  std::vector<bool> modules;
  int size = 0;
};

// A short message at the bottom of the screen, until a moment of the app's clock.
struct Toast {
  std::string text;
  double until = 0;
};

// The hand-over link of the answers on screen and its QR code, kept between frames (share_dialog.cpp).
struct ShareCache {
  std::uint64_t version = 0;  // the answers' version the link was made for
  std::string link;
  QrModules qr;
};

// The typed field being edited (text_field.cpp): what the page's text agent needs to know of it, and its moves.
struct Typing {
  Keyboard keyboard = Keyboard::text;  // the keys it wants: text, or digits
  bool has_next = false;                           // a field follows it on the screen: Enter (the keyboard's "next") moves there
  bool advance = false;                            // Enter ended an edit: the next field drawn this frame takes the focus
  int hold_agent = 0;                              // frames the text agent keeps the focus while it moves to the next field
  bool reveal = false;                             // scroll it into view (the keyboard came up, the screen changed size)
  bool editing_drawn = false, next_drawn = false;  // this frame: it was drawn; a field was drawn after it
};

// Typed numbers, among the questions asked now, whose text could not be read: each is an answer missing from
// the result, and the results say so. Counted once per change of the answers or of the texts.
struct PendingNumbers {
  std::uint64_t answers_version = 0, texts_version = 0;
  int count = 0;
  std::uint64_t counts = 0;  // how many times they were counted (for tests: once per change, not per frame)
};

// An enterprise assessed in advisor mode (advisor_screens.cpp), in memory only.
struct Enterprise {
  std::string name;
  Answers answers;
  Evaluation evaluation;
  bool named = false;            // a name was typed (or came from a file): work to keep, even with no answers yet
  std::uint64_t saved_hash = 0;  // its name and answers as last saved to (or opened from) a session file
};

// Advisor mode: the enterprises of the session, and what of it is not yet in a session file (advisor_tab_store).
struct AdvisorSession {
  std::vector<Enterprise> enterprises;
  std::size_t current = 0;
  std::uint64_t versions = 0;
  bool leave_warning = false;
  std::size_t unsaved = 0;   // enterprises with work not in a saved session file (the list says how many)
  std::size_t restored = 0;  // enterprises brought back from this tab's storage after a reload (the list says so)
};

struct Session {
  Session(const assess::Policy& policy, assess::Lang language) : answers(policy), lang(language) {}

  Answers answers;
  assess::Lang lang;
  ScreenId screen = ScreenId::start;
  // The live result of the answers, refreshed when their version changes.
  Evaluation evaluation;
  PendingNumbers pending;
  std::uint64_t saved_version = 0;  // the version of the answers last autosaved
  // Text being typed into amount and count fields, by field path, so a half-typed value survives frames.
  FieldTexts edit_text;
  DialogQueue dialogs;
  Toast toast;
  Typing typing;
  // "Edit" on a result card: the question (its answers path) the details step scrolls to and focuses, once.
  std::string edit_target;
  mutable ShareCache share;  // share_link() const fills it
  AdvisorSession advisor;
  // The accessible mirror as last published: it lists names and amounts.
  std::string accessible_published;
  // Text typed into a field's DOM twin (the accessible mirror's text box), by field path: the field takes it at
  // its next drawing as if typed on the canvas, with the same reading and the same answer.
  std::map<std::string, std::string> typed_in_mirror;
  // What the mirror last announced of the result (accessible_mirror.cpp): each claimed measure's line by id, the
  // answers' version it was for, the sentence and how many sentences so far (the page says each one once).
  std::map<std::string, std::string> announced;
  std::uint64_t announced_version = 0;
  std::string announcement;
  std::uint64_t announcement_count = 0;
};

}  // namespace ui
