// The web platform layer: every EM_JS of the app lives here. JavaScript side effects only; the page's own
// script (public/index.html) owns the hidden file input and the IME text agent element.
#include <emscripten.h>

#include "platform.hpp"

// clang-format off
EM_JS(void, js_download, (const char* name, const char* mime, const char* data, int size), {
  const bytes = HEAPU8.slice(data, data + size);
  const url = URL.createObjectURL(new Blob([bytes], {type: UTF8ToString(mime)}));
  const a = document.createElement("a");
  a.href = url; a.download = UTF8ToString(name);
  document.body.appendChild(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
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
EM_JS(void, js_storage_wipe, (), {
  for (const store of [window.localStorage, window.sessionStorage]) {
    try {
      for (const key of Object.keys(store)) if (key.startsWith("suzhou-ai-assess.")) store.removeItem(key);
    } catch (e) {}
  }
});
// A hidden frame holding the report is printed, then removed; the report has no script of its own.
EM_JS(void, js_print_html, (const char* html), {
  const old = document.getElementById("print-frame");
  if (old) old.remove();
  const frame = document.createElement("iframe");
  frame.id = "print-frame";
  frame.setAttribute("aria-hidden", "true");
  frame.style.cssText = "position:fixed;width:0;height:0;border:0;left:-10px;top:-10px";
  frame.srcdoc = UTF8ToString(html);
  frame.addEventListener("load", () => { frame.contentWindow.focus(); frame.contentWindow.print(); document.body.dataset.printed = String(Number(document.body.dataset.printed || 0) + 1); });
  document.body.appendChild(frame);
});
EM_JS(void, js_open_html, (const char* html), {
  const url = URL.createObjectURL(new Blob([UTF8ToString(html)], {type: "text/html"}));
  const w = window.open(url, "_blank");
  if (!w) { const a = document.createElement("a"); a.href = url; a.target = "_blank"; a.click(); }
  setTimeout(() => URL.revokeObjectURL(url), 60000);
});
EM_JS(void, js_text_input_focus, (int active, float x, float y, float h), {
  if (window.assessTextAgent) window.assessTextAgent(!!active, x, y, h);
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
// clang-format on

namespace platform {

namespace {
bool storage_enabled = true;
std::function<void(const std::string&, const std::string&)> file_callback;

std::string take(char* p) {
  if (!p) return {};
  std::string s(p);
  free(p);
  return s;
}
}  // namespace

void download(const std::string& filename, const std::string& mime, const std::string& content) {
  js_download(filename.c_str(), mime.c_str(), content.data(), static_cast<int>(content.size()));
}
void request_open_file(const std::string& accept) {
  js_request_open_file(accept.c_str());
}
void on_file_opened(std::function<void(const std::string&, const std::string&)> callback) {
  file_callback = std::move(callback);
}
void storage_enable(bool enabled) {
  storage_enabled = enabled;
}
std::string storage_get(const std::string& key) {
  return storage_enabled ? take(js_storage_get(key.c_str())) : std::string();
}
void storage_set(const std::string& key, const std::string& value) {
  if (storage_enabled) js_storage_set(key.c_str(), value.c_str());
}
void storage_remove(const std::string& key) {
  js_storage_remove(key.c_str());
}
void storage_wipe() {
  js_storage_wipe();
}
void open_html(const std::string& html) {
  js_open_html(html.c_str());
}
void print_html(const std::string& html) {
  js_print_html(html.c_str());
}
void text_input_focus(bool active, float x, float y, float line_height) {
  js_text_input_focus(active, x, y, line_height);
}
void warn_before_leaving(bool on) {
  js_warn_before_leaving(on);
}
void set_ready() {
  js_set_ready();
}
void set_document_language(const std::string& lang) {
  js_set_language(lang.c_str());
}
double now_ms() {
  return emscripten_get_now();
}

std::string local_date_time() {
  return take(js_local_date_time());
}

void publish_accessible(const std::string& json) {
  js_publish_accessible(json.c_str());
}

}  // namespace platform

// Called by the page with the bytes of the file the user picked (see public/boot.js).
extern "C" EMSCRIPTEN_KEEPALIVE void platform_file_bytes(const char* name, const char* data, int size) {
  if (platform::file_callback) platform::file_callback(name, std::string(data, static_cast<std::size_t>(size)));
}
