// The accessible mirror: what the canvas shows, as data the page turns into DOM for screen readers — the
// screen's title, every keyed widget of the last frame (its text, role and state) and the results. It is
// published only when it changes, so a screen reader hears changes, not frames.
#include <nlohmann/json.hpp>

#include "app.hpp"
#include "explain.hpp"
#include "item_registry.hpp"
#include "screens.hpp"

namespace ui {

namespace {

// Checkboxes and text fields as ImGui reports them; choice buttons ("=" in the key) and activity rows act
// as checkboxes too; everything else is a button.
const char* role_of(const RegisteredItem& it) {
  if (it.inputable) return "field";
  if (it.checkable || it.key.find('=') != std::string::npos || it.key.rfind("activity:", 0) == 0) return "choice";
  return "button";
}

}  // namespace

void App::publish_accessible() {
  assess::Json mirror;
  mirror["lang"] = assess::lang_code(session_.lang);
  mirror["title"] = t(screen_row(session_.screen).title) + " · " + policy_.title.in(session_.lang);
  assess::Json& items = mirror["items"] = assess::Json::array();
  for (const RegisteredItem& it : registry_items()) {
    if (it.text.empty()) continue;
    items.push_back(
        {{"key", it.key}, {"text", it.text}, {"role", role_of(it)}, {"checked", it.checked}, {"focused", it.focused}});
  }
  assess::Json& results = mirror["results"] = assess::Json::array();
  // A number that could not be read is said first, as on the screen: the total below leaves it out.
  if (const int pending = session_.pending.count; pending > 0)
    results.push_back(t(Str::pending_numbers, {std::to_string(pending)}));
  if (session_.evaluation.valid()) {
    const assess::Totals& total = session_.evaluation.result().total;
    results.push_back(t(Str::total_exact, {assess::format_yuan(total.min), assess::format_yuan(total.max)}));
    for (const assess::MeasureResult& mr : session_.evaluation.result().measures) {
      if (mr.status == assess::Status::not_claimed || mr.measure->claim == assess::Measure::Claim::none) continue;
      std::string line = assess::article_name(mr.measure->article, session_.lang) + " " + mr.measure->title.in(session_.lang) +
                         ": " + assess::status_label(mr, session_.lang);
      if (mr.status == assess::Status::estimate) line += " " + assess::range_text(mr.min, mr.max, session_.lang);
      results.push_back(line);
    }
  }
  const std::string out = mirror.dump(-1, ' ', false, assess::Json::error_handler_t::replace);
  if (out == session_.accessible_published) return;
  session_.accessible_published = out;
  platform_.publish_accessible(out);
}

}  // namespace ui
