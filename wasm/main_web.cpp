// Entry point of the web app: GLFW + WebGL2 + Dear ImGui set-up, fonts, the frame loop, the IME text agent
// hook, and the functions the page calls (window.assess and the file/font/text bridges in public/boot.js).
// ImGui works in device pixels: the page sizes the canvas to CSS size × devicePixelRatio, and the app
// scales its fonts and style by that ratio, so text stays sharp on HiDPI screens.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "app.hpp"
#include "embedded_policy.hpp"
#include "embedded_ui_strings.hpp"
#include "item_registry.hpp"
#include "platform.hpp"

namespace {

GLFWwindow* window = nullptr;
std::unique_ptr<ui::App> app;
float scale = 1.0f;
bool full_font_ready = false;  // set by the page when fonts/full.otf is in the file system
bool fonts_full = false;       // the atlas currently holds the full font
int frames = 0;
std::vector<double> frame_ms;  // CPU time of recent frames (app + ImGui + GL submission), newest last
ImGuiPlatformImeData ime{};
// A click asked for by the accessible mirror (a DOM button standing for a canvas widget): delivered to ImGui
// as the mouse would, over three frames (move, press, release).
struct SyntheticClick {
  float x = 0, y = 0;
  int stage = -1;
} synthetic;
std::string pending_activation;        // a mirror button pressed for a widget not yet on screen: click once revealed
bool last_frame_full = false;          // the last frame registered every widget, clipped or not
int last_full_frame = -1000;           // when the last full frame was drawn (frame number)
std::uint64_t mirrored_signature = 0;  // the app's state at that frame
bool input_since_full = false;         // input arrived since then

constexpr float kBodyPx = 17.0f;
constexpr float kHeadingPx = 24.0f;

bool read_file(const char* path, void*& data, int& size) {
  FILE* f = std::fopen(path, "rb");
  if (!f) return false;
  std::fseek(f, 0, SEEK_END);
  size = static_cast<int>(std::ftell(f));
  std::fseek(f, 0, SEEK_SET);
  data = ImGui::MemAlloc(static_cast<std::size_t>(size));  // the atlas owns and frees it
  bool ok = std::fread(data, 1, static_cast<std::size_t>(size), f) == static_cast<std::size_t>(size);
  std::fclose(f);
  return ok;
}

// Builds the font atlas: the body font from the full subset when it has arrived (any common hanzi a user
// may type), else from the initial subset (every character of the policy and the UI); headings always
// from the initial subset. Glyph ranges cover all of the BMP: only glyphs present in a subset are baked.
void build_fonts() {
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
  if (read_file(full_font_ready ? "/fonts/full.otf" : "/fonts/initial.otf", data, size))
    body = io.Fonts->AddFontFromMemoryTTF(data, size, kBodyPx * scale, &cfg, bmp);
  if (read_file("/fonts/initial.otf", data, size))
    heading = io.Fonts->AddFontFromMemoryTTF(data, size, kHeadingPx * scale, &cfg, bmp);
  if (!body) body = io.Fonts->AddFontDefault();
  io.Fonts->Build();
  io.FontDefault = body;
  fonts_full = full_font_ready;
  if (app) app->set_fonts(body, heading);
}

// Device pixels per CSS pixel, within the range the app is laid out for.
float device_pixel_ratio() {
  const float r = static_cast<float>(emscripten_get_device_pixel_ratio());
  return r < 1 ? 1 : r > 3 ? 3 : r;
}

void set_ime_data(ImGuiViewport*, ImGuiPlatformImeData* data) {
  ime = *data;
}

void frame() {
  // Browser zoom changes the device pixel ratio: the page resizes the canvas, and here the style and the fonts
  // follow, so zooming in makes everything larger and still sharp (WCAG 1.4.4).
  const float dpr = device_pixel_ratio();
  const bool rescale = std::fabs(dpr - scale) > 0.01f;
  if (rescale) {
    scale = dpr;
    app->set_scale(scale);
  }
  if ((full_font_ready && !fonts_full) || rescale) {  // between frames: the only safe moment to swap the atlas
    build_fonts();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  const double start = emscripten_get_now();
  int w = 0, h = 0;
  emscripten_get_canvas_element_size("#canvas", &w, &h);
  ui::registry_new_frame();
  // A full frame (below) is drawn unclipped (ImGui does not clip while logging), so the registry lists every
  // widget of the screen, off-screen ones included: the accessible mirror is published from those frames.
  if (last_frame_full) app->publish_accessible();
  if (!pending_activation.empty()) {
    const ui::RegisteredItem* it = ui::registry_find(pending_activation);
    if (it && it->visible) {
      synthetic = SyntheticClick{it->x + it->w / 2, it->y + it->h / 2, 0};
      pending_activation.clear();
    } else {
      ui::registry_reveal(pending_activation);
    }
  }
  // A full frame costs ~1 ms more (every widget laid out): drawn at most every 10th frame, and only when the
  // screen may list something new — its state changed, there was input (keyboard focus moves), an activation
  // is pending — or two seconds have passed.
  const int since_full = frames - last_full_frame;
  const bool changed = app->state_signature() != mirrored_signature || input_since_full || !pending_activation.empty();
  const bool full_frame = since_full >= 10 && (changed || since_full >= 120);
  glfwPollEvents();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  if (synthetic.stage >= 0) {
    // After the backend, which reports the real cursor every frame: the position is repeated at each stage.
    ImGuiIO& in = ImGui::GetIO();
    in.AddMousePosEvent(synthetic.x, synthetic.y);
    if (synthetic.stage == 1) in.AddMouseButtonEvent(0, true);
    if (synthetic.stage == 2) in.AddMouseButtonEvent(0, false);
    synthetic.stage = synthetic.stage == 2 ? -1 : synthetic.stage + 1;
  }
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
  io.DisplayFramebufferScale = ImVec2(1, 1);
  ImGui::NewFrame();
  if (ImGui::GetCurrentContext()->InputEventsTrail.Size > 0) input_since_full = true;
  if (full_frame) {
    ImGui::LogToBuffer();
    last_full_frame = frames;
    mirrored_signature = app->state_signature();
    input_since_full = false;
  }
  app->frame(static_cast<float>(w), static_cast<float>(h));
  if (full_frame) ImGui::LogFinish();
  last_frame_full = full_frame;
  ImGui::Render();
  glViewport(0, 0, w, h);
  glClearColor(0.957f, 0.965f, 0.976f, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  // The hidden input follows the caret so the IME candidate window appears next to the text (CSS pixels).
  platform::text_input_focus(io.WantTextInput, ime.InputPos.x / scale, ime.InputPos.y / scale, ime.InputLineHeight / scale);
  if (frame_ms.size() >= 600) frame_ms.erase(frame_ms.begin());
  frame_ms.push_back(emscripten_get_now() - start);
  if (++frames == 2) platform::set_ready();  // frame 1 lays out, frame 2 is the first complete picture
}

ui::AppOptions options_from(int argc, char** argv) {
  ui::AppOptions o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--lang=en") o.lang = assess::Lang::en;
    if (a == "--storage=off") o.storage = false;
    if (a == "--mode=kiosk") o.mode = ui::Mode::kiosk;
    if (a == "--mode=advisor") o.mode = ui::Mode::advisor;
    // Kiosk timers in seconds (the page takes them from config.json or, for tests, the URL).
    if (a.rfind("--idle=", 0) == 0 && std::atof(a.c_str() + 7) > 0) o.idle_ms = std::atof(a.c_str() + 7) * 1000;
    if (a.rfind("--countdown=", 0) == 0 && std::atof(a.c_str() + 12) > 0) o.countdown_ms = std::atof(a.c_str() + 12) * 1000;
    if (a.rfind("--share-base=", 0) == 0) o.share_base = a.substr(13);
    if (a.rfind("--share=", 0) == 0) o.share_code = a.substr(8);
  }
  o.scale = device_pixel_ratio();
  return o;
}

char* copy_out(const std::string& s) {
  char* p = static_cast<char*>(std::malloc(s.size() + 1));
  std::memcpy(p, s.c_str(), s.size() + 1);
  return p;
}

}  // namespace

int main(int argc, char** argv) {
  ui::AppOptions options = options_from(argc, argv);
  scale = options.scale;
  app = std::make_unique<ui::App>(assess::embedded_policy_json(), ui::embedded_ui_strings_json(), options);
  if (!app->ok()) {
    for (const auto& e : app->load_errors()) std::fprintf(stderr, "policy: %s\n", e.line(assess::Lang::en).c_str());
    return 1;
  }
  if (!glfwInit()) return 1;
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  int w = 0, h = 0;
  emscripten_get_canvas_element_size("#canvas", &w, &h);
  window = glfwCreateWindow(w > 0 ? w : 1280, h > 0 ? h : 800, "assess", nullptr, nullptr);
  if (!window) return 1;
  glfwMakeContextCurrent(window);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // nothing is written anywhere, not even window positions
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.SetPlatformImeDataFn = set_ime_data;
  ImGui::GetCurrentContext()->TestEngineHookItems = true;  // feeds ui/item_registry
  app->apply_theme();
  build_fonts();
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  app->set_lang(options.lang);
  platform::on_file_opened([](const std::string& name, const std::string& text) { app->open_answers_text(name, text); });
  emscripten_set_main_loop(frame, 0, false);
  return 0;
}

// The page's bridges and the host API (window.assess in public/boot.js).
extern "C" {
EMSCRIPTEN_KEEPALIVE char* assess_evaluate(const char* profile, const char* lang) {
  assess::Lang l = assess::Lang::zh;
  assess::parse_lang(lang ? lang : "zh", l);
  return copy_out(app->evaluate_json(profile ? profile : "", l));
}
EMSCRIPTEN_KEEPALIVE const char* assess_policy() {
  return app->policy().source.c_str();
}
EMSCRIPTEN_KEEPALIVE char* app_profile() {
  return copy_out(app->current_profile_text());
}
EMSCRIPTEN_KEEPALIVE char* app_result() {
  return copy_out(app->current_result_json());
}
EMSCRIPTEN_KEEPALIVE void app_fonts_ready() {
  full_font_ready = true;
}
EMSCRIPTEN_KEEPALIVE char* app_items() {
  return copy_out(ui::registry_json(scale));
}
// Activates the widget with this key as a click would (for the accessible mirror); 0 when it is not on screen.
EMSCRIPTEN_KEEPALIVE int app_activate(const char* key) {
  // Clicked at once when on screen; otherwise scrolled into view first (see frame()).
  pending_activation = key;
  return ui::registry_find(key) != nullptr;
}
EMSCRIPTEN_KEEPALIVE void app_reveal(const char* key) {
  ui::registry_reveal(key);
}
// The app's own timings for bench/web-budget.mjs: recent frame CPU times and re-evaluation times (ms).
EMSCRIPTEN_KEEPALIVE char* app_timings() {
  std::string out = "{\"frame_ms\":[";
  for (std::size_t i = 0; i < frame_ms.size(); ++i) out += (i ? "," : "") + std::to_string(frame_ms[i]);
  out += "],\"evaluation_ms\":[";
  const auto& ev = app->evaluation_ms();
  for (std::size_t i = 0; i < ev.size(); ++i) out += (i ? "," : "") + std::to_string(ev[i]);
  return copy_out(out + "]}");
}
EMSCRIPTEN_KEEPALIVE void app_text_input(const char* utf8) {
  ImGui::GetIO().AddInputCharactersUTF8(utf8);
}
// A hand-over link opened while the app runs (the fragment changed): same as opening the page with it.
EMSCRIPTEN_KEEPALIVE void app_open_share(const char* code) {
  app->open_share_code(code ? code : "");
}
// What the app shows, for the browser tests: screen, mode, kiosk warning, advisor enterprises.
EMSCRIPTEN_KEEPALIVE char* app_status() {
  return copy_out(app->status_json());
}
EMSCRIPTEN_KEEPALIVE void app_set_lang(const char* lang) {
  assess::Lang l = assess::Lang::zh;
  if (assess::parse_lang(lang, l)) app->set_lang(l);
}
}
