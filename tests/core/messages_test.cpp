// The message table (core/messages.def): every key used by some code, every text in both languages with the
// same placeholders, and placeholders filled in order or by number.
#include "messages.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

namespace assess {
namespace {

// The text of every C++ source file in the folders the programs are built from, keyed by path.
std::map<std::string, std::string> sources() {
  std::map<std::string, std::string> out;
  for (const char* dir : {"core", "cli", "ui", "wasm"})
    for (const auto& entry : std::filesystem::recursive_directory_iterator(std::string(ASSESS_SOURCE_DIR) + "/" + dir)) {
      const std::string ext = entry.path().extension().string();
      if (ext != ".cpp" && ext != ".hpp") continue;
      std::ifstream in(entry.path());
      std::stringstream ss;
      ss << in.rdbuf();
      out[std::filesystem::relative(entry.path(), ASSESS_SOURCE_DIR).string()] = ss.str();
    }
  return out;
}

// The string literals of a C++ source, without its comments (a comment may quote Chinese freely).
std::vector<std::string> string_literals(const std::string& src) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < src.size(); ++i) {
    if (src.compare(i, 2, "//") == 0) {
      i = src.find('\n', i);
      if (i == std::string::npos) break;
    } else if (src.compare(i, 2, "/*") == 0) {
      i = src.find("*/", i + 2);
      if (i == std::string::npos) break;
      ++i;
    } else if (src[i] == '\'') {  // a character literal, such as '"'
      for (++i; i < src.size() && src[i] != '\''; ++i)
        if (src[i] == '\\') ++i;
    } else if (src[i] == '"' && i > 0 && src[i - 1] == 'R' && src.compare(i, 2, "\"(") == 0) {  // R"(…)"
      const std::size_t end = src.find(")\"", i);
      if (end == std::string::npos) break;
      out.push_back(src.substr(i + 2, end - i - 2));
      i = end + 1;
    } else if (src[i] == '"') {
      std::string lit;
      for (++i; i < src.size() && src[i] != '"'; ++i) {
        if (src[i] == '\\') lit += src[i++];
        lit += src[i];
      }
      out.push_back(lit);
    }
  }
  return out;
}

// Whether UTF-8 text holds a CJK character: ideographs, kana, CJK or full-width punctuation (U+2E80 and up).
bool has_cjk(const std::string& s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0xF0) return true;  // beyond the BMP: CJK extensions B and later
    if (c >= 0xE0 && i + 1 < s.size()) {
      const unsigned cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6);
      if (cp >= 0x2E80 && cp < 0xD800) return true;
      if (cp >= 0xF900 && cp < 0xFB00) return true;
      if (cp >= 0xFE30 && cp < 0xFFF0) return true;
    }
  }
  return false;
}

// Every Msg::key written in the engine, the command line, the UI and the platform layer.
std::set<std::string> keys_in_sources() {
  std::set<std::string> used;
  const std::regex use("\\bMsg::([a-z_0-9]+)");
  for (const auto& [path, src] : sources())
    for (auto it = std::sregex_iterator(src.begin(), src.end(), use); it != std::sregex_iterator(); ++it) used.insert((*it)[1]);
  return used;
}

// Placeholders of a pattern, in order ("{}" and "{N}").
std::vector<std::string> placeholders(const std::string& s) {
  std::vector<std::string> out;
  const std::regex p("\\{[0-9]?\\}");
  for (auto it = std::sregex_iterator(s.begin(), s.end(), p); it != std::sregex_iterator(); ++it) out.push_back((*it)[0]);
  return out;
}

}  // namespace

// A key no code names is dead text (and widens the font subsets for nothing): it fails here, by name.
TEST(Messages, EveryKeyIsUsed) {
  const std::set<std::string> used = keys_in_sources();
  const std::vector<std::string_view> names = message_names();
  ASSERT_GT(names.size(), 100u);
  for (std::string_view name : names) EXPECT_TRUE(used.count(std::string(name))) << "Msg::" << name << " is used nowhere";
}

// Both languages say something, with the same number of "{}" (a translation cannot drop an argument).
TEST(Messages, BothLanguagesTakeTheSameArguments) {
  for (std::size_t i = 0; i < message_names().size(); ++i) {
    const Msg key = static_cast<Msg>(i);
    if (key == Msg::article_numerals) continue;  // the characters of Chinese numbers: zh only
    const std::string zh = message_in(Lang::zh, key), en = message_in(Lang::en, key);
    EXPECT_FALSE(zh.empty()) << message_names()[i];
    EXPECT_FALSE(en.empty()) << message_names()[i];
    EXPECT_EQ(placeholders(zh).size(), placeholders(en).size()) << message_names()[i];
  }
}

// Chinese text lives in the tables (messages.def, ui/ui-strings.json) and the policy file, which the font subsets
// are cut from: a literal elsewhere would be missing from the translations, and its rare characters from the fonts.
// text_wrap.cpp's punctuation is not text shown but the line-breaking rules' characters.
TEST(Messages, NoChineseTextOutsideTheTables) {
  int files = 0;
  for (const auto& [path, src] : sources()) {
    ++files;
    if (path == "ui/text_wrap.cpp") continue;
    for (const std::string& lit : string_literals(src)) EXPECT_FALSE(has_cjk(lit)) << path << ": \"" << lit << "\"";
  }
  EXPECT_GT(files, 50);
  EXPECT_TRUE(has_cjk("第一条"));
  EXPECT_TRUE(has_cjk("(未作答)"));
  EXPECT_FALSE(has_cjk("10,000–20,000 yuan · —"));
}

TEST(Messages, FillsInOrderAndByIndex) {
  EXPECT_EQ(fill("{} + {} = {}", {"1", "2", "3"}), "1 + 2 = 3");
  EXPECT_EQ(fill("{2}-{0}-{1}", {"a", "b", "c"}), "c-a-b");
  EXPECT_EQ(fill("no placeholders", {"x"}), "no placeholders");
  EXPECT_EQ(fill("{} {}", {"only one"}), "only one ");
}

TEST(Messages, BothLanguages) {
  Text t = message(Msg::missing_key, {"answers"});
  EXPECT_EQ(t.zh, "缺少必填字段“answers”");
  EXPECT_EQ(t.en, "required field \"answers\" is missing");
}

}  // namespace assess
