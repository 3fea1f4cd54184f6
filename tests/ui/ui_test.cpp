// The UI, natively and headless: 万元 formatting, the strings file, and the App drawn frame
// by frame with a real ImGui context (no window, no GPU) — opening files, switching screens and languages.
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>  // the window list (whether the toast was drawn) and OpenPopupStack (which modal is open)

#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "app.hpp"
#include "builtin_policy.hpp"
#include "embedded_policy.hpp"
#include "fake_platform.hpp"
#include "headless_imgui.hpp"
#include "item_registry.hpp"
#include "number_text.hpp"
#include "share_code.hpp"
#include "text_wrap.hpp"
#include "wan_amount.hpp"

namespace ui {
namespace {

TEST(WanAmount, FormatsWithoutTrailingZeros) {
  EXPECT_EQ(format_wan(8005000), "800.5");
  EXPECT_EQ(format_wan(1), "0.0001");
  EXPECT_EQ(format_wan(0), "0");
  EXPECT_EQ(format_wan(10000000), "1000");
  EXPECT_EQ(format_wan(12345), "1.2345");
}

// Widths in characters (one per code point): lines break between whole numbers and words, and Chinese
// punctuation never starts a line.
float chars(const std::string& s) {
  float n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

TEST(TextWrap, NumbersStayWholeAndNoLineStartsWithPunctuation) {
  // ImGui would give "最高 2,000," / "000 元": here the number moves down whole.
  EXPECT_EQ(wrap_lines("最高 2,000,000 元", 10, chars), (std::vector<std::string>{"最高", "2,000,000", "元"}));
  EXPECT_EQ(wrap_lines("Up to 2,000,000 yuan", 12, chars), (std::vector<std::string>{"Up to", "2,000,000", "yuan"}));
  // Four characters fit; "。" stays with the character before it, which moves down with it.
  EXPECT_EQ(wrap_lines("请回答问题。谢谢", 5, chars), (std::vector<std::string>{"请回答问", "题。谢谢"}));
  EXPECT_EQ(wrap_lines("“a”不是数字", 3, chars), (std::vector<std::string>{"“a”", "不是数", "字"}));
  EXPECT_EQ(wrap_lines("80–80 万元", 20, chars), (std::vector<std::string>{"80–80 万元"}));
  // A piece longer than a line is cut where it must be; paragraphs stay paragraphs.
  EXPECT_EQ(wrap_lines("12345678", 3, chars), (std::vector<std::string>{"123", "456", "78"}));
  EXPECT_EQ(wrap_lines("a\nb", 10, chars), (std::vector<std::string>{"a", "b"}));
}

// The text of every source file of the app's screens (ui/*.cpp and *.hpp), keyed by file name.
std::map<std::string, std::string> ui_sources() {
  std::map<std::string, std::string> out;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(ASSESS_SOURCE_DIR) + "/ui")) {
    if (entry.path().extension() != ".cpp" && entry.path().extension() != ".hpp") continue;
    std::ifstream in(entry.path());
    std::stringstream ss;
    ss << in.rdbuf();
    out[entry.path().filename().string()] = ss.str();
  }
  return out;
}

// A key a screen names that ui-strings.json lacks does not compile (Str is made from the file). The other way
// round: a string no code names (Str::key) is dead text that still widens the font subsets; it fails here, by
// name, as an unused engine message does (tests/core/messages_test.cpp).
TEST(UiStrings, EveryStringIsUsed) {
  std::set<std::string> used;
  const std::regex use("\\bStr::([a-z_0-9]+)");
  for (const auto& [file, src] : ui_sources())
    for (auto it = std::sregex_iterator(src.begin(), src.end(), use); it != std::sregex_iterator(); ++it) used.insert((*it)[1]);
  int checked = 0;
  for (std::string_view name : string_names()) {
    ++checked;
    EXPECT_TRUE(used.count(std::string(name))) << name << " is used nowhere in ui/";
  }
  EXPECT_GT(checked, 100);
}

// Strings are filled the engine's way ("{}" in order) in the language asked for.
TEST(UiStrings, AStringIsFilledInTheLanguageAskedFor) {
  EXPECT_EQ(text(assess::Lang::zh, Str::opened, {"a.json"}), "已打开 a.json");
  EXPECT_EQ(text(assess::Lang::en, Str::opened, {"a.json"}), "Opened a.json");
  EXPECT_EQ(both(Str::yes).zh, "是");
  EXPECT_EQ(both(Str::yes).en, "Yes");
}

const assess::Policy& policy() {
  return assess::builtin_policy();
}

// Draws frames with a real ImGui context and no backend, as the browser would, minus the pixels.
class HeadlessApp : public ::testing::Test {
 protected:
  void SetUp() override {
    create_headless_imgui(1280, 800);
    ImGui::GetCurrentContext()->TestEngineHookItems = true;            // feeds the widget registry, for click()
    ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;  // as the web host: a keyboard moves the focus
    make(AppOptions{});
  }
  void make(const AppOptions& options) {
    app.reset();  // before a new one is made: one App uses the page at a time
    app = std::make_unique<App>(assess::embedded_policy_json(), options, platform);
    ASSERT_TRUE(app->ok());
    app->apply_theme();
  }
  static std::string example() {
    std::ifstream in(std::string(ASSESS_SOURCE_DIR) + "/examples/analysis-example.json");
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  assess::Json status() const { return app->status(); }
  void TearDown() override {
    app.reset();
    ImGui::DestroyContext();
  }
  void frames(int n) {
    for (int i = 0; i < n; ++i) {
      registry_new_frame();  // as the web frame loop does: the previous frame's widgets become findable
      ImGui::GetIO().DeltaTime = 1.0f / 60;
      ImGui::NewFrame();
      app->frame(1280, 800);
      ImGui::Render();
    }
  }
  // A frame drawn as the web host's full frames are (ImGui logging, which clips nothing): widgets out of view are
  // listed too, and one asked for (registry_reveal, _focus, _press) is scrolled into view.
  void full_frame() {
    registry_new_frame();
    ImGui::GetIO().DeltaTime = 1.0f / 60;
    ImGui::NewFrame();
    ImGui::LogToBuffer();
    app->frame(1280, 800);
    ImGui::LogFinish();
    ImGui::Render();
  }
  // Scrolls a widget into view wherever it is, as the accessible mirror does: a full frame lists it, and the next
  // frames scroll to it.
  void reveal(const std::string& key) {
    registry_reveal(key);
    full_frame();
    frames(3);
  }
  // Escape pressed and released, as a keyboard would.
  void press_escape() {
    ImGui::GetIO().AddKeyEvent(ImGuiKey_Escape, true);
    frames(1);
    ImGui::GetIO().AddKeyEvent(ImGuiKey_Escape, false);
    frames(2);
  }
  // A clock the test advances by hand (AppOptions::clock_ms): timers are tested without waiting.
  AppOptions with_fake_clock() {
    AppOptions options;
    options.clock_ms = [this] { return clock_ms; };
    return options;
  }
  // A kiosk on that clock, with its idle time and countdown shortened or as given.
  AppOptions kiosk_on_fake_clock(double idle_ms, double countdown_ms) {
    AppOptions options = with_fake_clock();
    options.mode = Mode::kiosk;
    options.idle_ms = idle_ms;
    options.countdown_ms = countdown_ms;
    return options;
  }
  // A click on the widget registered under key in the last frame (ui/item_registry): press and release over it.
  void click(const std::string& key) {
    const RegisteredItem* item = registry_find(key);
    ASSERT_NE(item, nullptr) << key;
    ImGui::GetIO().AddMousePosEvent(item->x + item->w / 2, item->y + item->h / 2);
    frames(1);
    ImGui::GetIO().AddMouseButtonEvent(0, true);
    frames(1);
    ImGui::GetIO().AddMouseButtonEvent(0, false);
    frames(2);
  }
  // Whether ImGui drew the toast window this frame.
  static bool toast_shown() {
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
      if (std::string(w->Name).rfind("##toast", 0) == 0 && w->Active) return true;
    return false;
  }
  double clock_ms = 1000000;  // not 0: the app's clock is some time after the page loaded
  FakePlatform platform;      // the page: its storage, downloads, overlay… (each test has its own)
  std::unique_ptr<App> app;
};

TEST_F(HeadlessApp, ABadFileChangesNothingAndAGoodOneIsLoaded) {
  frames(2);
  const std::string before = app->current_profile_text();
  app->open_answers_text("bad.json", R"({"format": "suzhou-ai-assess/profile@1", "policy": "suzhou-ai-2021",
                                          "answers": {"key_tech_projects": [{"costs": {"personnel": -5}}]}})");
  frames(2);
  EXPECT_EQ(app->current_profile_text(), before);
  app->open_answers_text("truncated.json", R"({"format": "suzhou-ai-assess/profile@1", "poli)");
  frames(2);
  EXPECT_EQ(app->current_profile_text(), before);

  std::ifstream example(std::string(ASSESS_SOURCE_DIR) + "/examples/analysis-example.json");
  std::stringstream ss;
  ss << example.rdbuf();
  app->open_answers_text("example.json", ss.str());
  frames(3);  // the details screen with every list drawn
  EXPECT_EQ(app->screen(), ScreenId::details);
  assess::Json result = assess::Json::parse(app->current_result_json());
  EXPECT_EQ(result["total"]["min"], 1300000);
  EXPECT_EQ(result["total"]["max"], 13900000);
}

TEST_F(HeadlessApp, DrawingTheScreensNeverChangesTheAnswers) {
  std::ifstream example(std::string(ASSESS_SOURCE_DIR) + "/examples/analysis-example.json");
  std::stringstream ss;
  ss << example.rdbuf();
  app->open_answers_text("example.json", ss.str());
  frames(2);
  const std::string loaded = app->current_profile_text();
  for (assess::Lang lang : {assess::Lang::en, assess::Lang::zh}) {
    app->set_lang(lang);
    frames(3);
  }
  EXPECT_EQ(app->current_profile_text(), loaded);
}

// The screens edit the answers through their typed views: a click that changes an answer makes a new version
// (the result, the autosave and the link follow), a click that gives the same answer again makes none.
TEST_F(HeadlessApp, ClicksEditTheAnswersAndAnUnchangedAnswerIsNoNewVersion) {
  frames(4);  // the start page sizes itself over its first frames, as does each screen
  click("start");
  frames(2);
  ASSERT_EQ(app->screen(), ScreenId::gates);
  const std::uint64_t v0 = app->session().answers.version();
  click("q:legal_person:yes");
  const std::uint64_t v1 = app->session().answers.version();
  EXPECT_NE(v1, v0);
  EXPECT_EQ(app->session().answers.all().dump(), R"({"legal_person":true})");
  click("q:legal_person:yes");
  EXPECT_EQ(app->session().answers.version(), v1);

  app->open_answers_text("one.json", R"({"format": "suzhou-ai-assess/profile@1", "policy": "suzhou-ai-2021",
                                         "answers": {"key_tech_projects": [{"subject": "A"}]}})");
  click("step:details");
  frames(2);
  ASSERT_EQ(app->screen(), ScreenId::details);
  click("remove:answers.key_tech_projects[0]");
  EXPECT_EQ(app->session().answers.all()["key_tech_projects"].dump(), "[]");  // an empty list stays: "none"
  ImGui::GetIO().AddMousePosEvent(400, 400);  // the button is under the fold: scroll the questions down
  ImGui::GetIO().AddMouseWheelEvent(0, -100);
  frames(3);
  click("add:answers.key_tech_projects");
  EXPECT_EQ(app->session().answers.all()["key_tech_projects"].dump(), "[{}]");
}

TEST_F(HeadlessApp, HostApiEvaluatesAnyProfileInEitherLanguage) {
  const std::string profile = R"({"format": "suzhou-ai-assess/profile@1", "policy": "suzhou-ai-2021",
    "answers": {"legal_person": true, "sound_finance": true, "independent_accounting": true, "ai_entity": true,
                "in_suzhou": true, "training_base": true}})";
  assess::Json en = assess::Json::parse(app->evaluate_json(profile, assess::Lang::en));
  EXPECT_EQ(en["total"]["max"], 1000000);
  EXPECT_EQ(en["lang"], "en");
  assess::Json err = assess::Json::parse(app->evaluate_json("{}", assess::Lang::zh));
  ASSERT_TRUE(err.contains("errors"));
  EXPECT_EQ(err["errors"][0]["code"], "missing_key");
}

TEST_F(HeadlessApp, KioskWipesTheVisitorAfterTheWarningAndNeverStores) {
  platform.storage_set("suzhou-ai-assess.answers", "left by another mode");
  make(kiosk_on_fake_clock(120000, 30000));
  app->open_answers_text("example.json", example());
  frames(2);
  EXPECT_EQ(status()["screen"], "details");
  clock_ms += 119999;  // 1 ms short of the idle time: no warning yet
  frames(1);
  EXPECT_FALSE(app->idle_warning_shown());
  clock_ms += 1;
  frames(1);
  EXPECT_TRUE(app->idle_warning_shown());
  EXPECT_NE(app->current_profile_text().find("vision-chip"), std::string::npos);  // nothing lost during the warning
  // 1 ms short of the countdown: still there.
  clock_ms += 29999;
  frames(1);
  EXPECT_TRUE(app->idle_warning_shown());
  EXPECT_NE(app->current_profile_text().find("vision-chip"), std::string::npos);
  clock_ms += 1;
  frames(2);
  EXPECT_FALSE(app->idle_warning_shown());
  EXPECT_EQ(status()["screen"], "start");
  EXPECT_EQ(app->current_profile_text().find("vision-chip"), std::string::npos);
  EXPECT_EQ(platform.storage_get("suzhou-ai-assess.answers"), "");
  // And the page was asked to reload into a fresh instance.
  EXPECT_EQ(platform.fresh_starts, 1);
}

// The activities ticked when the questionnaire starts are the policy's (Suzhou: the basic questions), at the start
// and after a wipe alike.
TEST_F(HeadlessApp, TheQuestionnaireStartsWithThePolicysPreselectedActivities) {
  EXPECT_TRUE(app->session().answers.activity("basics"));
  EXPECT_FALSE(app->session().answers.activity("key_tech"));
}

// The kiosk's wipe replaces the visitor's whole Session: whatever they left anywhere in it is gone — answers,
// result, a link's answers waiting for a choice, the hand-over link and its QR code, a file's errors, the toast,
// the language they chose, the mirror's text — and the page is asked to reload.
TEST_F(HeadlessApp, KioskWipeLeavesAFreshSession) {
  make(kiosk_on_fake_clock(5000, 30000));
  app->open_answers_text("example.json", example());
  frames(2);
  const std::string link = app->share_link();
  app->open_share_code(link.substr(link.find("#p=") + 3));  // the same answers over those on screen: asked
  app->open_answers_text("broken.json", "{\"answers\": ");  // truncated: the error dialog
  app->set_lang(assess::Lang::en);
  app->publish_accessible();
  frames(2);
  const Session& s = app->session();
  ASSERT_FALSE(s.answers.all().empty());
  ASSERT_TRUE(s.evaluation.valid());
  ASSERT_NE(s.share.link.find("#p="), std::string::npos);
  ASSERT_NE(s.dialogs.find<dialog::LinkChoice>(), nullptr);
  ASSERT_FALSE(s.dialogs.find<dialog::LinkChoice>()->profile->is_null());
  ASSERT_NE(s.dialogs.find<dialog::OpenErrors>(), nullptr);
  ASSERT_FALSE(s.dialogs.find<dialog::OpenErrors>()->lines.empty());
  ASSERT_FALSE(s.toast.text.empty());
  ASSERT_NE(s.accessible_published.find("example.json"), std::string::npos);  // the toast, read out
  ASSERT_FALSE(s.announced.empty());                                          // the result's lines, kept to say what changes
  ASSERT_EQ(s.lang, assess::Lang::en);
  const int reloads_before = platform.fresh_starts;

  clock_ms += 5000;  // the warning, then its whole countdown, with nobody there
  frames(1);
  ASSERT_TRUE(app->idle_warning_shown());
  clock_ms += 30000;
  frames(2);
  const Session& after = app->session();
  EXPECT_TRUE(after.answers.all().empty());
  EXPECT_TRUE(after.answers.activity("basics"));
  EXPECT_EQ(after.screen, ScreenId::start);
  EXPECT_EQ(after.lang, assess::Lang::zh);
  EXPECT_TRUE(after.edit_text.empty());
  EXPECT_FALSE(after.edit_text.committing());
  EXPECT_FALSE(after.evaluation.valid() && after.evaluation.result().total.max > 0);
  EXPECT_TRUE(after.share.link.empty());
  EXPECT_TRUE(after.share.qr.modules.empty());
  EXPECT_TRUE(after.dialogs.empty());  // the link's answers waiting, a file's errors, any other dialog
  EXPECT_TRUE(after.toast.text.empty());
  EXPECT_TRUE(after.advisor.enterprises.empty());
  EXPECT_TRUE(after.accessible_published.empty());
  EXPECT_TRUE(after.announced.empty() && after.announcement.empty() && after.typed_in_mirror.empty());
  EXPECT_EQ(app->current_profile_text().find("vision-chip"), std::string::npos);
  EXPECT_EQ(platform.fresh_starts, reloads_before + 1);
}

// "Clear my data" takes everything that holds the answers on screen, as the kiosk's wipe does, but keeps the
// language the person chose.
TEST_F(HeadlessApp, ClearMyDataLeavesNoAnswerAndKeepsTheLanguage) {
  app->open_answers_text("example.json", example());
  app->set_lang(assess::Lang::en);
  frames(3);
  ASSERT_NE(app->share_link().find("#p="), std::string::npos);
  ASSERT_NE(platform.storage_get("suzhou-ai-assess.answers"), "");
  click("header:clear");
  ASSERT_NE(app->session().dialogs.find<dialog::ConfirmClear>(), nullptr);
  frames(3);  // the dialog sizes itself to its text over its first frames
  click("dialog:clear");
  const Session& after = app->session();
  EXPECT_TRUE(after.answers.all().empty());
  EXPECT_EQ(after.screen, ScreenId::start);
  EXPECT_EQ(after.lang, assess::Lang::en);
  EXPECT_TRUE(after.share.link.empty());
  EXPECT_TRUE(after.share.qr.modules.empty());
  EXPECT_TRUE(after.dialogs.empty());
  EXPECT_EQ(platform.storage_get("suzhou-ai-assess.answers"), "");
  EXPECT_EQ(app->current_profile_text().find("vision-chip"), std::string::npos);
}

// What tells the web frame loop that the accessible mirror needs a new full frame when no input came (a timer's
// frame): the visible widgets changed. A full frame (unclipped, as the mirror's) must give the same fingerprint
// as a normal one, or the loop would never rest; the countdown's seconds must not change it, the warning must.
TEST_F(HeadlessApp, VisibleWidgetsChangeWithTheWarningNotWithItsSecondsNorWithAFullFrame) {
  make(kiosk_on_fake_clock(5000, 30000));
  app->open_answers_text("example.json", example());  // the results screen: a long page, most of it off screen
  frames(3);
  const std::uint64_t results = registry_visible_fingerprint();
  frames(1);
  EXPECT_EQ(registry_visible_fingerprint(), results);
  // A full frame, as main_web draws for the mirror: every widget registered, the visible ones as before.
  full_frame();
  EXPECT_GT(registry_items().size(), 0u);
  EXPECT_EQ(registry_visible_fingerprint(), results) << "a full frame lists the same visible widgets";
  frames(1);
  EXPECT_EQ(registry_visible_fingerprint(), results);
  clock_ms += 5000;  // the warning
  frames(3);
  ASSERT_TRUE(app->idle_warning_shown());
  const std::uint64_t warning = registry_visible_fingerprint();
  EXPECT_NE(warning, results);
  clock_ms += 1000;  // a second of the countdown: drawn over the canvas, no widget changes
  frames(1);
  EXPECT_EQ(registry_visible_fingerprint(), warning);
  clock_ms += 29000;  // the wipe: the start screen
  frames(3);
  EXPECT_EQ(app->screen(), ScreenId::start);
  EXPECT_NE(registry_visible_fingerprint(), warning);
}

// The countdown's seconds are shown by the page over the canvas (Platform::overlay_text; the stand-in records
// the text): the frame drawn each second then leaves the canvas's picture as it was.
TEST_F(HeadlessApp, KioskCountdownSecondsAreShownOverTheCanvas) {
  auto overlay = [this] { return platform.overlay; };
  make(kiosk_on_fake_clock(5000, 30000));
  app->open_answers_text("example.json", example());
  frames(2);
  EXPECT_EQ(overlay(), "");
  clock_ms += 5000;
  frames(1);  // the warning's first frame sizes its window, off screen: no place for the seconds yet
  ASSERT_TRUE(app->idle_warning_shown());
  EXPECT_EQ(overlay(), "");
  frames(1);
  EXPECT_EQ(overlay(), "30 秒");
  clock_ms += 999;  // 29.001 s left: still 30 whole seconds, rounded up
  frames(1);
  EXPECT_EQ(overlay(), "30 秒");
  clock_ms += 1;
  frames(1);
  EXPECT_EQ(overlay(), "29 秒");
  clock_ms += 28999;  // 1 ms left
  frames(1);
  EXPECT_EQ(overlay(), "1 秒");
  clock_ms += 1;  // the wipe: no warning, nothing over the canvas
  frames(2);
  EXPECT_FALSE(app->idle_warning_shown());
  EXPECT_EQ(overlay(), "");
}

TEST_F(HeadlessApp, KioskInputPostponesTheWarning) {
  AppOptions kiosk = with_fake_clock();
  kiosk.mode = Mode::kiosk;
  kiosk.idle_ms = 120000;
  make(kiosk);
  app->open_answers_text("example.json", example());
  frames(1);
  for (int i = 0; i < 4; ++i) {  // input every 100 s: never 120 s idle, though 400 s pass in all
    clock_ms += 100000;
    ImGui::GetIO().AddMousePosEvent(10.0f + static_cast<float>(i), 10);
    frames(1);
    EXPECT_FALSE(app->idle_warning_shown());
  }
  clock_ms += 119999;
  frames(1);
  EXPECT_FALSE(app->idle_warning_shown());
  clock_ms += 1;  // 120 s after the last input
  frames(1);
  EXPECT_TRUE(app->idle_warning_shown());
}

TEST_F(HeadlessApp, AToastShowsForFourSecondsOfTheAppsClock) {
  make(with_fake_clock());
  frames(1);
  app->open_answers_text("example.json", example());  // "opened …" toast
  frames(2);
  EXPECT_TRUE(toast_shown());
  clock_ms += 3999;
  frames(2);
  EXPECT_TRUE(toast_shown());
  clock_ms += 1;
  frames(2);
  EXPECT_FALSE(toast_shown());
}

// The host sleeps between inputs until ms_until_due(): the next moment the screen changes by itself.
TEST_F(HeadlessApp, SaysWhenTheScreenWillChangeByItself) {
  make(with_fake_clock());
  frames(2);
  EXPECT_LT(app->ms_until_due(), 0);                  // the start page: nothing is due, ever
  app->open_answers_text("example.json", example());  // shows a toast for 4 s
  frames(2);
  clock_ms += 1500;
  EXPECT_DOUBLE_EQ(app->ms_until_due(), 2500);

  make(kiosk_on_fake_clock(5000, 3000));
  frames(2);
  EXPECT_LT(app->ms_until_due(), 0);  // nobody has used the kiosk: no idle timer runs
  app->set_lang(assess::Lang::en);    // a visitor: the warning is due 5 s after the last input
  clock_ms += 1000;
  EXPECT_DOUBLE_EQ(app->ms_until_due(), 4000);
  clock_ms += 4000;
  frames(1);  // the warning shows: 3 s of countdown, drawn in whole seconds, so the next change is at 2 s left
  ASSERT_TRUE(app->idle_warning_shown());
  EXPECT_DOUBLE_EQ(app->ms_until_due(), 1000);
  clock_ms += 400;
  EXPECT_DOUBLE_EQ(app->ms_until_due(), 600);
}

TEST_F(HeadlessApp, AHandOverLinkOpensTheSameEstimateElsewhere) {
  AppOptions options;
  options.share_base = "https://assess.example/";
  make(options);
  app->open_answers_text("example.json", example());
  frames(2);
  const std::string link = app->share_link();
  ASSERT_EQ(link.rfind("https://assess.example/#p=", 0), 0u);
  const std::string expected = app->current_result_json();

  AppOptions phone;
  phone.storage = false;
  phone.share_code = link.substr(link.find("#p=") + 3);
  make(phone);
  frames(2);
  EXPECT_EQ(status()["screen"], "results");
  EXPECT_EQ(app->current_result_json(), expected);
  EXPECT_EQ(assess::Json::parse(expected)["total"]["max"], 13900000);
}

TEST_F(HeadlessApp, ABrokenHandOverLinkChangesNothing) {
  AppOptions options;
  options.storage = false;
  options.share_code = "WyJzdXpob3U";  // cut short
  make(options);
  frames(2);
  EXPECT_EQ(status()["screen"], "start");
  EXPECT_EQ(assess::Json::parse(app->current_profile_text())["answers"], assess::Json::object());
}

TEST_F(HeadlessApp, ALinkOverAutosavedAnswersAsksWhichToKeep) {
  const assess::Json saved = assess::Json::parse(example());
  platform.storage_set("suzhou-ai-assess.answers", saved.dump());
  AppOptions options;
  options.share_code = assess::encode_share_code(
      policy(), {{"format", "suzhou-ai-assess/profile@1"}, {"policy", "suzhou-ai-2021"}, {"answers", {{"legal_person", false}}}});
  make(options);
  frames(3);
  EXPECT_EQ(assess::Json::parse(app->current_profile_text())["answers"]["legal_person"], true);  // not overwritten
  const ImGuiContext& g = *ImGui::GetCurrentContext();  // the one modal open is the choice
  ASSERT_EQ(g.OpenPopupStack.Size, 1);
  ASSERT_NE(g.OpenPopupStack[0].Window, nullptr);
  EXPECT_STREQ(g.OpenPopupStack[0].Window->Name, "##link_choice");
}

TEST_F(HeadlessApp, AdvisorKeepsEverythingInMemory) {
  AppOptions advisor;
  advisor.mode = Mode::advisor;
  make(advisor);
  EXPECT_EQ(app->enterprise_count(), 1u);
  app->open_answers_text("example.json", example());
  frames(3);
  EXPECT_TRUE(platform.storage.empty());
}

// A tap on a gate reaches evaluate as a document: the answers are never made text and parsed again on the way
// (storage is off: the autosave, an edge, writes them as text).
TEST_F(HeadlessApp, ATapOnAGateReachesTheResultWithoutMakingTheAnswersText) {
  AppOptions options;
  options.storage = false;
  make(options);
  frames(4);
  click("start");
  frames(2);
  const std::uint64_t texts_before = assess::profile_texts_read();
  const std::uint64_t evaluated_before = app->session().evaluation.version();
  click("q:legal_person:yes");
  const Session& s = app->session();
  EXPECT_NE(s.evaluation.version(), evaluated_before);  // evaluated again, for the new answers
  EXPECT_EQ(s.evaluation.version(), s.answers.version());
  ASSERT_TRUE(s.evaluation.valid());
  EXPECT_EQ(s.evaluation.result().unanswered_gates.size(), 4u);  // of the five conditions, one answered
  EXPECT_EQ(assess::profile_texts_read(), texts_before);
}

// The steps' "back" and "next" are the table of screens' order; "next" from the gates waits for every answer.
TEST_F(HeadlessApp, BackAndNextFollowTheStepsOfTheTableOfScreens) {
  frames(4);
  click("start");
  frames(2);
  click("nav:next");
  EXPECT_EQ(app->screen(), ScreenId::gates) << "next before the conditions are answered";
  click("nav:back");
  EXPECT_EQ(app->screen(), ScreenId::start);
  app->open_answers_text("example.json", example());  // every condition met: the details
  frames(3);
  ASSERT_EQ(app->screen(), ScreenId::details);
  click("nav:back");
  EXPECT_EQ(app->screen(), ScreenId::activities);
  click("nav:back");
  EXPECT_EQ(app->screen(), ScreenId::gates);
  frames(2);
  click("nav:next");
  EXPECT_EQ(app->screen(), ScreenId::activities);
  click("nav:next");
  EXPECT_EQ(app->screen(), ScreenId::details);
  click("nav:next");
  EXPECT_EQ(app->screen(), ScreenId::results);
  EXPECT_EQ(status()["screen"], "results");
}

// Typed numbers that could not be read are counted when the answers or the texts change, not every frame.
TEST_F(HeadlessApp, UnreadableNumbersAreCountedOncePerChange) {
  app->open_answers_text("example.json", example());
  frames(3);
  const std::string field = "answers.key_tech_projects[0].costs.personnel";
  reveal(field);
  ASSERT_NE(registry_find(field), nullptr);
  ASSERT_TRUE(registry_find(field)->visible);
  EXPECT_EQ(app->session().pending.count, 0);
  click(field);
  ImGui::GetIO().AddInputCharactersUTF8("x");  // "200x": not a number; the answer is withdrawn, the text kept
  frames(3);
  EXPECT_EQ(app->session().pending.count, 1);
  const std::uint64_t counts = app->session().pending.counts;
  frames(10);
  EXPECT_EQ(app->session().pending.counts, counts);
  EXPECT_EQ(app->session().pending.count, 1);
}

// The name of the dialog ImGui shows, or "" when none is open.
std::string open_dialog() {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  if (g.OpenPopupStack.Size == 0 || !g.OpenPopupStack.back().Window) return "";
  return g.OpenPopupStack.back().Window->Name;
}

// Escape closes every dialog, each its own safe way: clearing clears nothing, a link's answers are not taken.
TEST_F(HeadlessApp, EscapeClosesEveryDialog) {
  AppOptions options;
  options.share_base = "https://assess.example/";
  make(options);
  app->open_answers_text("example.json", example());
  frames(3);
  const std::string answers = app->current_profile_text();
  click("header:clear");
  frames(3);
  EXPECT_EQ(open_dialog(), "##clear");
  press_escape();
  EXPECT_EQ(open_dialog(), "");
  EXPECT_EQ(app->current_profile_text(), answers);

  app->open_answers_text("bad.json", "{");
  frames(3);
  EXPECT_EQ(open_dialog(), "##open_errors");
  press_escape();
  EXPECT_EQ(open_dialog(), "");

  const std::string link = app->share_link();
  app->open_share_code(link.substr(link.find("#p=") + 3));
  frames(3);
  EXPECT_EQ(open_dialog(), "##link_choice");
  press_escape();
  EXPECT_EQ(open_dialog(), "");
  EXPECT_EQ(app->session().dialogs.find<dialog::LinkChoice>(), nullptr);

  click("step:results");
  frames(3);
  reveal("results:share");
  click("results:share");
  frames(3);
  EXPECT_EQ(open_dialog(), "##share");
  press_escape();
  EXPECT_EQ(open_dialog(), "");

  full_frame();  // lists every widget of the screen, scrolled away or not (read once the next frame begins)
  frames(1);
  std::string article;
  for (const RegisteredItem& it : registry_items())
    if (article.empty() && it.key.rfind("article:", 0) == 0) article = it.key;
  ASSERT_FALSE(article.empty());
  reveal(article);
  click(article);
  frames(3);
  EXPECT_EQ(open_dialog(), "##article");
  press_escape();
  EXPECT_EQ(open_dialog(), "");
  EXPECT_TRUE(app->session().dialogs.empty());
  EXPECT_EQ(app->current_profile_text(), answers);
}

// The kiosk's keypad and warning, and the advisor's "end session": escape cancels, keeps, continues.
TEST_F(HeadlessApp, EscapeClosesTheKeypadTheKioskWarningAndTheEndOfASession) {
  make(kiosk_on_fake_clock(5000, 30000));
  app->open_answers_text("example.json", example());
  frames(3);
  const std::string answers = app->current_profile_text();
  const std::string field = "keypad:answers.national_standards";
  reveal(field);
  click(field);
  frames(3);
  EXPECT_EQ(open_dialog(), "##keypad");
  EXPECT_EQ(status()["keypad"], "answers.national_standards");
  click("keypad:7");
  press_escape();
  EXPECT_EQ(open_dialog(), "");
  EXPECT_EQ(status()["keypad"], "");
  EXPECT_EQ(app->current_profile_text(), answers);  // the 7 keyed was not handed to the field

  clock_ms += 5000;  // the warning
  frames(3);
  ASSERT_TRUE(app->idle_warning_shown());
  press_escape();
  EXPECT_FALSE(app->idle_warning_shown());
  EXPECT_EQ(app->current_profile_text(), answers);

  AppOptions advisor;
  advisor.mode = Mode::advisor;
  make(advisor);
  frames(3);
  click("start");
  frames(2);
  click("header:enterprises");
  frames(3);
  click("enterprises:end");
  frames(3);
  EXPECT_EQ(open_dialog(), "##end_session");
  press_escape();
  EXPECT_EQ(open_dialog(), "");
  EXPECT_EQ(app->enterprise_count(), 1u);
  EXPECT_EQ(status()["screen"], "enterprises");
}

// Issue 23, no. 7: a 900 KB session file of 450 000 elements once took 15–49 s (and 564 MB of wasm heap) to show
// 450 000 errors, each frame ~45 s after. Now its first 100 errors and one more saying so; nothing changed.
TEST_F(HeadlessApp, AHostileSessionFileShowsABoundedListOfErrors) {
  AppOptions advisor;
  advisor.mode = Mode::advisor;
  make(advisor);
  std::string bomb = R"({"format":"suzhou-ai-assess/session@1","policy":"suzhou-ai-2021","enterprises":[1)";
  for (int i = 1; i < 450000; ++i) bomb += ",1";
  bomb += "]}";
  app->open_answers_text("bomb.json", bomb);
  frames(2);
  const dialog::OpenErrors* shown = app->session().dialogs.find<dialog::OpenErrors>();
  ASSERT_NE(shown, nullptr);
  ASSERT_EQ(shown->lines.size(), 101u);
  EXPECT_EQ(shown->lines[0], "enterprises[0]: 应为对象,实际为 1");
  EXPECT_EQ(app->enterprise_count(), 1u);
}

// --- The accessible mirror (ui/accessible_mirror.cpp): real controls for assistive technology -----------------

// The mirror the App publishes from the last frame, as the page receives it.
assess::Json mirror_of(App& app) {
  app.publish_accessible();
  return assess::Json::parse(app.session().accessible_published);
}
// Its nodes of one group (a question's radios, a set of checkboxes), or with one key.
std::vector<assess::Json> nodes_where(const assess::Json& mirror, const std::string& field, const std::string& value) {
  std::vector<assess::Json> out;
  for (const assess::Json& n : mirror["nodes"])
    if (n.contains(field) && n[field] == value) out.push_back(n);
  return out;
}

// The mirror's node with this key (scrolled into view first: a frame that is not a full one lists only what is
// in view); a failed assertion when there is none.
assess::Json node_with_key(App& app, const std::string& key, const std::function<void()>& full_frame,
                           const std::function<void(int)>& frames) {
  registry_reveal(key);
  full_frame();
  frames(3);
  const std::vector<assess::Json> found = nodes_where(mirror_of(app), "k", key);
  EXPECT_EQ(found.size(), 1u) << key;
  return found.empty() ? assess::Json() : found[0];
}

// A yes/no question is one radio group named by its question (its help the description), not two loose buttons.
TEST_F(HeadlessApp, MirrorGivesEveryGateARadioGroupNamedByItsQuestion) {
  frames(4);
  click("start");
  frames(3);
  const assess::Json m = mirror_of(*app);
  const std::vector<assess::Json> radios = nodes_where(m, "g", "q:legal_person");
  ASSERT_EQ(radios.size(), 2u);
  EXPECT_EQ(radios[0]["r"], "radio");
  EXPECT_EQ(radios[0]["t"], "是");
  EXPECT_EQ(radios[1]["t"], "否");
  EXPECT_EQ(radios[0]["gn"], app->policy().question("legal_person")->label.zh);
  EXPECT_EQ(radios[0]["c"], false);
  // Landmarks: the toolbar's buttons in the header, the steps as steps (the current one marked), back and next.
  EXPECT_EQ(nodes_where(m, "k", "header:lang")[0]["reg"], "header");
  EXPECT_EQ(nodes_where(m, "k", "step:gates")[0]["r"], "step");
  EXPECT_EQ(nodes_where(m, "k", "step:gates")[0]["c"], true);
  EXPECT_EQ(nodes_where(m, "k", "nav:next")[0]["reg"], "footer");
  EXPECT_EQ(nodes_where(m, "k", "nav:next")[0]["x"], true) << "next is disabled until every condition is answered";
}

// A DOM control used presses its widget the way ImGui presses the focused widget for a keyboard: the answer is
// given, and the widget keeps the focus (its ring), so the DOM and the canvas agree where the keyboard is.
TEST_F(HeadlessApp, AMirrorControlPressesItsWidgetAsTheKeyboardWouldAndKeepsTheFocus) {
  frames(4);
  click("start");
  frames(3);
  registry_press("q:sound_finance:no");
  frames(4);
  EXPECT_EQ(app->session().answers.all().dump(), R"({"sound_finance":false})");
  EXPECT_EQ(registry_focused_key(), "q:sound_finance:no");
  const RegisteredItem* no = registry_find("q:sound_finance:no");
  ASSERT_NE(no, nullptr);
  EXPECT_TRUE(no->focused) << "the canvas shows the focus ring on the widget the DOM control stands for";
  EXPECT_EQ(nodes_where(mirror_of(*app), "k", "q:sound_finance:no")[0]["c"], true);
  registry_focus("q:legal_person:yes");  // Tab on the DOM: focus only, nothing pressed
  frames(3);
  EXPECT_EQ(registry_focused_key(), "q:legal_person:yes");
  EXPECT_EQ(app->session().answers.all().dump(), R"({"sound_finance":false})");
  registry_press("no:such:widget");  // a key not on screen is given up, and nothing is pressed
  frames(70);
  EXPECT_FALSE(registry_pending());
}

// Text typed in a field's DOM text box is read exactly as if typed on the canvas: the same answer, the same
// refusal with its reason (the box's error), the text kept as typed.
TEST_F(HeadlessApp, TextTypedInTheMirrorIsReadAsIfTypedOnTheCanvas) {
  app->open_answers_text("one.json", R"({"format": "suzhou-ai-assess/profile@1", "policy": "suzhou-ai-2021",
                                         "answers": {"matching_platforms": [{}]}})");
  frames(3);
  ASSERT_EQ(app->screen(), ScreenId::details);
  const std::string field = "answers.matching_platforms[0].annual_operating_cost";
  app->type_in_mirror(field, "3.000");
  frames(2);
  EXPECT_FALSE(app->session().answers.all()["matching_platforms"][0].contains("annual_operating_cost"));
  const auto full = [this] { full_frame(); };
  const auto run = [this](int n) { frames(n); };
  assess::Json box = node_with_key(*app, field, full, run);
  EXPECT_EQ(box["r"], "textbox");
  EXPECT_EQ(box["v"], "3.000");
  EXPECT_EQ(box["im"], "decimal");
  EXPECT_NE(box.value("e", "").find("小数点"), std::string::npos) << box.dump();
  app->type_in_mirror(field, "300");
  frames(2);
  EXPECT_EQ(app->session().answers.all()["matching_platforms"][0]["annual_operating_cost"], 3000000);
  box = node_with_key(*app, field, full, run);
  EXPECT_EQ(box["v"], "300");
  EXPECT_FALSE(box.contains("e"));
  // The project's name, a text field: any text, as typed.
  app->type_in_mirror("answers.matching_platforms[0].subject", "视觉平台");
  frames(2);
  EXPECT_EQ(app->session().answers.all()["matching_platforms"][0]["subject"], "视觉平台");
}

// The result is announced once per change, as one sentence: the total, then the measures whose line changed.
TEST_F(HeadlessApp, MirrorAnnouncesWhatChangedInTheResultOnce) {
  frames(3);
  assess::Json m = mirror_of(*app);
  EXPECT_EQ(m["announce"]["n"], 0) << "the first result is no news";
  app->open_answers_text("one.json", R"({"format": "suzhou-ai-assess/profile@1", "policy": "suzhou-ai-2021",
      "answers": {"legal_person": true, "sound_finance": true, "independent_accounting": true, "ai_entity": true,
                  "in_suzhou": true, "training_base": true}})");
  frames(3);
  m = mirror_of(*app);
  EXPECT_EQ(m["announce"]["n"], 1);
  const std::string said = m["announce"]["text"];
  EXPECT_NE(said.find("100 万元"), std::string::npos) << said;
  EXPECT_NE(said.find("第十四条"), std::string::npos) << said;
  frames(3);
  EXPECT_EQ(mirror_of(*app)["announce"]["n"], 1) << "frames without a change say nothing new";
}

// A dialog is in the mirror as a dialog: an error as an alert, with its title, body and the file's errors as a
// list, and its button.
TEST_F(HeadlessApp, MirrorShowsAnErrorDialogWithItsTitleAndItsListOfErrors) {
  frames(3);
  app->open_answers_text("bad.json", R"({"format": "suzhou-ai-assess/profile@1", "policy": "suzhou-ai-2021",
                                          "answers": {"key_tech_projects": [{"costs": {"personnel": -5}}]}})");
  frames(4);
  const assess::Json m = mirror_of(*app);
  ASSERT_TRUE(m["dialog"].is_object()) << m.dump();
  EXPECT_EQ(m["dialog"]["key"], "##open_errors");
  EXPECT_EQ(m["dialog"]["alert"], true);
  std::vector<std::string> texts, bullets;
  for (const assess::Json& n : m["nodes"]) {
    if (n["reg"] != "dialog") continue;
    if (n["r"] == "p" || n["r"] == "heading") texts.push_back(n["t"]);
    if (n["r"] == "li") bullets.push_back(n["t"]);
  }
  ASSERT_GE(texts.size(), 2u);
  EXPECT_EQ(texts[0], "无法打开此文件");
  ASSERT_EQ(bullets.size(), 1u);
  EXPECT_NE(bullets[0].find("answers.key_tech_projects[0].costs.personnel"), std::string::npos) << bullets[0];
  EXPECT_EQ(nodes_where(m, "k", "dialog:ok")[0]["reg"], "dialog");
}

// What it would take (issue 21), as the results list it: an art. 4 project with 3 000 000 yuan of personnel cost
// is paid 50 % (1 500 000) under a cap of 5 000 000, which a base of 10 000 000 reaches: 7 000 000 more, adding
// 3 500 000 to the upper figure. The card
// says so under the item, and "还可以争取" says it again under the measure's heading. An activity ticked with no
// answer yet is shown as to be filled in, with a way to its question, not folded among the measures not chosen.
TEST_F(HeadlessApp, ResultsSayWhatItWouldTakeAndKeepATickedActivityInSight) {
  app->open_answers_text("p.json", R"({"format": "suzhou-ai-assess/profile@1", "policy": "suzhou-ai-2021",
    "answers": {"legal_person": true, "sound_finance": true, "independent_accounting": true, "ai_entity": true,
                "in_suzhou": true,
                "key_tech_projects": [{"subject": "视觉芯片", "key_field": true, "costs": {"personnel": 3000000}}]}})");
  frames(3);
  click("step:activities");
  reveal("activity:talent");
  click("activity:talent");
  reveal("step:results");
  click("step:results");
  full_frame();
  frames(1);
  const assess::Json m = mirror_of(*app);
  const std::string take =
      "攻关投入达到 10,000,000 元,即再增加 700 万元(7,000,000 元)时,上限可达 500 万元(5,000,000 元),比现在多 350 万元(3,500,000 "
      "元)";
  std::vector<std::string> in_order;
  for (const assess::Json& n : m["nodes"])
    if (n["reg"] == "results") in_order.push_back(n["t"].get<std::string>());
  const auto at = [&](const std::string& text) { return std::find(in_order.begin(), in_order.end(), text) - in_order.begin(); };
  const long card_line = at(take), section = at("还可以争取"), again = at("#1 视觉芯片: " + take);
  const long end = static_cast<long>(in_order.size());
  ASSERT_LT(card_line, end) << m.dump();
  ASSERT_LT(section, end);
  ASSERT_LT(again, end);
  EXPECT_LT(card_line, section);
  EXPECT_LT(section, again);
  EXPECT_LT(at("第四条 支持关键技术创新"), again);  // under its measure's heading
  // The ticked activity: its label, "to fill in", and the way to its first question.
  ASSERT_LT(at("已勾选,待填写"), end);
  EXPECT_LT(at("产教融合、人才培训"), end);
  reveal("results:fill:talent");
  click("results:fill:talent");
  frames(3);
  EXPECT_EQ(app->screen(), ScreenId::details);
}

}  // namespace
}  // namespace ui
