// Entry point of the web app: the host — GLFW + WebGL2 + Dear ImGui set-up, fonts, the frame loop, the IME text
// agent hook — and the functions the page calls (window.assess and the file/font/text bridges in public/boot.js).
// The host's state is one struct, WebHost, with init / frame / shutdown, as ImGui's own backends keep theirs;
// when to draw, publish the accessible mirror and sleep is FrameSchedule's to decide (frame_schedule.hpp,
// tested natively). ImGui works in device pixels: the page sizes the canvas to CSS size × devicePixelRatio, and
// the app scales its fonts and style by that ratio, so text stays sharp on HiDPI screens.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app.hpp"
#include "draw_fingerprint.hpp"
#include "embedded_policy.hpp"
#include "frame_schedule.hpp"
#include "glyph_fallback.hpp"
#include "item_registry.hpp"
#include "platform_web.hpp"
#include "share_address.hpp"
#include "touch_input.hpp"

namespace {

constexpr float kBodyPx = 17.0f;
constexpr float kHeadingPx = 24.0f;

// How recent frames went, for window.assess.timings() (bench/web-budget.mjs, tests/browser/idle.test.mjs).
struct FrameTimes {
  int shown = 0;           // frames whose picture differed from the last one, and were sent to the canvas
  std::vector<double> ms;  // CPU time of recent frames (app + ImGui + GL submission), newest last
  std::vector<double> at;  // when those frames started (ms, the page's clock)
  void add(double start, double cpu_ms) {
    if (ms.size() >= 600) ms.erase(ms.begin()), at.erase(at.begin());
    ms.push_back(cpu_ms);
    at.push_back(start);
  }
};

struct WebHost {
  GLFWwindow* window = nullptr;
  web::WebPlatform platform;
  std::unique_ptr<ui::App> app;
  host::FrameSchedule schedule;
  long wake_timer = 0;                  // emscripten_set_timeout id of a due timer while sleeping, or 0
  ui::TouchInput touch;                 // fingers, from the page's Pointer Events (app_touch below)
  bool kiosk = false;                   // kiosk mode: everything is enlarged to the screen (ui_zoom)
  float dpr = 1.0f;                     // device pixels per CSS pixel
  float scale = 1.0f;                   // device pixels per layout pixel: dpr × the kiosk's enlargement
  int fonts_in = 0;                     // font files the page has received after the first one (app_fonts_ready)
  int fonts_baked = 0;                  // how many of them the atlas was last built with
  std::uint64_t shown_fingerprint = 0;  // draw_fingerprint of the picture on the canvas
  std::uint64_t visible_items = 0;      // ui::registry_visible_fingerprint() of the last frame
  FrameTimes times;
  ImGuiPlatformImeData ime{};
  int escape_stage = -1;  // Escape pressed in the accessible mirror: down, then up, in two frames

  bool init(int argc, char** argv);
  void frame();
  void shutdown();
  void wake(int frames = host::FrameSchedule::kSettleFrames, bool change = true);

  ui::AppOptions options_from(int argc, char** argv);
  float ui_zoom(int canvas_w, int canvas_h, float ratio) const;
  void build_fonts();
  bool rescale_and_refresh_atlas(int w, int h);
  void feed_mirror_escape();
  host::Activity activity() const;
  void sleep_or_draw_on();
  std::string timings_json() const;
  std::string status_json() const;
};

WebHost web_host;

// The first of these font files the page has received: the subsets arrive smallest first (public/boot.js).
// Their bytes are in malloc'd memory, which the atlas owns and frees (ImGui's default allocator is malloc).
bool read_first(std::initializer_list<const char*> names, void*& data, int& size) {
  for (const char* name : names)
    if (web::font_file(name, data, size)) return true;
  return false;
}

// Device pixels per CSS pixel, within the range the app is laid out for.
float device_pixel_ratio() {
  const float r = static_cast<float>(emscripten_get_device_pixel_ratio());
  return r < 1 ? 1 : r > 3 ? 3 : r;
}

char* copy_out(const std::string& s) {
  char* p = static_cast<char*>(std::malloc(s.size() + 1));
  std::memcpy(p, s.c_str(), s.size() + 1);
  return p;
}

// Builds the font atlas from the largest subset in: the body font from the full subset when it has arrived
// (any common hanzi a user may type), else from the initial subset (every character of the policy and the UI),
// else from the start subset (the start page's characters, all the first frame needs); headings from the
// initial subset, else the start subset. Glyph ranges cover all of the BMP: only glyphs present in a subset
// are baked. Characters no subset in has come from the device's fonts, in cells the atlas keeps for them.
void WebHost::build_fonts() {
  static const ImWchar bmp[] = {0x0020, 0xFFFF, 0};
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  ImFont* body = nullptr;
  ImFont* heading = nullptr;
  void* data = nullptr;
  int size = 0;
  ImFontConfig cfg;
  cfg.OversampleH = 1;  // CJK glyphs are dense; horizontal oversampling would double the atlas for little gain
  cfg.PixelSnapH = true;
  if (read_first({"full.otf", "initial.otf", "start.otf"}, data, size))
    body = io.Fonts->AddFontFromMemoryTTF(data, size, kBodyPx * scale, &cfg, bmp);
  if (read_first({"initial.otf", "start.otf"}, data, size))
    heading = io.Fonts->AddFontFromMemoryTTF(data, size, kHeadingPx * scale, &cfg, bmp);
  // Not reached: the page starts the app only once its first font file is in (public/boot.js). The web build's
  // ImGui has no built-in font to fall back on (cmake/imgui.cmake).
  IM_ASSERT(body && heading);
  glyph_fallback::reserve(io.Fonts);
  io.Fonts->Build();
  glyph_fallback::after_build(io.Fonts);
  io.FontDefault = body;
  fonts_baked = fonts_in;
  if (app) app->set_fonts(body, heading);
}

// A kiosk's screen is read from a step away: type and targets grow with the screen, from the size of a small
// tablet up (720 CSS px on the short side) to twice that, so a 1080 × 1920 kiosk shows 25 px text and 67 px
// targets. Elsewhere a CSS pixel is a layout pixel: the browser's own zoom is the user's to set.
float WebHost::ui_zoom(int canvas_w, int canvas_h, float ratio) const {
  if (!kiosk) return 1.0f;
  const float short_side = static_cast<float>(std::min(canvas_w, canvas_h)) / ratio;
  return std::min(2.0f, std::max(1.0f, short_side / 720.0f));
}

// Something happened that the screen may show: draw again, for at least `frames` frames. Every input, page
// event and bridge call ends here (public/boot.js calls it for DOM events through app_wake). A timer's or the
// fonts' own frames are no `change`: whether they changed what the screen lists shows in its widgets.
void WebHost::wake(int frames, bool change) {
  if (!schedule.wake(frames, change)) return;
  if (wake_timer) emscripten_clear_timeout(wake_timer);
  wake_timer = 0;
  emscripten_resume_main_loop();
}

// What keeps the loop drawing without new input. Whatever animates (e.g. touch scrolling while a finger is
// down or momentum runs) adds its condition here, or calls wake() as it goes.
host::Activity WebHost::activity() const {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  host::Activity a;
  // A mirror control's focus or press waiting for its widget to be drawn in view; Escape from the mirror.
  a.clicking = ui::registry_pending() || escape_stage >= 0;
  a.fonts_waiting = fonts_in != fonts_baked;
  // A finger down, its tap still going through ImGui's queue, or a list flying on after a swipe.
  a.input_pending = touch.active() || g.InputEventsQueue.Size > 0;
  // A button or key held: ImGui repeats keys and buttons itself, from how long they have been down.
  a.held = ImGui::IsAnyMouseDown();
  for (int k = ImGuiKey_NamedKey_BEGIN; k < ImGuiKey_NamedKey_END && !a.held; ++k)
    a.held = ImGui::IsKeyDown(static_cast<ImGuiKey>(k));
  // A window that has just appeared (a dialog, the kiosk's warning) is drawn hidden while it sizes itself: the
  // frames until it shows, however it was opened (a timer's frame is one frame).
  for (const ImGuiWindow* win : g.Windows)
    a.sizing = a.sizing || (win->Active && win->HiddenFramesCannotSkipItems > 0);  // (CanSkipItems: scrolled away)
  a.dimming = g.DimBgRatio > 0 && g.DimBgRatio < 1;  // a modal's dimmed background fades in (and out)
  return a;
}

// After a frame: on to the next, or the loop pauses (no requestAnimationFrame, no CPU) until wake(), or until
// the app's next timer is due (kiosk idle warning, its countdown's next second, a toast ending).
void WebHost::sleep_or_draw_on() {
  const host::FrameSchedule::Next next = schedule.end(activity(), app->ms_until_due());
  if (next.draw) return;
  emscripten_pause_main_loop();
  if (next.timer_ms >= 0)
    wake_timer = emscripten_set_timeout([](void*) { web_host.wake_timer = 0, web_host.wake(1, false); }, next.timer_ms, nullptr);
}

// Browser zoom changes the device pixel ratio: the page resizes the canvas, and here the style and the fonts
// follow, so zooming in makes everything larger and still sharp (WCAG 1.4.4). Between frames is the only safe
// moment to change the atlas: characters the fonts lack are added to it; when their cells are full, or a larger
// subset arrives, it is built again. True when the atlas changed (its picture must be sent).
bool WebHost::rescale_and_refresh_atlas(int w, int h) {
  dpr = device_pixel_ratio();
  const float wanted = dpr * ui_zoom(w, h, dpr);
  const bool rescale = std::fabs(wanted - scale) > 0.01f;
  if (rescale) {
    scale = wanted;
    app->set_scale(scale);
    touch.set_scale(dpr);
  }
  bool rebuild = fonts_in != fonts_baked || rescale;
  const bool atlas_changed = rebuild || glyph_fallback::pending();
  if (!rebuild && glyph_fallback::pending() && !glyph_fallback::flush(ImGui::GetIO().Fonts)) rebuild = true;
  if (rebuild) {
    build_fonts();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  return atlas_changed;
}

// The page keeps the mirror's keys from GLFW (they are the DOM's): Escape reaches ImGui from here, after the
// backend, so a dialog closes the same way for a keyboard on the mirror as on the canvas.
void WebHost::feed_mirror_escape() {
  if (escape_stage < 0) return;
  ImGui::GetIO().AddKeyEvent(ImGuiKey_Escape, escape_stage == 0);
  escape_stage = escape_stage == 0 ? 1 : -1;
}

void WebHost::frame() {
  int w = 0, h = 0;
  emscripten_get_canvas_element_size("#canvas", &w, &h);
  const bool atlas_changed = rescale_and_refresh_atlas(w, h);
  const double start = web::now_ms();
  ui::registry_new_frame();
  // A full frame is drawn unclipped (ImGui does not clip while logging), so the registry lists every widget of
  // the screen, off-screen ones included: the accessible mirror is published from those frames.
  const host::FrameSchedule::Frame plan = schedule.begin(ui::registry_pending());
  if (plan.publish_mirror) app->publish_accessible();
  glfwPollEvents();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  feed_mirror_escape();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
  io.DisplayFramebufferScale = ImVec2(1, 1);
  ImGui::NewFrame();
  touch.frame(web::now_ms());
  if (plan.full) ImGui::LogToBuffer();
  // Input applied in this frame acts during it, maybe after its widget was listed: a full frame comes after it.
  if (ImGui::GetCurrentContext()->InputEventsTrail.Size > 0) schedule.changed();
  app->frame(static_cast<float>(w), static_cast<float>(h));
  // Widgets that appeared, went or changed with no input (a timer's frame): the mirror must list them. A full
  // frame registers off-screen widgets too, but the visible ones are the same as in a normal frame.
  if (const std::uint64_t items = ui::registry_visible_fingerprint(); items != visible_items) {
    visible_items = items;
    schedule.changed();
  }
  // A full frame logs every text of the screen, dialogs and off-screen parts included: any character the fonts
  // lack is drawn for the next frame.
  const ImGuiTextBuffer& text = ImGui::GetCurrentContext()->LogBuffer;
  if (plan.full && glyph_fallback::want(io.Fonts, text.begin(), text.end())) wake(2, false);
  if (plan.full) ImGui::LogFinish();
  ImGui::Render();
  // Settling frames, a timer that changed nothing visible, a full frame's twin: the canvas keeps its picture
  // unless this one differs. Each picture sent costs the browser far more than the frame (it is composited).
  // A full frame is not sent at all: it shows the same pixels (what it adds off-screen is cut by the clip
  // rectangles) from different draw data, and the frame after it, which always runs, sends the picture if it
  // changed. Only a new atlas is sent at once.
  const std::uint64_t fingerprint = plan.full ? shown_fingerprint : draw_fingerprint::of(*ImGui::GetDrawData());
  if (host::FrameSchedule::send_picture(plan.full, atlas_changed, fingerprint, shown_fingerprint)) {
    glViewport(0, 0, w, h);
    glClearColor(0.957f, 0.965f, 0.976f, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    shown_fingerprint = fingerprint;
    ++times.shown;
  }
  // The hidden input follows the caret so the IME candidate window appears next to the text (CSS pixels), asks
  // for the field's keyboard, and keeps the focus while Enter moves the edit to the next field.
  const ui::Typing& typing = app->typing();
  web::text_input_focus(io.WantTextInput || typing.hold_agent > 0, ime.InputPos.x / dpr, ime.InputPos.y / dpr,
                        ime.InputLineHeight / dpr, typing.keyboard, typing.has_next);
  times.add(start, web::now_ms() - start);
  if (schedule.frames() == 1) web::set_ready();  // frame 0 lays out, frame 1 is the first complete picture
  sleep_or_draw_on();
}

ui::AppOptions WebHost::options_from(int argc, char** argv) {
  ui::AppOptions o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--lang=en") o.lang = assess::Lang::en;
    if (a == "--storage=off") o.storage = false;
    if (a == "--mode=kiosk") o.mode = ui::Mode::kiosk;
    if (a == "--mode=advisor") o.mode = ui::Mode::advisor;
    // Kiosk timers in seconds, from config.json (the page checks their range: docs/modes.md).
    if (a.rfind("--idle=", 0) == 0 && std::atof(a.c_str() + 7) > 0) o.idle_ms = std::atof(a.c_str() + 7) * 1000;
    if (a.rfind("--countdown=", 0) == 0 && std::atof(a.c_str() + 12) > 0) o.countdown_ms = std::atof(a.c_str() + 12) * 1000;
    if (a.rfind("--share-base=", 0) == 0) o.share_base = a.substr(13);
    if (a.rfind("--share=", 0) == 0) o.share_code = a.substr(8);
    if (a == "--handheld") o.handheld = true;
    if (a == "--share-sheet") o.share_sheet = true;
  }
  kiosk = o.mode == ui::Mode::kiosk;
  dpr = device_pixel_ratio();
  int w = 0, h = 0;
  emscripten_get_canvas_element_size("#canvas", &w, &h);
  o.scale = dpr * ui_zoom(w, h, dpr);
  return o;
}

bool WebHost::init(int argc, char** argv) {
  ui::AppOptions options = options_from(argc, argv);
  scale = options.scale;
  touch.set_scale(dpr);
  app = std::make_unique<ui::App>(assess::embedded_policy_json(), options, platform);
  if (!app->ok()) {
    for (const auto& e : app->load_errors()) std::fprintf(stderr, "policy: %s\n", e.line(assess::Lang::en).c_str());
    return false;
  }
  // A page on a local server hands out links no phone can open: its administrator must set share_url. The
  // advice is for the console (and docs/modes.md); a visitor is told plainly and offered the other ways.
  if (ui::is_local_address(options.share_base))
    std::fprintf(stderr,
                 "config.json: share_url is not set and this page's address (%s) is local: no phone can open "
                 "hand-over links or QR codes, so none are offered. Set share_url to the tool's public address "
                 "(docs/modes.md).\n",
                 options.share_base.c_str());
  if (!glfwInit()) return false;
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  int w = 0, h = 0;
  emscripten_get_canvas_element_size("#canvas", &w, &h);
  window = glfwCreateWindow(w > 0 ? w : 1280, h > 0 ? h : 800, "assess", nullptr, nullptr);
  if (!window) return false;
  glfwMakeContextCurrent(window);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // nothing is written anywhere, not even window positions
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.SetPlatformImeDataFn = [](ImGuiViewport*, ImGuiPlatformImeData* data) { web_host.ime = *data; };
  ImGui::GetCurrentContext()->TestEngineHookItems = true;  // feeds ui/item_registry
  app->apply_theme();
  build_fonts();
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  app->set_lang(options.lang);
  io.ConfigInputTextCursorBlink = false;  // a blinking caret would need frames forever
  web::on_file_opened([](const std::string& name, const std::string& text) {
    web_host.app->open_answers_text(name, text);
    web_host.wake();
  });
  return true;
}

// Stops the loop and lets the app go (and with it whatever a visitor entered): what a host that can fail half
// way through init() needs. The GL context and ImGui's own state go with the page, which never ends the app
// otherwise (a wipe reloads it); tearing them down here would only add ImGui's shutdown code to the download.
void WebHost::shutdown() {
  emscripten_cancel_main_loop();
  if (wake_timer) emscripten_clear_timeout(wake_timer);
  wake_timer = 0;
  app.reset();
}

// The app's own timings for bench/web-budget.mjs and the tests: frames run so far and, of them, those whose
// picture was sent to the canvas (the others looked the same as the last one), characters asked of the
// device's fonts, when recent frames started and their CPU times, and re-evaluation times (ms).
std::string WebHost::timings_json() const {
  return assess::Json{{"frames", schedule.frames()}, {"frames_shown", times.shown}, {"device_glyphs", glyph_fallback::asked()},
                      {"frame_at", times.at},        {"frame_ms", times.ms},        {"evaluation_ms", app->evaluation_ms()}}
      .dump();
}

// What the app shows (App::status) and whether the loop has settled: asleep, so every queued input is applied,
// the accessible mirror published, nothing animating — what a test waits for before it reads the screen,
// however slow the machine.
std::string WebHost::status_json() const {
  assess::Json status = app->status();
  status["settled"] = schedule.sleeping();
  return status.dump();
}

}  // namespace

int main(int argc, char** argv) {
  if (!web_host.init(argc, argv)) {
    web_host.shutdown();
    return 1;
  }
  emscripten_set_main_loop([] { web_host.frame(); }, 0, false);
  return 0;
}

// The page's bridges and the host API (window.assess in public/boot.js).
extern "C" {
EMSCRIPTEN_KEEPALIVE char* assess_evaluate(const char* profile, const char* lang) {
  assess::Lang l = assess::Lang::zh;
  assess::parse_lang(lang ? lang : "zh", l);
  return copy_out(web_host.app->evaluate_json(profile ? profile : "", l));
}
EMSCRIPTEN_KEEPALIVE const char* assess_policy() {
  return web_host.app->policy().source.c_str();
}
EMSCRIPTEN_KEEPALIVE char* app_profile() {
  return copy_out(web_host.app->current_profile_text());
}
EMSCRIPTEN_KEEPALIVE char* app_result() {
  return copy_out(web_host.app->current_result_json());
}
// The page has received the next font subset (fonts/initial.otf, then fonts/full.otf).
EMSCRIPTEN_KEEPALIVE void app_fonts_ready() {
  ++web_host.fonts_in;
  web_host.wake();
}
// Input or a page event (pointer, touch, wheel, key, IME, focus, resize): draw the frames it needs.
EMSCRIPTEN_KEEPALIVE void app_wake() {
  web_host.wake();
}
EMSCRIPTEN_KEEPALIVE char* app_items() {
  return copy_out(ui::registry_json(web_host.dpr));
}
// A finger (or pen) on the canvas, from the page's Pointer Events: phase 0 down, 1 move, 2 up, 3 cancel; CSS pixels.
EMSCRIPTEN_KEEPALIVE void app_touch(int phase, int id, float x, float y) {
  // While GLFW believes the mouse is outside the canvas (a touch-only device never sends mouseenter), the ImGui
  // backend re-reports GLFW's stale cursor every frame, which would move the finger's pointer back to where the
  // mouse (or the previous tap) last was. Saying the cursor entered stops that until a real mouse leaves.
  if (phase == 0) ImGui_ImplGlfw_CursorEnterCallback(web_host.window, GLFW_TRUE);
  web_host.touch.on_event(static_cast<ui::TouchInput::Phase>(phase), id, x * web_host.dpr, y * web_host.dpr, web::now_ms());
  web_host.wake();
}
// The accessible mirror's DOM controls (public/boot.js): a control used presses its widget as a keyboard would
// (focused, then activated; scrolled into view first when it is off screen); a control focused gives its widget
// the keyboard focus and its ring; text typed in a text box goes to its field as if typed there; Escape.
// app_activate returns 0 when the widget is not on screen (nothing of that key in the last frame).
EMSCRIPTEN_KEEPALIVE int app_activate(const char* key) {
  ui::registry_press(key);
  web_host.wake();
  return ui::registry_find(key) != nullptr;
}
EMSCRIPTEN_KEEPALIVE void app_focus(const char* key) {
  ui::registry_focus(key);
  web_host.wake();
}
EMSCRIPTEN_KEEPALIVE void app_set_text(const char* key, const char* text) {
  web_host.app->type_in_mirror(key, text);
  web_host.wake();
}
EMSCRIPTEN_KEEPALIVE void app_escape() {
  web_host.escape_stage = 0;
  web_host.wake();
}
EMSCRIPTEN_KEEPALIVE void app_reveal(const char* key) {
  ui::registry_reveal(key);
  web_host.wake();
}
EMSCRIPTEN_KEEPALIVE char* app_timings() {
  return copy_out(web_host.timings_json());
}
EMSCRIPTEN_KEEPALIVE void app_text_input(const char* utf8) {
  ImGui::GetIO().AddInputCharactersUTF8(utf8);
  glyph_fallback::want(ImGui::GetIO().Fonts, utf8, utf8 + std::strlen(utf8));
  web_host.wake();
}
// The page's on-screen keyboard came up (1) or went down (0) while a field was edited (public/boot.js).
EMSCRIPTEN_KEEPALIVE void app_keyboard(int up) {
  web_host.app->set_keyboard_up(up != 0);
  web_host.wake();
}
// A hand-over link opened while the app runs (the fragment changed): same as opening the page with it.
EMSCRIPTEN_KEEPALIVE void app_open_share(const char* code) {
  web_host.app->open_share_code(code ? code : "");
  web_host.wake();
}
EMSCRIPTEN_KEEPALIVE char* app_status() {
  return copy_out(web_host.status_json());
}
EMSCRIPTEN_KEEPALIVE void app_set_lang(const char* lang) {
  assess::Lang l = assess::Lang::zh;
  if (assess::parse_lang(lang, l)) web_host.app->set_lang(l);
  web_host.wake();
}
}
