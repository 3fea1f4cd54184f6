// The one way a dialog is drawn: a modal window centred over the dimmed screen, as tall as its content, at most
// `width` layout pixels wide (on a narrow screen, the screen's width less `margin`). Escape closes every dialog:
// each dialog decides what escape means (cancel, close, "still here"), the helper tells it escape was pressed.
//
//   if (Modal m{c, "##clear", 640}) {
//     …
//     if (secondary_button(…) || m.escaped()) m.close();
//   }
#pragma once
#include "screen_context.hpp"

namespace ui {

class Modal {
 public:
  Modal(const ScreenContext& c, const char* id, float width, float margin = 32);
  ~Modal();
  Modal(const Modal&) = delete;
  Modal& operator=(const Modal&) = delete;

  // Whether it is drawn this frame; its content is drawn only then.
  explicit operator bool() const { return open_; }
  // Escape was pressed while it showed: the dialog's way out.
  bool escaped() const;
  // Closes it at the end of this frame (the last act of its buttons).
  void close();
  bool closed() const { return closed_; }

 private:
  bool open_ = false;
  bool closed_ = false;
};

}  // namespace ui
