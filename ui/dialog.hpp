// The dialogs over the screens, as data: each kind holds what it shows, and a queue holds the dialogs open, the
// first of them shown (dialogs.cpp draws it through the one modal helper, modal.hpp). A dialog is opened by
// adding it: none has a flag of its own, and none can be forgotten by a reset (it is part of the Session).
#pragma once
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "json.hpp"

namespace ui {

namespace dialog {

// Why a file or a link could not be opened: one line per error, with its JSON path.
struct OpenErrors {
  std::vector<std::string> lines;
};
// "Clear my data?" (an advisor: this enterprise's answers; a kiosk: start over for the next visitor).
struct ConfirmClear {};
// A hand-over link opened over answers already here: which to keep is asked, never decided silently. The
// link's answers wait here, validated, until the person chooses.
struct LinkChoice {
  std::shared_ptr<const assess::Json> profile;  // shared, not copied: requests and dialogs stay cheap to move
};
// The text of an article of the policy.
struct Article {
  int number = 0;
};
// The hand-over link of the answers as a QR code (share_dialog.cpp).
struct Share {};
// The advisor's "end session?": everything of the session goes.
struct ConfirmEndSession {};
// The kiosk's numeric keypad (numeric_keypad.cpp): it edits a copy of one amount or count field's text.
struct Keypad {
  std::string path;       // the field's JSON path
  std::string label;      // its question, shown above the digits
  std::string text;       // what has been keyed so far
  bool decimals = false;  // amounts (万元) take a decimal point; counts do not
};

}  // namespace dialog

using Dialog = std::variant<dialog::OpenErrors, dialog::ConfirmClear, dialog::LinkChoice, dialog::Article, dialog::Share,
                            dialog::ConfirmEndSession, dialog::Keypad>;

// The dialogs open, in the order they were opened; the first is shown, the next when it closes.
class DialogQueue {
 public:
  // Opens `d` after those already open; an open dialog of the same kind is replaced where it stands.
  void open(Dialog d) {
    for (Dialog& open : open_)
      if (open.index() == d.index()) {
        open = std::move(d);
        return;
      }
    open_.push_back(std::move(d));
  }
  // The dialog shown, or null when none is open.
  Dialog* front() { return open_.empty() ? nullptr : &open_.front(); }
  void close_front() {
    if (!open_.empty()) open_.erase(open_.begin());
  }
  bool empty() const { return open_.empty(); }
  // The open dialog of this kind, or null.
  template <typename Kind>
  const Kind* find() const {
    for (const Dialog& open : open_)
      if (const Kind* d = std::get_if<Kind>(&open)) return d;
    return nullptr;
  }

 private:
  std::vector<Dialog> open_;
};

}  // namespace ui
