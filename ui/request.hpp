// What a screen, a part of one or a dialog asks of the App: one type for all of them. Screens only draw and edit
// the answers; what changes more — the screen shown, the dialogs, the language, files, the report, the wipes —
// is a Request the App acts on (App::act), so only the App changes the screen.
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <variant>

#include "dialog.hpp"
#include "json.hpp"
#include "screen_id.hpp"

namespace ui {

namespace request {

struct GoTo {  // show another screen
  ScreenId screen;
};
struct OpenDialog {  // open a dialog over the screen (after those already open)
  Dialog dialog;
};
struct EditAnswer {  // "edit" on a result card: the details step, its question (an answers path) focused
  std::string path;
};
struct OtherLanguage {};  // the "中文 / English" button: the page's language follows the app's
struct SaveAnswers {};    // download the answers as a file
struct Report {           // the report in a new tab (a kiosk prints it instead), or printed from this page
  bool print = false;
};
struct ShareLink {  // the hand-over link to the system share sheet (the phone in hand)
  std::string link;
};
struct CopyLink {  // the hand-over link onto the clipboard
  std::string link;
};
struct SaveReport {};   // the report as an HTML file, downloaded (a phone keeps it in its files)
struct ShareReport {};  // the report as an HTML file, to the system share sheet (downloaded where files cannot be shared)
struct OpenFile {};   // ask the page for a file to open: answers, or an advisor's session
struct ClearData {};  // "clear my data" confirmed (a kiosk's "start over": the wipe for the next visitor)
struct UseLink {      // a hand-over link's answers chosen over those on screen
  std::shared_ptr<const assess::Json> profile;
};
struct EndSession {};  // the advisor's "end session" confirmed: everything of the session goes
struct StillHere {};   // the kiosk's warning: the visitor is still there
struct StartOver {};   // the kiosk's warning: wipe now, for the next visitor
struct KeypadDone {    // the keypad's "OK": the text it hands to its field, which reads it as typed
  std::string path, text;
};
struct NewEnterprise {};  // advisor: a new, empty enterprise, made current
struct OpenEnterprise {   // advisor: continue with this enterprise (by its place in the list)
  std::size_t index;
};
struct SaveSession {};  // advisor: every enterprise in one file
struct ExportAll {      // advisor: every result, as CSV (by measure, or one row per enterprise) or as JSON Lines
  bool csv = true;
  bool by_enterprise = false;
};

}  // namespace request

// std::monostate: nothing asked.
using Request = std::variant<std::monostate, request::GoTo, request::EditAnswer, request::OpenDialog, request::OtherLanguage, request::SaveAnswers,
                             request::Report, request::ShareLink, request::CopyLink, request::SaveReport, request::ShareReport, request::OpenFile, request::ClearData, request::UseLink, request::EndSession,
                             request::StillHere, request::StartOver, request::KeypadDone, request::NewEnterprise,
                             request::OpenEnterprise, request::SaveSession, request::ExportAll>;

// Keeps what a part asked, if anything, over what was asked before it in the same frame (one press a frame).
inline void ask(Request& asked, Request more) {
  if (!std::holds_alternative<std::monostate>(more)) asked = std::move(more);
}

}  // namespace ui
