// The texts typed into number fields (field_texts.hpp).
#include "field_texts.hpp"

namespace ui {

const std::string* FieldTexts::find(const std::string& path) const {
  const auto it = texts_.find(path);
  return it == texts_.end() ? nullptr : &it->second;
}

void FieldTexts::forget_under(const std::string& prefix) {
  for (auto it = texts_.lower_bound(prefix); it != texts_.end() && it->first.compare(0, prefix.size(), prefix) == 0;)
    it = texts_.erase(it);
  ++version_;
}

void FieldTexts::clear() {
  texts_.clear();
  commit_.reset();
  ++version_;
}

std::optional<std::string> FieldTexts::take_commit(const std::string& path) {
  if (!commit_ || commit_->path != path) return std::nullopt;
  std::optional<std::string> text = std::move(commit_->text);
  commit_.reset();
  return text;
}

}  // namespace ui
