// Linking an item to an earlier one for 就高不重复: under the name field of an a5 project or an a11 centre,
// the names already entered in the same overlap group are offered as buttons; choosing one copies the name.
// Which lists are compared comes from the policy's overlap groups, never from this file.
#include "item_links.hpp"

#include <imgui.h>

#include <set>

#include "explain.hpp"
#include "item_registry.hpp"
#include "text_fold.hpp"
#include "touch_widgets.hpp"
#include "widgets.hpp"

namespace ui {

namespace {

struct Candidate {
  std::string name;
  std::string source;  // "第四条 攻关项目 1": where the name was entered
  std::string path;    // its answers path, for the widget's stable key
};

const assess::Measure* measure_of_list(const assess::Policy& policy, const assess::Field& list) {
  for (const assess::Measure& m : policy.measures)
    if (m.list == &list) return &m;
  return nullptr;
}

}  // namespace

void draw_item_links(const ScreenContext& c, const assess::Field& list, const assess::Field& field, AnswerGroup item,
                     std::size_t index, const std::string& path) {
  const assess::Measure* self = measure_of_list(c.policy, list);
  if (!self || self->overlap_group < 0) return;
  if (field.slot != self->overlap_key_slot) return;  // only under the group's key field (the name)
  const std::string current = assess::fold_for_matching(item.text(field));
  // Items entered before this one in the group's order: earlier measures, then earlier items of this list.
  std::vector<Candidate> candidates;
  std::set<std::string> seen;
  const assess::OverlapGroup& group = c.policy.overlap_groups[static_cast<std::size_t>(self->overlap_group)];
  for (int mi : group.measures) {
    const assess::Measure& m = c.policy.measures[static_cast<std::size_t>(mi)];
    // The lists of one group share their key field's id ("subject"): it is read from each by this field.
    const AnswerList items = c.answers.top().list(*m.list);
    for (std::size_t j = 0; j < items.size(); ++j) {
      if (&m == self && j == index) break;
      const std::string name = items.item(j).text(field);
      const std::string folded = assess::fold_for_matching(name);
      if (folded.empty() || !seen.insert(folded).second) continue;
      candidates.push_back(
          {name, assess::article_name(m.article, c.lang()) + " " + m.list->item_label.in(c.lang()) + " " + std::to_string(j + 1),
           "answers." + m.list->id + "[" + std::to_string(j) + "]"});
    }
    if (&m == self) break;
  }
  if (candidates.empty()) return;
  text_muted(c.t(Str::link_choose));
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  for (std::size_t k = 0; k < candidates.size(); ++k) {
    const Candidate& other = candidates[k];
    const std::string text = c.t(Str::link_option, {other.name, other.source});
    const float w = ImGui::CalcTextSize(text.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x;
    if (k > 0) {
      ImGui::SameLine();
      if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
    }
    const bool linked = assess::fold_for_matching(other.name) == current;
    // A long name wraps inside its button, never cut at the screen's edge.
    if (wrapping_button(text, "link:" + path + "=" + other.path, linked, c.choice_height()))
      item.set_text(field, other.name);
    registry_annotate_last(c.t(Str::link_option, {other.name, other.source}), linked);
    Semantics radio;  // one name at most is chosen: a radio group named by the sentence above it
    radio.role = Role::radio;
    radio.group = "link:" + path;
    radio.group_name = c.t(Str::link_choose);
    radio.checked = linked;
    registry_describe_last(radio);
  }
  if (!current.empty()) {
    bool any = false;
    for (const Candidate& other : candidates) any = any || assess::fold_for_matching(other.name) == current;
    if (any) text_muted(c.t(Str::link_linked));
  }
}

}  // namespace ui
