// The modal dialogs: a file that could not be opened, clearing all data, a link over answers already here, an
// article's text, ending an advisor's session — and the hand-over link and the keypad, drawn in their own files.
// Each is one function drawing its content inside the modal helper, which opens, centres, sizes and closes it.
#include "dialogs.hpp"

#include <imgui.h>

#include <algorithm>
#include <type_traits>
#include <variant>

#include "explain.hpp"
#include "modal.hpp"
#include "numeric_keypad.hpp"
#include "share_dialog.hpp"
#include "widgets.hpp"

namespace ui {

namespace {

// What the modal helper needs of each kind: its ImGui id and its widest size (layout pixels).
struct ModalSize {
  const char* id;
  float width;
  float margin = 32;  // kept free of it on a narrow screen
};
ModalSize size_of(const dialog::OpenErrors&) {
  return {"##open_errors", 640};
}
ModalSize size_of(const dialog::ConfirmClear&) {
  return {"##clear", 640};
}
ModalSize size_of(const dialog::LinkChoice&) {
  return {"##link_choice", 640};
}
ModalSize size_of(const dialog::Article&) {
  return {"##article", 640};
}
ModalSize size_of(const dialog::Share&) {
  return {"##share", 560, 16};
}
ModalSize size_of(const dialog::ConfirmEndSession&) {
  return {"##end_session", 560};
}
ModalSize size_of(const dialog::Keypad&) {
  return {"##keypad", 420, 16};
}

Request draw(const ScreenContext& c, const dialog::OpenErrors& d, Modal& m) {
  registry_mark_alert();  // an error: a screen reader says it at once (alertdialog)
  heading_text(nullptr, c.t(Str::open_failed_title), 2, &kBad);
  text_wrapped_whole(c.t(Str::open_failed_body));
  ImGui::BeginChild("##errs", ImVec2(0, std::min(c.px(320), (ImGui::GetTextLineHeightWithSpacing() * 2) *
                                                                static_cast<float>(d.lines.size() + 1))));
  for (const std::string& e : d.lines) bullet_wrapped(e.c_str());
  ImGui::EndChild();
  if (primary_button(c.t(Str::ok) + "##dialog:ok", ImVec2(c.px(120), c.px(44))) || m.escaped()) m.close();
  return {};
}

Request draw(const ScreenContext& c, const dialog::ConfirmClear&, Modal& m) {
  Request asked;
  heading_text(nullptr, c.t(c.advisor() ? Str::clear_enterprise : Str::clear_title), 2);
  text_wrapped_whole(c.t(c.advisor() ? Str::clear_enterprise_body : Str::clear_body));
  if (primary_button(c.t(Str::clear_confirm) + "##dialog:clear", ImVec2(c.px(120), c.px(44)))) {
    asked = request::ClearData{};
    m.close();
  }
  ImGui::SameLine();
  if (secondary_button(c.t(Str::cancel) + "##dialog:cancel", ImVec2(c.px(120), c.px(44))) || m.escaped()) m.close();
  return asked;
}

Request draw(const ScreenContext& c, dialog::LinkChoice& d, Modal& m) {
  Request asked;
  heading_text(nullptr, c.t(Str::link_choice_title), 2);
  text_wrapped_whole(c.t(Str::link_choice_body));
  const bool use_link = primary_button(c.t(Str::link_use) + "##dialog:link_use", ImVec2(0, c.px(44)));
  ImGui::SameLine();
  // Keeping the answers here is the safe way out: escape keeps them too, and the link's answers go with the dialog.
  const bool keep = secondary_button(c.t(Str::link_keep) + "##dialog:link_keep", ImVec2(0, c.px(44))) || m.escaped();
  if (use_link) asked = request::UseLink{std::move(d.profile)};
  if (use_link || keep) m.close();
  return asked;
}

Request draw(const ScreenContext& c, const dialog::Article& d, Modal& m) {
  if (const assess::Article* a = c.policy.article(d.number)) {
    heading_text(nullptr, assess::article_name(a->number, c.lang()) + " " + a->title.in(c.lang()), 2);
    ImGui::Separator();
    ImGui::BeginChild("##text", ImVec2(0, c.px(300)));
    text_wrapped_whole(a->text.in(c.lang()));
    if (c.lang() == assess::Lang::en) {  // the original beside the translation: the Chinese text is authoritative
      ImGui::Spacing();
      text_muted(a->text.zh);
    }
    ImGui::EndChild();
  }
  if (primary_button(c.t(Str::close) + "##dialog:close", ImVec2(c.px(120), c.px(44))) || m.escaped()) m.close();
  return {};
}

Request draw(const ScreenContext& c, const dialog::ConfirmEndSession&, Modal& m) {
  Request asked;
  registry_mark_alert();  // everything of the session would go: said at once (alertdialog)
  text_wrapped_whole(c.t(Str::end_session_body, {std::to_string(c.session.advisor.enterprises.size())}));
  // Keeping everything is the safe choice: it comes first and has the keyboard focus; the wipe is red.
  if (primary_button(c.t(Str::cancel) + "##dialog:cancel_end", ImVec2(0, c.px(44))) || m.escaped()) m.close();
  ImGui::SetItemDefaultFocus();
  ImGui::SameLine();
  if (danger_button(c.t(Str::end_session_confirm) + "##dialog:end_session", ImVec2(0, c.px(44)))) {
    asked = request::EndSession{};  // the App wipes the session: everything held here goes
    m.close();
  }
  return asked;
}

}  // namespace

Request draw_dialogs(const ScreenContext& c, DialogQueue& dialogs, const std::function<std::string()>& share_link,
                     QrModules& qr) {
  Dialog* shown = dialogs.front();
  if (!shown) return {};
  Request asked;
  bool closed = false;
  std::visit(
      [&](auto& d) {
        const ModalSize size = size_of(d);
        Modal m(c, size.id, size.width, size.margin);
        if (!m) return;
        using Kind = std::decay_t<decltype(d)>;
        if constexpr (std::is_same_v<Kind, dialog::Share>)
          asked = draw_share_dialog(c, m, share_link(), qr);
        else if constexpr (std::is_same_v<Kind, dialog::Keypad>)
          asked = draw_keypad(c, d, m);
        else
          asked = draw(c, d, m);
        closed = m.closed();
      },
      *shown);
  if (closed) dialogs.close_front();
  return asked;
}

void draw_toast(const ScreenContext& c) {
  const Toast& toast = c.session.toast;
  if (toast.text.empty() || c.now_ms >= toast.until) return;
  ImVec2 size = ImGui::CalcTextSize(toast.text.c_str());
  ImVec2 vp = ImGui::GetMainViewport()->Size;
  ImGui::SetNextWindowPos(ImVec2((vp.x - size.x) * 0.5f - c.px(16), vp.y - size.y - c.px(48)));
  ImGui::SetNextWindowBgAlpha(0.92f);
  ImGui::Begin("##toast", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoInputs |
                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoSavedSettings);
  ImGui::TextUnformatted(toast.text.c_str());
  ImGui::End();
}

}  // namespace ui
