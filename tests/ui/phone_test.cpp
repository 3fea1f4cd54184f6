// The phone's slice of the UI, natively and headless (issue 20): characters beyond U+FFFF kept exactly through
// ImGui's text input, the keyboard a field asks for and Enter moving to the next field, the footer stepping aside
// while the on-screen keyboard is up, touch sizes under 600 px, and the advisor's session kept in the tab.
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>  // TestEngineHookItems: the widget registry

#include "app.hpp"
#include "embedded_policy.hpp"
#include "fake_platform.hpp"
#include "headless_imgui.hpp"
#include "item_registry.hpp"

namespace ui {
namespace {

class PhoneApp : public ::testing::Test {
 protected:
  void SetUp() override {
    create_headless_imgui(width, height);
    ImGui::GetCurrentContext()->TestEngineHookItems = true;
  }
  void make(AppOptions options) {
    app.reset();  // before a new one is made: one App uses the page at a time
    app = std::make_unique<App>(assess::embedded_policy_json(), options, platform);
    ASSERT_TRUE(app->ok());
    app->apply_theme();
    frames(4);
  }
  void TearDown() override {
    app.reset();
    ImGui::DestroyContext();
  }
  void frames(int n) {
    for (int i = 0; i < n; ++i) {
      registry_new_frame();
      ImGui::GetIO().DisplaySize = ImVec2(width, height);
      ImGui::GetIO().DeltaTime = 1.0f / 60;
      ImGui::NewFrame();
      app->frame(width, height);
      ImGui::Render();
    }
  }
  const RegisteredItem* item(const std::string& key) {
    const RegisteredItem* it = registry_find(key);
    return it && it->visible ? it : nullptr;
  }
  // Scrolls the panel under (x, y) with the wheel until the widget shows (at most 30 turns).
  void reveal(const std::string& key) {
    for (int i = 0; i < 30 && !item(key); ++i) {
      ImGui::GetIO().AddMousePosEvent(width / 2, height / 2);
      ImGui::GetIO().AddMouseWheelEvent(0, -1);
      frames(2);
    }
  }
  void click(const std::string& key) {
    reveal(key);
    const RegisteredItem* it = item(key);
    ASSERT_NE(it, nullptr) << key;
    ImGui::GetIO().AddMousePosEvent(it->x + it->w / 2, it->y + it->h / 2);
    frames(1);
    ImGui::GetIO().AddMouseButtonEvent(0, true);
    frames(1);
    ImGui::GetIO().AddMouseButtonEvent(0, false);
    frames(3);
  }
  void key(ImGuiKey k) {
    ImGui::GetIO().AddKeyEvent(k, true);
    frames(1);
    ImGui::GetIO().AddKeyEvent(k, false);
    frames(3);
  }
  void type(const std::string& utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(utf8.c_str());
    frames(3);
  }
  assess::Json answers() const { return assess::Json::parse(app->current_profile_text())["answers"]; }
  // To the details step with an art. 4 project added.
  void to_project() {
    click("start");
    for (const char* g : {"legal_person", "sound_finance", "independent_accounting", "ai_entity", "in_suzhou"})
      click(std::string("q:") + g + ":yes");
    click("nav:next");
    click("activity:key_tech");
    click("nav:next");
    click("add:answers.key_tech_projects");
  }

  float width = 390, height = 844;
  FakePlatform platform;  // the page, fresh for each test
  std::unique_ptr<App> app;
};

// "𠮷野𡈽智能𪚥科技" was stored as "�野�智能�科技" with 16-bit ImWchar: every character is kept now.
TEST_F(PhoneApp, ANameBeyondU_FFFFIsKeptExactly) {
  AppOptions options;
  options.storage = false;
  make(options);
  to_project();
  click("answers.key_tech_projects[0].subject");
  const std::string name =
      "\xF0\xA0\xAE\xB7野\xF0\xA1\x88\xBD智能\xF0\xAA\x9A\xA5科技 \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB e\xCC\x81";
  type(name);
  key(ImGuiKey_Enter);
  EXPECT_EQ(answers()["key_tech_projects"][0]["subject"], name);
}

// A name asks for the text keyboard, an amount for the decimal pad, each "next" while a field follows; Enter in
// the name moves the edit to the next typed field (the first amount), where typing goes on.
TEST_F(PhoneApp, EnterMovesToTheNextFieldWhichAsksForItsKeyboard) {
  AppOptions options;
  options.storage = false;
  make(options);
  to_project();
  click("answers.key_tech_projects[0].subject");
  EXPECT_EQ(app->typing().keyboard, Keyboard::text);
  EXPECT_TRUE(app->typing().has_next);
  type("A");
  key(ImGuiKey_Enter);
  EXPECT_TRUE(ImGui::GetIO().WantTextInput) << "the next field is being edited";
  EXPECT_EQ(app->typing().keyboard, Keyboard::decimal);
  type("12");
  key(ImGuiKey_Enter);
  const assess::Json project = answers()["key_tech_projects"][0];
  EXPECT_EQ(project["subject"], "A");
  EXPECT_EQ(project["costs"]["personnel"], 120000);  // 12 万元
}

// While the keyboard is up and a field is edited, "back", "next" and the total bar are not drawn; the field
// stays in view; when the keyboard goes down they come back.
TEST_F(PhoneApp, TheFooterStepsAsideWhileTheKeyboardIsUp) {
  AppOptions options;
  options.storage = false;
  make(options);
  to_project();
  const std::string field = "answers.key_tech_projects[0].costs.personnel";
  click(field);
  ASSERT_TRUE(ImGui::GetIO().WantTextInput);
  height = 470;  // the keyboard takes the bottom of the screen
  app->set_keyboard_up(true);
  frames(4);
  EXPECT_EQ(item("nav:next"), nullptr);
  EXPECT_EQ(item("footer:results"), nullptr);
  const RegisteredItem* edited = item(field);
  ASSERT_NE(edited, nullptr);
  EXPECT_LE(edited->y + edited->h, 470);
  height = 844;
  app->set_keyboard_up(false);
  frames(4);
  EXPECT_NE(item("nav:next"), nullptr);
  EXPECT_NE(item("footer:results"), nullptr);
}

// Under 600 px every widget is a finger's size: a frame 44 px high (ImGui's built-in 13 px font + 2 × 14 px
// padding is 41 here; the web app's 17 px font makes it 45), the yes/no buttons included.
TEST_F(PhoneApp, UnderSixHundredPixelsTheTouchSizesApply) {
  AppOptions options;
  options.storage = false;
  make(options);
  EXPECT_EQ(ImGui::GetStyle().FramePadding.y, 14);
  EXPECT_GE(ImGui::GetStyle().ItemSpacing.y, 8);
  click("start");
  EXPECT_GE(item("q:legal_person:yes")->h, ImGui::GetFontSize() + 28);
  width = 1280;
  frames(2);
  EXPECT_EQ(ImGui::GetStyle().FramePadding.y, 8) << "a desktop window keeps the mouse's sizes";
}

// Step 3 says where the estimate is: beside the questions on a wide screen ("on the right"), in the bar under them
// on a phone, where nothing is on the right.
TEST_F(PhoneApp, TheDetailsStepSaysWhereTheEstimateIs) {
  AppOptions options;
  options.storage = false;
  make(options);
  click("start");
  click("step:details");
  // The text of a frame, through ImGui's log (natively it ends at the app window's End(), copied to ImGui's
  // own clipboard, which the test reads).
  const auto screen_text = [this] {
    registry_new_frame();
    ImGui::NewFrame();
    ImGui::LogToClipboard();
    app->frame(width, height);
    ImGui::Render();
    return std::string(ImGui::GetClipboardText());
  };
  const std::string phone = screen_text();
  EXPECT_NE(phone.find("合计栏"), std::string::npos) << phone;
  EXPECT_EQ(phone.find("右侧"), std::string::npos);
  width = 1280;
  frames(2);
  EXPECT_NE(screen_text().find("右侧"), std::string::npos);
}

// An advisor's typed name is work to keep; the session goes to the tab's storage (never lasting storage); a new
// App (a reload) brings it back on the list, and the count of what is not in a session file with it.
TEST_F(PhoneApp, TheAdvisorsSessionSurvivesAReload) {
  AppOptions options;
  options.mode = Mode::advisor;
  make(options);
  click("start");
  click("enterprise:current_name");
  type("甲");
  key(ImGuiKey_Enter);
  EXPECT_EQ(app->status()["unsaved"], 1) << "a typed name counts";
  EXPECT_NE(platform.tab_storage_get("suzhou-ai-assess.advisor-session"), "");
  EXPECT_EQ(platform.storage_get("suzhou-ai-assess.answers"), "");
  make(options);  // the reload
  const assess::Json status = app->status();
  EXPECT_EQ(status["screen"], "enterprises");
  EXPECT_EQ(status["restored"], 1);
  EXPECT_EQ(status["unsaved"], 1);
  EXPECT_EQ(app->session().advisor.enterprises[0].name, "企业 1甲");
  platform.storage_wipe();  // what "end session" does first: nothing is left to restore
  make(options);
  EXPECT_EQ(app->status()["restored"], 0);
}

}  // namespace
}  // namespace ui
