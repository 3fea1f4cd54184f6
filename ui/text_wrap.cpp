// Breaking lines between units that must stay whole (text_wrap.hpp): Latin words and numbers, single Chinese
// characters, with punctuation bound to its neighbour as Chinese typesetting requires (no 。 at a line start).
#include "text_wrap.hpp"

#include <imgui.h>

#include <algorithm>
#include <string_view>

#include "item_registry.hpp"

#include "utf8.hpp"

namespace ui {

namespace {

std::size_t next_char(const std::string& s, std::size_t i) {
  return i + assess::utf8::char_at(s, i).size;
}

// Never at the start of a line: closing punctuation, in Chinese and full-width forms.
bool closing(std::string_view c) {
  static const std::string_view kClosing[] = {"。", "，", "、", "；", "：", "？", "！", "）", "》", "」", "』", "】", "〕",
                                              "”",  "’",  "％", "…",  "—",  ")",  ",",  ".",  ";",  ":",  "!",  "?",  "%"};
  for (std::string_view k : kClosing)
    if (c == k) return true;
  return false;
}

// Never at the end of a line: opening punctuation.
bool opening(std::string_view c) {
  static const std::string_view kOpening[] = {"（", "《", "「", "『", "【", "〔", "“", "‘", "(", "¥", "￥"};
  for (std::string_view k : kOpening)
    if (c == k) return true;
  return false;
}

// Chinese and other wide characters: each one is a unit of its own (a line may break between any two).
bool wide(std::string_view c) {
  return static_cast<unsigned char>(c[0]) >= 0xE2 && !closing(c) && !opening(c) && c != "–" && c != "×";
}

// The units of one paragraph; "" stands for a space (a break that is dropped at the end of a line).
std::vector<std::string> units_of(const std::string& p) {
  std::vector<std::string> units;
  bool open = false;  // the last unit ends with opening punctuation: the next character joins it
  bool word = false;  // the last unit is a Latin word or number still being read
  for (std::size_t i = 0; i < p.size();) {
    const std::size_t j = next_char(p, i);
    const std::string c = p.substr(i, j - i);
    i = j;
    if (c == " ") {
      units.emplace_back();
      open = word = false;
    } else if (!units.empty() && !units.back().empty() && (open || closing(c) || (word && !wide(c)))) {
      units.back() += c;  // joins the unit before it
      open = opening(c);
      word = word || (!wide(c) && !open);
    } else {
      units.push_back(c);
      open = opening(c);
      word = !wide(c) && !open;
    }
  }
  return units;
}

// A unit wider than a whole line, cut by characters.
void cut(const std::string& unit, float width, const MeasureText& measure, std::vector<std::string>& lines, std::string& line) {
  for (std::size_t i = 0; i < unit.size();) {
    const std::size_t j = next_char(unit, i);
    const std::string c = unit.substr(i, j - i);
    if (!line.empty() && measure(line + c) > width) lines.push_back(std::move(line)), line.clear();
    line += c;
    i = j;
  }
}

}  // namespace

std::vector<std::string> wrap_lines(const std::string& text, float width, const MeasureText& measure) {
  // Widths add up (ImGui has no kerning), so each unit is measured once: drawn every frame, this stays cheap.
  const float space_w = measure(" ");
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find('\n', start);
    const std::string paragraph = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    std::string line;
    float line_w = 0;
    bool space = false;
    for (const std::string& unit : units_of(paragraph)) {
      if (unit.empty()) {
        space = !line.empty();
        continue;
      }
      const float unit_w = measure(unit);
      const float joined_w = line_w + (space ? space_w : 0) + unit_w;
      if (!line.empty() && joined_w <= width) {
        line += (space ? " " : "") + unit;
        line_w = joined_w;
      } else {
        if (!line.empty()) lines.push_back(std::move(line));
        line.clear();
        if (unit_w > width) {
          cut(unit, width, measure, lines, line);
          line_w = measure(line);
        } else {
          line = unit;
          line_w = unit_w;
        }
      }
      space = false;
    }
    lines.push_back(std::move(line));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return lines;
}

void text_wrapped_whole(const std::string& text, float width) {
  width = std::max(width > 0 ? width : ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 2);
  const auto measure = [](const std::string& s) { return ImGui::CalcTextSize(s.c_str(), s.c_str() + s.size()).x; };
  ImGui::BeginGroup();
  // Lines of one paragraph sit a line height apart, as ImGui::TextWrapped sets them; the item spacing comes after.
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 0));
  for (const std::string& line : wrap_lines(text, width, measure))
    ImGui::TextUnformatted(line.c_str(), line.c_str() + line.size());
  ImGui::PopStyleVar();
  ImGui::EndGroup();
  registry_text(Role::paragraph, text);  // the accessible mirror reads what the screen shows, in its order
}

}  // namespace ui
