// What the UI needs from the platform, as one small interface: files in and out, storage, the printable
// report, the IME text agent, and telling the page it is ready. The web implementation (platform_web.cpp)
// holds every EM_JS; platform_native.cpp gives stand-ins so ui/ compiles and is tested natively.
#pragma once
#include <functional>
#include <string>

namespace platform {

// Offers `content` to the user as a download named `filename`.
void download(const std::string& filename, const std::string& mime, const std::string& content);

// Asks the user to pick a file; its text arrives later through the callback set by on_file_opened.
void request_open_file(const std::string& accept);
void on_file_opened(std::function<void(const std::string& name, const std::string& text)> callback);

// Small persistent storage (localStorage on the web). Every call is a no-op when storage is disabled.
void storage_enable(bool enabled);
std::string storage_get(const std::string& key);
void storage_set(const std::string& key, const std::string& value);
void storage_remove(const std::string& key);
// This tab's own storage (sessionStorage on the web): it survives a reload of the page and goes with the tab.
// The advisor's session is kept there while the advisor works; storage_wipe() and fresh_start() remove it.
std::string tab_storage_get(const std::string& key);
void tab_storage_set(const std::string& key, const std::string& value);
void tab_storage_remove(const std::string& key);
// Removes everything the app keeps in this browser (all its keys, local and session storage), even while
// storage is disabled: a kiosk's reset for the next visitor.
void storage_wipe();

// Ends the visit with a clean slate: wipes storage (as storage_wipe), removes the print frame, empties the
// file input, closes the report tabs this page opened, drops the URL fragment, and reloads the page, so the
// next person gets a fresh wasm instance with nothing of the last one in its memory. The kiosk's reset and
// the advisor's "end session" call it after clearing their own state (docs/modes.md says what it promises).
void fresh_start();

// Closes what holds a report the app made: the print frame, and the report tabs this page opened (blanked
// first, should one not close), and revokes their URLs. "Clear my data" calls it; fresh_start() does it too.
void close_reports();

// The system share sheet (navigator.share, where the browser has one): a link with a title and a line of text, or a
// file. The person chooses where it goes (a chat, mail, their files); the page sends nothing itself.
void share_link(const std::string& title, const std::string& text, const std::string& url);
void share_file(const std::string& title, const std::string& filename, const std::string& mime, const std::string& content);
// Puts `text` on the system clipboard (the person's own act: a "copy link" button).
void copy_text(const std::string& text);

// Opens a self-contained HTML document (the report) in a new tab for printing or saving.
void open_html(const std::string& html);
// Prints an HTML document (the report) from this page, without a new tab: for kiosks, which have no tabs.
void print_html(const std::string& html);

// The keys a field wants from a phone's on-screen keyboard: amounts a decimal pad, counts digits, names text.
enum class Keyboard { text, decimal, numeric };

// The IME text agent: a hidden input that receives composed text while an ImGui text field is active, at the
// caret (x, y, line height; CSS pixels), asking for the field's keyboard, its Enter key labelled "next" when
// another field follows (`next`) and "done" otherwise.
void text_input_focus(bool active, float x, float y, float line_height, Keyboard keyboard, bool next);

// A short text the page draws over the canvas, centred in a rectangle (device pixels), `px` device pixels high,
// in colour `abgr` (ImGui's packing): the kiosk's countdown changes every second without the canvas drawing a
// frame, which would cost the browser a whole composited picture. An empty text removes it.
void overlay_text(const std::string& text, float x, float y, float w, float h, float px, unsigned abgr);

// The page: set when the first frame is drawn (document.body.dataset.ready = "1"), and the language of
// the document and of the accessible mirror.
void set_ready();
void set_document_language(const std::string& lang);

// The accessible mirror: a JSON description of what the canvas shows (screen, widgets, results), which the
// page renders as real DOM (headings, buttons, an aria-live region) for screen readers.
void publish_accessible(const std::string& json);

// Draws one character with the device's own fonts (the browser's fallback chain; Noto Sans CJK SC first) into
// `alpha`, a w × h cell, at `em_px` with its baseline `baseline_px` from the top; its advance goes to `advance`.
// False when no font of the device has it (then the app keeps its "?"); the native stand-in always says false.
bool draw_glyph(unsigned codepoint, float em_px, float baseline_px, int w, int h, unsigned char* alpha, float& advance);

// The bytes of a font file the page has received (public/boot.js: fonts/start.otf before the first frame, the
// larger subsets after it), copied into memory from malloc that the caller then owns; false when the page has
// not received it (the native stand-in never has one).
bool font_file(const std::string& name, void*& data, int& size);

// Whether leaving the page (closing the tab, reloading, navigating away) asks first: on while an advisor's
// session holds enterprises not saved to a file. The page marks it in document.body.dataset.leaveWarning.
void warn_before_leaving(bool on);

// A monotonic clock in milliseconds (performance.now() on the web), for the app's own timings.
double now_ms();

// The local date and time, for the report's "generated at" line (kept out of core/, which has no clock).
std::string local_date_time();

}  // namespace platform
