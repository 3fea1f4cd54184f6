// Native stand-ins for the platform layer: files and storage in memory, so ui/ links and can be driven by
// tests without a browser.
#include <chrono>
#include <ctime>
#include <map>

#include "platform.hpp"

namespace platform {

namespace {
std::map<std::string, std::string>& memory() {
  static std::map<std::string, std::string> m;
  return m;
}
std::map<std::string, std::string>& tab_memory() {  // sessionStorage
  static std::map<std::string, std::string> m;
  return m;
}
bool storage_enabled = true;
std::function<void(const std::string&, const std::string&)> file_callback;
}  // namespace

void download(const std::string& filename, const std::string&, const std::string& content) {
  memory()["download:" + filename] = content;
}
void request_open_file(const std::string&) {}
void share_link(const std::string&, const std::string& text, const std::string& url) {
  memory()["shared"] = text + "\n" + url;  // for tests: what the share sheet would have been given
}
void share_file(const std::string&, const std::string& filename, const std::string&, const std::string& content) {
  memory()["shared:" + filename] = content;
}
void copy_text(const std::string& text) {
  memory()["clipboard"] = text;
}
void on_file_opened(std::function<void(const std::string&, const std::string&)> callback) {
  file_callback = std::move(callback);
}
void storage_enable(bool enabled) {
  storage_enabled = enabled;
}
std::string storage_get(const std::string& key) {
  if (!storage_enabled) return {};
  auto it = memory().find(key);
  return it == memory().end() ? std::string() : it->second;
}
void storage_set(const std::string& key, const std::string& value) {
  if (storage_enabled) memory()[key] = value;
}
void storage_remove(const std::string& key) {
  memory().erase(key);
}
std::string tab_storage_get(const std::string& key) {
  auto it = tab_memory().find(key);
  return it == tab_memory().end() ? std::string() : it->second;
}
void tab_storage_set(const std::string& key, const std::string& value) {
  tab_memory()[key] = value;
}
void tab_storage_remove(const std::string& key) {
  tab_memory().erase(key);
}
void storage_wipe() {
  for (auto* store : {&memory(), &tab_memory()})
    for (auto it = store->begin(); it != store->end();)
      it = it->first.rfind("suzhou-ai-assess.", 0) == 0 ? store->erase(it) : std::next(it);
}
void close_reports() {
  memory().erase("printed");
  memory().erase("report");
}
void fresh_start() {
  storage_wipe();
  close_reports();
  memory()["fresh_start"] += "1";  // counted (one "1" each), for tests: the page would reload here
}
void open_html(const std::string& html) {
  memory()["report"] = html;
}
void print_html(const std::string& html) {
  memory()["printed"] = html;
}
void text_input_focus(bool, float, float, float, Keyboard, bool) {}
void overlay_text(const std::string& text, float, float, float, float, float, unsigned) {
  memory()["overlay_text"] = text;  // for tests: what the page would show over the canvas
}
void warn_before_leaving(bool on) {
  memory()["leave_warning"] = on ? "1" : "0";
}
void set_ready() {}
void set_document_language(const std::string&) {}
bool font_file(const std::string&, void*&, int&) {
  return false;
}

bool draw_glyph(unsigned, float, float, int, int, unsigned char*, float&) {
  return false;  // no browser fonts here: the atlas keeps its fallback glyph
}
double now_ms() {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

std::string local_date_time() {
  std::time_t t = std::time(nullptr);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", std::localtime(&t));
  return buf;
}

void publish_accessible(const std::string& json) {
  memory()["accessible"] = json;
}

}  // namespace platform
