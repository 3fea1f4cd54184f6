// The hand-over dialog: the answers as a link (share_base#p=CODE) drawn as a QR code, so a visitor can carry
// the estimate away on a phone with nothing sent anywhere: the fragment after # never reaches a server. On the
// phone in hand there is nothing to scan: the link goes to the system share sheet or the clipboard, and the
// report and the answers can be kept as files.
#include "share_dialog.hpp"

#include <imgui.h>

#include <cmath>
#include <qrcodegen.hpp>

#include "share_address.hpp"
#include "widgets.hpp"

namespace ui {

namespace {

// The largest byte payload QR code version 40 holds at error-correction level L (ISO/IEC 18004 table 7).
// Level L suffices for a code shown on a screen (nothing scratches it) and keeps the modules large; the encoder
// raises the level on its own when that fits in the same size.
constexpr std::size_t kQrCapacityL = 2953;

// The code of the last link, kept in the Session so it is built once per change rather than once per frame.
using QrCache = QrModules;

const QrCache& qr_for(QrCache& cache, const std::string& text) {
  if (cache.text == text && cache.size > 0) return cache;
  cache.text = text;
  cache.size = 0;
  cache.modules.clear();
  if (text.size() > kQrCapacityL) return cache;  // checked first: the encoder would throw, and wasm has no exceptions
  const std::vector<std::uint8_t> bytes(text.begin(), text.end());
  const qrcodegen::QrCode qr = qrcodegen::QrCode::encodeBinary(bytes, qrcodegen::QrCode::Ecc::LOW);
  cache.size = qr.getSize();
  cache.modules.resize(static_cast<std::size_t>(cache.size * cache.size));
  for (int y = 0; y < cache.size; ++y)
    for (int x = 0; x < cache.size; ++x) cache.modules[static_cast<std::size_t>(y * cache.size + x)] = qr.getModule(x, y);
  return cache;
}

// The code, whole device pixels per module, with the 4-module quiet zone the standard asks for, on white: on a
// desktop or a kiosk at least 6 cm across (a phone held 40 cm away reads it).
void draw_qr(const ScreenContext& c, const QrCache& qr) {
  const ImVec2 vp = ImGui::GetMainViewport()->Size;
  const int quiet = 4, span = qr.size + 2 * quiet;
  const float avail = std::min(ImGui::GetContentRegionAvail().x, std::min(vp.y * 0.6f, c.px(480)));
  const float module = std::max(1.0f, std::floor(avail / static_cast<float>(span)));
  const float side = module * static_cast<float>(span);
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (ImGui::GetContentRegionAvail().x - side) * 0.5f);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const ImVec2 origin(std::floor(at.x), std::floor(at.y));  // whole pixels: crisp module edges
  ImGui::InvisibleButton("##share:qr", ImVec2(side, side));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(origin, ImVec2(origin.x + side, origin.y + side), IM_COL32(255, 255, 255, 255));
  for (int y = 0; y < qr.size; ++y)
    for (int x = 0; x < qr.size; ++x)
      if (qr.modules[static_cast<std::size_t>(y * qr.size + x)]) {
        const ImVec2 a(origin.x + module * static_cast<float>(x + quiet), origin.y + module * static_cast<float>(y + quiet));
        dl->AddRectFilled(a, ImVec2(a.x + module, a.y + module), IM_COL32(0, 0, 0, 255));
      }
}

// A full-width button of a finger's height: the dialog's actions, one under the other.
bool action_button(const ScreenContext& c, const std::string& label, bool primary = false) {
  const ImVec2 size(ImGui::GetContentRegionAvail().x, c.px(48));
  return primary ? primary_button(label, size) : secondary_button(label, size);
}

// The other ways to keep the result when there is no code to scan: the answers as a file and the report (a
// kiosk keeps no files: it prints).
Request other_ways(const ScreenContext& c) {
  Request asked;
  if (!c.kiosk() && action_button(c, c.t(Str::save) + "##share:save")) asked = request::SaveAnswers{};
  if (action_button(c, c.t(c.kiosk() ? Str::print : Str::report) + "##share:report")) asked = request::Report{};
  return asked;
}

// On the phone in hand: the link to the share sheet (where the browser has one) or the clipboard, when the page's
// address opens elsewhere; the report and the answers as files in any case.
Request phone_ways(const ScreenContext& c, const std::string& link, bool link_opens_elsewhere) {
  Request asked;
  if (link_opens_elsewhere) {
    text_wrapped_whole(c.t(Str::share_body_phone));
    if (c.options.share_sheet && action_button(c, c.t(Str::share_send) + "##share:send", true)) asked = request::ShareLink{link};
    if (action_button(c, c.t(Str::share_copy) + "##share:copy")) asked = request::CopyLink{link};
    text_muted(c.t(Str::share_privacy));
  } else {
    text_wrapped_whole(c.t(Str::share_no_link_phone));  // a plain sentence: the address is the administrator's to fix
  }
  ImGui::Spacing();
  if (c.options.share_sheet && action_button(c, c.t(Str::share_report_file) + "##share:report_share"))
    asked = request::ShareReport{};
  if (action_button(c, c.t(Str::save_report) + "##share:report_save")) asked = request::SaveReport{};
  if (action_button(c, c.t(Str::save) + "##share:save")) asked = request::SaveAnswers{};
  return asked;
}

}  // namespace

Request draw_share_dialog(const ScreenContext& c, Modal& modal, const std::string& link, QrModules& cache) {
  Request asked;
  heading_text(c.heading_font, c.t(c.options.handheld ? Str::share_title_phone : Str::share_title), 2);
  const bool has_address = c.options.share_base.rfind("http", 0) == 0;  // a file:// page has none a phone could open
  const bool local = has_address && is_local_address(c.options.share_base);
  if (c.options.handheld) {
    asked = phone_ways(c, link, has_address && !local);
  } else if (!has_address || local) {
    // A code no phone can open would send a visitor away with nothing: say so plainly (the administrator's
    // advice goes to the console, wasm/main_web.cpp), and offer the other ways to keep the result.
    if (!has_address)
      text_wrapped_colored(kWarn, c.t(c.kiosk() ? Str::share_no_address_kiosk : Str::share_no_address));
    else
      text_wrapped_colored(kWarn, c.kiosk() ? c.t(Str::share_local_address_kiosk)
                                            : c.t(Str::share_local_address, {url_host(c.options.share_base)}));
    asked = other_ways(c);
  } else if (const QrCache& qr = qr_for(cache, link); qr.size == 0) {
    text_wrapped_colored(kBad, c.t(c.kiosk() ? Str::share_too_long_kiosk : Str::share_too_long));
    asked = other_ways(c);
  } else {
    text_wrapped_whole(c.t(Str::share_body));
    draw_qr(c, qr);
    text_muted(c.t(Str::share_privacy));
  }
  ImGui::Spacing();
  // A way chosen closes the dialog as "close" and Escape do — except on the phone in hand, where one may send the
  // link, then copy it or keep the report too: the dialog stays until closed.
  if (primary_button(c.t(Str::close) + "##share:close", ImVec2(c.px(140), c.px(48))) || modal.escaped() ||
      (!c.options.handheld && !std::holds_alternative<std::monostate>(asked)))
    modal.close();
  return asked;
}

}  // namespace ui
