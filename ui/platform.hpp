// What the app asks of the page it runs in, as one small interface the App is given: files in and out, storage,
// the printable report, the page's language and overlay, the accessible mirror, the clock. The web's is
// wasm/platform_web.cpp (every EM_JS); the native UI tests give a recording stand-in (tests/ui/fake_platform.hpp).
// ui/ owns the interface and includes no header of wasm/.
#pragma once
#include <string>

namespace ui {

// The keys a field wants from a phone's on-screen keyboard: amounts a decimal pad, counts digits, names text.
enum class Keyboard { text, decimal, numeric };

class Platform {
 public:
  virtual ~Platform() = default;

  // Offers `content` to the user as a download named `filename`.
  virtual void download(const std::string& filename, const std::string& mime, const std::string& content) = 0;
  // Asks the user to pick a file; its text reaches App::open_answers_text later, through the host.
  virtual void request_open_file(const std::string& accept) = 0;

  // Small persistent storage (localStorage on the web). The App uses it only when AppOptions::storage is on.
  virtual std::string storage_get(const std::string& key) = 0;
  virtual void storage_set(const std::string& key, const std::string& value) = 0;
  virtual void storage_remove(const std::string& key) = 0;
  // This tab's own storage (sessionStorage on the web): it survives a reload of the page and goes with the tab.
  // The advisor's session is kept there while the advisor works; storage_wipe() and fresh_start() remove it.
  virtual std::string tab_storage_get(const std::string& key) = 0;
  virtual void tab_storage_set(const std::string& key, const std::string& value) = 0;
  virtual void tab_storage_remove(const std::string& key) = 0;
  // Removes everything the app keeps in this browser (all its keys, local and session storage), even while
  // storage is off: a kiosk's reset for the next visitor.
  virtual void storage_wipe() = 0;

  // Ends the visit with a clean slate: wipes storage (as storage_wipe), removes the print frame, empties the
  // file input, closes the report tabs this page opened, drops the URL fragment, and reloads the page, so the
  // next person gets a fresh wasm instance with nothing of the last one in its memory. The kiosk's reset and
  // the advisor's "end session" call it after clearing their own state (docs/modes.md says what it promises).
  virtual void fresh_start() = 0;

  // Closes what holds a report the app made: the print frame, and the report tabs this page opened (blanked
  // first, should one not close), and revokes their URLs. "Clear my data" calls it; fresh_start() does it too.
  virtual void close_reports() = 0;

  // The system share sheet (navigator.share, where the browser has one): a link with a title and a line of text,
  // or a file. The person chooses where it goes (a chat, mail, their files); the page sends nothing itself.
  virtual void share_link(const std::string& title, const std::string& text, const std::string& url) = 0;
  virtual void share_file(const std::string& title, const std::string& filename, const std::string& mime,
                          const std::string& content) = 0;
  // Puts `text` on the system clipboard (the person's own act: a "copy link" button).
  virtual void copy_text(const std::string& text) = 0;

  // Opens a self-contained HTML document (the report) in a new tab for printing or saving.
  virtual void open_html(const std::string& html) = 0;
  // Prints an HTML document (the report) from this page, without a new tab: for kiosks, which have no tabs.
  virtual void print_html(const std::string& html) = 0;

  // A short text the page draws over the canvas, centred in a rectangle (device pixels), `px` device pixels
  // high, in colour `abgr` (ImGui's packing): the kiosk's countdown changes every second without the canvas
  // drawing a frame, which would cost the browser a whole composited picture. An empty text removes it.
  virtual void overlay_text(const std::string& text, float x, float y, float w, float h, float px, unsigned abgr) = 0;

  // The language of the document and of the accessible mirror ("zh" or "en").
  virtual void set_document_language(const std::string& lang) = 0;
  // The accessible mirror: a JSON description of what the canvas shows (screen, widgets, results), which the
  // page renders as real DOM (headings, buttons, an aria-live region) for screen readers.
  virtual void publish_accessible(const std::string& json) = 0;
  // Whether leaving the page (closing the tab, reloading, navigating away) asks first: on while an advisor's
  // session holds enterprises not saved to a file.
  virtual void warn_before_leaving(bool on) = 0;

  // A monotonic clock in milliseconds (performance.now() on the web): the app's timers, unless
  // AppOptions::clock_ms gives another.
  virtual double now_ms() = 0;
  // The local date and time, for the report's "generated at" line (kept out of core/, which has no clock).
  virtual std::string local_date_time() = 0;
};

}  // namespace ui
