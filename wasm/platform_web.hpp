// The web platform (platform_web.cpp, which holds every EM_JS of the app): ui::Platform for the App, and what the
// host (main_web.cpp, glyph_fallback.cpp) needs of the page beside it — the font files, glyphs from the device's
// fonts, the IME text agent, the file chooser's answer, "ready".
#pragma once
#include <functional>
#include <string>

#include "platform.hpp"

namespace web {

class WebPlatform final : public ui::Platform {
 public:
  void download(const std::string& filename, const std::string& mime, const std::string& content) override;
  void request_open_file(const std::string& accept) override;
  std::string storage_get(const std::string& key) override;
  void storage_set(const std::string& key, const std::string& value) override;
  void storage_remove(const std::string& key) override;
  std::string tab_storage_get(const std::string& key) override;
  void tab_storage_set(const std::string& key, const std::string& value) override;
  void tab_storage_remove(const std::string& key) override;
  void storage_wipe() override;
  void fresh_start() override;
  void close_reports() override;
  void share_link(const std::string& title, const std::string& text, const std::string& url) override;
  void share_file(const std::string& title, const std::string& filename, const std::string& mime,
                  const std::string& content) override;
  void copy_text(const std::string& text) override;
  void open_html(const std::string& html) override;
  void print_html(const std::string& html) override;
  void overlay_text(const std::string& text, float x, float y, float w, float h, float px, unsigned abgr) override;
  void set_document_language(const std::string& lang) override;
  void publish_accessible(const std::string& json) override;
  void warn_before_leaving(bool on) override;
  double now_ms() override;
  std::string local_date_time() override;
};

// The text of a file the user picked (request_open_file) arrives here, from the page (public/boot.js).
void on_file_opened(std::function<void(const std::string& name, const std::string& text)> callback);

// The IME text agent: a hidden input that receives composed text while an ImGui text field is active, at the
// caret (x, y, line height; CSS pixels), asking for the field's keyboard, its Enter key labelled "next" when
// another field follows (`next`) and "done" otherwise.
void text_input_focus(bool active, float x, float y, float line_height, ui::Keyboard keyboard, bool next);

// The page: set when the first frame is drawn (document.body.dataset.ready = "1").
void set_ready();

// Draws one character with the device's own fonts (the browser's fallback chain; Noto Sans CJK SC first) into
// `alpha`, a w × h cell, at `em_px` with its baseline `baseline_px` from the top; its advance goes to `advance`.
// False when no font of the device has it (then the app keeps its "?").
bool draw_glyph(unsigned codepoint, float em_px, float baseline_px, int w, int h, unsigned char* alpha, float& advance);

// The bytes of a font file the page has received (public/boot.js: fonts/start.otf before the first frame, the
// larger subsets after it), copied into memory from malloc that the caller then owns; false when the page has
// not received it.
bool font_file(const std::string& name, void*& data, int& size);

// performance.now(), in milliseconds.
double now_ms();

}  // namespace web
