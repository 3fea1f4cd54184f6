// The platform for the native UI tests: nothing leaves memory, and everything the app asked of the page is
// kept in plain fields a test reads (storage, downloads, the report, the overlay, the mirror, the reloads).
#pragma once
#include <chrono>
#include <map>
#include <string>

#include "platform.hpp"

namespace ui {

class FakePlatform : public Platform {
 public:
  std::map<std::string, std::string> storage;    // localStorage
  std::map<std::string, std::string> tab;        // sessionStorage (this tab's)
  std::string shared_link, shared_file, copied;  // what went to the share sheet and the clipboard
  int reports_closed = 0;                        // close_reports() calls
  std::map<std::string, std::string> downloads;  // by file name
  std::string open_file_accept;                  // the last file chooser asked for
  std::string report, printed;                   // the last report opened in a tab, and printed here
  std::string overlay;                           // the text over the canvas
  std::string accessible;                        // the mirror as last published
  std::string language;
  bool leave_warning = false;
  int fresh_starts = 0;  // how many times the page would have reloaded for a clean slate

  void download(const std::string& filename, const std::string&, const std::string& content) override {
    downloads[filename] = content;
  }
  void request_open_file(const std::string& accept) override { open_file_accept = accept; }
  std::string storage_get(const std::string& key) override {
    const auto it = storage.find(key);
    return it == storage.end() ? std::string() : it->second;
  }
  void storage_set(const std::string& key, const std::string& value) override { storage[key] = value; }
  void storage_remove(const std::string& key) override { storage.erase(key); }
  std::string tab_storage_get(const std::string& key) override {
    const auto it = tab.find(key);
    return it == tab.end() ? std::string() : it->second;
  }
  void tab_storage_set(const std::string& key, const std::string& value) override { tab[key] = value; }
  void tab_storage_remove(const std::string& key) override { tab.erase(key); }
  void storage_wipe() override {
    for (auto* store : {&storage, &tab})
      for (auto it = store->begin(); it != store->end();)
        it = it->first.rfind("suzhou-ai-assess.", 0) == 0 ? store->erase(it) : std::next(it);
  }
  void close_reports() override {
    report.clear();
    printed.clear();
    ++reports_closed;
  }
  void share_link(const std::string&, const std::string&, const std::string& url) override { shared_link = url; }
  void share_file(const std::string&, const std::string& filename, const std::string&, const std::string&) override {
    shared_file = filename;
  }
  void copy_text(const std::string& text) override { copied = text; }
  void fresh_start() override {
    storage_wipe();
    close_reports();
    ++fresh_starts;
  }
  void open_html(const std::string& html) override { report = html; }
  void print_html(const std::string& html) override { printed = html; }
  void overlay_text(const std::string& text, float, float, float, float, float, unsigned) override { overlay = text; }
  void set_document_language(const std::string& lang) override { language = lang; }
  void publish_accessible(const std::string& json) override { accessible = json; }
  void warn_before_leaving(bool on) override { leave_warning = on; }
  double now_ms() override {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
  }
  std::string local_date_time() override { return "2021-06-01 09:00"; }
};

}  // namespace ui
