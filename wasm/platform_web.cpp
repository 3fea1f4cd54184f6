// The web platform layer: every EM_JS of the app lives here (platform_web.hpp says what each does). JavaScript
// side effects only; the page's own script (public/boot.js) owns the hidden file input and the IME text agent.
#include "platform_web.hpp"

#include <emscripten.h>

// clang-format off
EM_JS(void, js_download, (const char* name, const char* mime, const char* data, int size), {
  const bytes = HEAPU8.slice(data, data + size);
  const url = URL.createObjectURL(new Blob([bytes], {type: UTF8ToString(mime)}));
  const a = document.createElement("a");
  a.href = url; a.download = UTF8ToString(name);
  document.body.appendChild(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
});
// The share sheet: a link, or a file (where the browser can share files; else it is downloaded). A dismissed
// sheet is no error.
EM_JS(void, js_share_link, (const char* title, const char* text, const char* url), {
  if (!navigator.share) return;
  navigator.share({title: UTF8ToString(title), text: UTF8ToString(text), url: UTF8ToString(url)}).catch(() => {});
});
EM_JS(void, js_share_file, (const char* title, const char* name, const char* mime, const char* data, int size), {
  const file = new File([HEAPU8.slice(data, data + size)], UTF8ToString(name), {type: UTF8ToString(mime)});
  if (navigator.canShare && navigator.canShare({files: [file]})) {
    navigator.share({title: UTF8ToString(title), files: [file]}).catch(() => {});
    return;
  }
  const url = URL.createObjectURL(file), a = document.createElement("a");
  a.href = url; a.download = file.name;
  document.body.appendChild(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
});
// The clipboard API where the page may use it, else the older copy command on a selected, off-screen field.
EM_JS(void, js_copy_text, (const char* text), {
  const s = UTF8ToString(text);
  const fallback = () => {
    const area = document.createElement("textarea");
    area.value = s;
    area.setAttribute("aria-hidden", "true");
    area.style.cssText = "position:fixed;left:-1000px;top:0;opacity:0";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } catch (e) {}
    area.remove();
  };
  if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(s).catch(fallback);
  else fallback();
});
EM_JS(void, js_request_open_file, (const char* accept), {
  const input = document.getElementById("file-input");
  input.accept = UTF8ToString(accept);
  input.value = "";
  input.click();
});
EM_JS(void, js_storage_set, (const char* key, const char* value), {
  try { localStorage.setItem(UTF8ToString(key), UTF8ToString(value)); } catch (e) {}
});
EM_JS(char*, js_storage_get, (const char* key), {
  let v = null;
  try { v = localStorage.getItem(UTF8ToString(key)); } catch (e) {}
  if (v === null) return 0;
  const n = lengthBytesUTF8(v) + 1, p = _malloc(n);
  stringToUTF8(v, p, n);
  return p;
});
EM_JS(void, js_storage_remove, (const char* key), {
  try { localStorage.removeItem(UTF8ToString(key)); } catch (e) {}
});
EM_JS(void, js_tab_storage_set, (const char* key, const char* value), {
  try { sessionStorage.setItem(UTF8ToString(key), UTF8ToString(value)); } catch (e) {}
});
EM_JS(char*, js_tab_storage_get, (const char* key), {
  let v = null;
  try { v = sessionStorage.getItem(UTF8ToString(key)); } catch (e) {}
  if (v === null) return 0;
  const n = lengthBytesUTF8(v) + 1, p = _malloc(n);
  stringToUTF8(v, p, n);
  return p;
});
EM_JS(void, js_tab_storage_remove, (const char* key), {
  try { sessionStorage.removeItem(UTF8ToString(key)); } catch (e) {}
});
EM_JS(void, js_storage_wipe, (), {
  for (const store of [window.localStorage, window.sessionStorage]) {
    try {
      for (const key of Object.keys(store)) if (key.startsWith("suzhou-ai-assess.")) store.removeItem(key);
    } catch (e) {}
  }
});
// A hidden frame holding the report is printed, then removed; the report has no script of its own. The
// report crosses with its length and is decoded whole: a C string would end at the first NUL.
EM_JS(void, js_print_html, (const char* html, int size), {
  const old = document.getElementById("print-frame");
  if (old) old.remove();
  const frame = document.createElement("iframe");
  frame.id = "print-frame";
  frame.setAttribute("aria-hidden", "true");
  frame.style.cssText = "position:fixed;width:0;height:0;border:0;left:-10px;top:-10px";
  frame.srcdoc = new TextDecoder().decode(HEAPU8.subarray(html, html + size));
  frame.addEventListener("load", () => { frame.contentWindow.focus(); frame.contentWindow.print(); document.body.dataset.printed = String(Number(document.body.dataset.printed || 0) + 1); });
  document.body.appendChild(frame);
});
// Report tabs and their blob URLs are remembered so that close_reports() can close them and revoke the URLs
// (a tab this page opened it may close).
EM_JS(void, js_open_html, (const char* html, int size), {
  const url = URL.createObjectURL(new Blob([HEAPU8.slice(html, html + size)], {type: "text/html;charset=utf-8"}));
  (window.assessReportUrls = window.assessReportUrls || []).push(url);
  const w = window.open(url, "_blank");
  if (w) (window.assessReportTabs = window.assessReportTabs || []).push(w);
  if (!w) { const a = document.createElement("a"); a.href = url; a.target = "_blank"; a.click(); }
  setTimeout(() => URL.revokeObjectURL(url), 60000);
});
// Each tab is blanked before it is closed: one the browser will not close (the person moved it to a window of its
// own, say) then shows nothing. Its URL is revoked, so it cannot be opened again.
EM_JS(void, js_close_reports, (), {
  const frame = document.getElementById("print-frame");
  if (frame) { frame.srcdoc = ""; frame.remove(); }
  for (const w of window.assessReportTabs || []) {
    try { w.document.documentElement.replaceChildren(); } catch (e) {}
    try { w.close(); } catch (e) {}
  }
  window.assessReportTabs = [];
  for (const url of window.assessReportUrls || []) URL.revokeObjectURL(url);
  window.assessReportUrls = [];
});
EM_JS(void, js_fresh_start, (), {
  const input = document.getElementById("file-input");
  if (input) input.value = "";
  if (location.hash) history.replaceState(null, "", location.pathname + location.search);
  document.body.dataset.wiped = "1";  // the reload follows; tests wait for the new page's data-ready
  // The wipe is what the person asked for: the advisor's "leave with unsaved enterprises?" guard must not stop it.
  if (window.assessLeaveGuard) window.removeEventListener("beforeunload", window.assessLeaveGuard);
  location.reload();
});
EM_JS(void, js_text_input_focus, (int active, float x, float y, float h, int keyboard, int next), {
  if (window.assessTextAgent) window.assessTextAgent(!!active, x, y, h, ["text", "decimal", "numeric"][keyboard], !!next);
});
// The overlay is a positioned element above the canvas (public/app.css #overlay-text), in the app's own font
// once a subset has arrived; it takes no pointer events and is hidden from screen readers.
EM_JS(void, js_overlay_text, (const char* text, float x, float y, float w, float h, float px, unsigned abgr), {
  const s = UTF8ToString(text);
  let el = document.getElementById("overlay-text");
  if (!s) { if (el) el.remove(); return; }
  if (!el) {
    el = document.createElement("div");
    el.id = "overlay-text";
    el.setAttribute("aria-hidden", "true");
    document.body.appendChild(el);
  }
  const font = Module.fonts && (Module.fonts["initial.otf"] || Module.fonts["start.otf"]);
  if (font && !window.assessOverlayFont) {
    window.assessOverlayFont = new FontFace("assess-ui", font);
    document.fonts.add(window.assessOverlayFont);
  }
  const canvas = document.getElementById("canvas");
  const r = canvas.getBoundingClientRect();
  const k = r.width / canvas.width;
  const css = (v) => v * k + "px";
  Object.assign(el.style, {left: css(x + r.left / k), top: css(y + r.top / k), width: css(w), height: css(h),
    lineHeight: css(h), fontSize: css(px), color: "rgba(" + (abgr & 255) + "," + ((abgr >> 8) & 255) + "," +
    ((abgr >> 16) & 255) + "," + ((abgr >>> 24) / 255) + ")"});
  el.textContent = s;
});
EM_JS(void, js_publish_accessible, (const char* json), {
  if (window.assessMirror) window.assessMirror(JSON.parse(UTF8ToString(json)));
});
// The browser shows its own "leave this site?" question; the page only says whether to ask.
EM_JS(void, js_warn_before_leaving, (int on), {
  if (!window.assessLeaveGuard) window.assessLeaveGuard = (e) => { e.preventDefault(); e.returnValue = ""; return ""; };
  if (on) window.addEventListener("beforeunload", window.assessLeaveGuard);
  else window.removeEventListener("beforeunload", window.assessLeaveGuard);
  document.body.dataset.leaveWarning = on ? "1" : "0";
});
EM_JS(void, js_set_ready, (), { document.body.dataset.ready = "1"; });
EM_JS(void, js_set_language, (const char* lang), { document.documentElement.lang = UTF8ToString(lang) === "zh" ? "zh-CN" : "en"; });
EM_JS(char*, js_local_date_time, (), {
  const d = new Date(), p = (n) => String(n).padStart(2, "0");
  const s = d.getFullYear() + "-" + p(d.getMonth() + 1) + "-" + p(d.getDate()) + " " + p(d.getHours()) + ":" + p(d.getMinutes());
  const n = lengthBytesUTF8(s) + 1, ptr = _malloc(n);
  stringToUTF8(s, ptr, n);
  return ptr;
});
// A 2D canvas draws the character with the device's fonts, white on transparent; its alpha is the glyph. A
// character no installed font has comes out as the browser's "missing" box: the same pixels as U+10FFFD,
// which no font has.
EM_JS(int, js_draw_glyph, (int cp, float em, float baseline, int w, int h, unsigned char* out, float* advance), {
  const families = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', sans-serif";
  const canvas = Module.glyphCanvas || (Module.glyphCanvas = document.createElement("canvas"));
  if (canvas.width < w || canvas.height < h) { canvas.width = Math.max(canvas.width, w); canvas.height = Math.max(canvas.height, h); }
  const ctx = canvas.getContext("2d", {willReadFrequently: true});
  const draw = (text) => {
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.font = em + "px " + families;
    ctx.fillStyle = "#fff";
    ctx.textBaseline = "alphabetic";
    ctx.fillText(text, 1, baseline);
    return ctx.getImageData(0, 0, w, h).data;
  };
  const missingKey = em + "/" + w + "/" + h;
  Module.glyphMissing = Module.glyphMissing || {};
  const missing = Module.glyphMissing[missingKey] || (Module.glyphMissing[missingKey] = draw(String.fromCodePoint(0x10FFFD)));
  const text = String.fromCodePoint(cp);  // beyond U+FFFF too: a surrogate pair
  const px = draw(text);
  let same = true, ink = false;
  for (let i = 3; i < px.length; i += 4) { if (px[i] !== missing[i]) same = false; if (px[i]) ink = true; }
  if (same && (ink || text.trim() !== "")) return 0;  // a blank glyph may be a real space (U+3000)
  for (let i = 0; i < w * h; ++i) HEAPU8[out + i] = px[4 * i + 3];
  HEAPF32[advance >> 2] = ctx.measureText(text).width;
  return 1;
});
// The font files public/boot.js has received, by name (Module.fonts): no file system is linked for them.
EM_JS(void*, js_font_file, (const char* name, int* size), {
  const bytes = Module.fonts && Module.fonts[UTF8ToString(name)];
  if (!bytes) return 0;
  const p = _malloc(bytes.length);
  HEAPU8.set(bytes, p);
  HEAP32[size >> 2] = bytes.length;
  return p;
});
// clang-format on

namespace web {

namespace {
std::function<void(const std::string&, const std::string&)> file_callback;

std::string take(char* p) {
  if (!p) return {};
  std::string s(p);
  free(p);
  return s;
}
}  // namespace

void WebPlatform::download(const std::string& filename, const std::string& mime, const std::string& content) {
  js_download(filename.c_str(), mime.c_str(), content.data(), static_cast<int>(content.size()));
}
void WebPlatform::request_open_file(const std::string& accept) {
  js_request_open_file(accept.c_str());
}
std::string WebPlatform::storage_get(const std::string& key) {
  return take(js_storage_get(key.c_str()));
}
void WebPlatform::storage_set(const std::string& key, const std::string& value) {
  js_storage_set(key.c_str(), value.c_str());
}
void WebPlatform::storage_remove(const std::string& key) {
  js_storage_remove(key.c_str());
}
std::string WebPlatform::tab_storage_get(const std::string& key) {
  return take(js_tab_storage_get(key.c_str()));
}
void WebPlatform::tab_storage_set(const std::string& key, const std::string& value) {
  js_tab_storage_set(key.c_str(), value.c_str());
}
void WebPlatform::tab_storage_remove(const std::string& key) {
  js_tab_storage_remove(key.c_str());
}
void WebPlatform::storage_wipe() {
  js_storage_wipe();
}
void WebPlatform::fresh_start() {
  js_storage_wipe();
  js_close_reports();
  js_fresh_start();
}
void WebPlatform::close_reports() {
  js_close_reports();
}
void WebPlatform::share_link(const std::string& title, const std::string& text, const std::string& url) {
  js_share_link(title.c_str(), text.c_str(), url.c_str());
}
void WebPlatform::share_file(const std::string& title, const std::string& filename, const std::string& mime,
                             const std::string& content) {
  js_share_file(title.c_str(), filename.c_str(), mime.c_str(), content.data(), static_cast<int>(content.size()));
}
void WebPlatform::copy_text(const std::string& text) {
  js_copy_text(text.c_str());
}
void WebPlatform::open_html(const std::string& html) {
  js_open_html(html.data(), static_cast<int>(html.size()));
}
void WebPlatform::print_html(const std::string& html) {
  js_print_html(html.data(), static_cast<int>(html.size()));
}
void WebPlatform::overlay_text(const std::string& text, float x, float y, float w, float h, float px, unsigned abgr) {
  js_overlay_text(text.c_str(), x, y, w, h, px, abgr);
}
void WebPlatform::set_document_language(const std::string& lang) {
  js_set_language(lang.c_str());
}
void WebPlatform::publish_accessible(const std::string& json) {
  js_publish_accessible(json.c_str());
}
void WebPlatform::warn_before_leaving(bool on) {
  js_warn_before_leaving(on);
}
double WebPlatform::now_ms() {
  return web::now_ms();
}
std::string WebPlatform::local_date_time() {
  return take(js_local_date_time());
}

void on_file_opened(std::function<void(const std::string&, const std::string&)> callback) {
  file_callback = std::move(callback);
}
void text_input_focus(bool active, float x, float y, float line_height, ui::Keyboard keyboard, bool next) {
  js_text_input_focus(active, x, y, line_height, static_cast<int>(keyboard), next);
}
void set_ready() {
  js_set_ready();
}
bool font_file(const std::string& name, void*& data, int& size) {
  data = js_font_file(name.c_str(), &size);
  return data != nullptr;
}
bool draw_glyph(unsigned codepoint, float em_px, float baseline_px, int w, int h, unsigned char* alpha, float& advance) {
  return js_draw_glyph(static_cast<int>(codepoint), em_px, baseline_px, w, h, alpha, &advance) != 0;
}
double now_ms() {
  return emscripten_get_now();
}

}  // namespace web

// Called by the page with the bytes of the file the user picked (see public/boot.js).
extern "C" EMSCRIPTEN_KEEPALIVE void platform_file_bytes(const char* name, const char* data, int size) {
  if (web::file_callback) web::file_callback(name, std::string(data, static_cast<std::size_t>(size)));
}
