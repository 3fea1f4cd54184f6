// The text typed into each amount and count field, by the field's JSON path ("answers.x[0].y"), kept between
// frames: a half-typed or unreadable number stays in its field while its answer is withdrawn. Every change makes
// a new version, so what follows from the texts (how many could not be read) is worked out once per change.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace ui {

class FieldTexts {
 public:
  // The field's text, made by `initial()` (its answer as text) the first time the field is drawn, and only
  // then (fields are drawn every frame). The caller edits it in place (an ImGui text field) and calls edited()
  // when it did.
  template <typename MakeText>
  std::string& text(const std::string& path, MakeText initial) {
    auto it = texts_.find(path);
    if (it == texts_.end()) {
      it = texts_.emplace(path, initial()).first;
      ++version_;
    }
    return it->second;
  }
  void edited() { ++version_; }
  // The field's text, or null before it was first drawn.
  const std::string* find(const std::string& path) const;
  // Forgets the texts of every field under `prefix` (a list whose items moved: they are made afresh).
  void forget_under(const std::string& prefix);
  void clear();
  bool empty() const { return texts_.empty(); }
  std::uint64_t version() const { return version_; }

  // The keypad's "OK" (numeric_keypad.cpp) hands a text to its field; the field takes it, once, as if typed.
  void commit(const std::string& path, const std::string& text) { commit_ = Commit{path, text}; }
  std::optional<std::string> take_commit(const std::string& path);
  bool committing() const { return commit_.has_value(); }

 private:
  struct Commit {
    std::string path, text;
  };
  std::map<std::string, std::string> texts_;
  std::optional<Commit> commit_;
  std::uint64_t version_ = 1;
};

}  // namespace ui
