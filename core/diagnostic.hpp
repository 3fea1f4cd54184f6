// A validation error a person can act on: where (a JSON path), what kind (a stable code), and why in zh/en.
#pragma once
#include <string>
#include <vector>

#include "text.hpp"

namespace assess {

struct Diagnostic {
  std::string path;  // e.g. "answers.key_tech_projects[2].costs.personnel"; "$" is the whole document
  std::string code;  // e.g. "out_of_range"; stable, for tests and tools
  Text message;      // plain words, without the path
  // "path: message" in one language, the form the CLI prints.
  std::string line(Lang lang) const { return path + ": " + message.in(lang); }
};

using Diagnostics = std::vector<Diagnostic>;

// Appends ".key" or "[i]" to a JSON path.
inline std::string path_key(const std::string& base, const std::string& key) {
  return base.empty() || base == "$" ? key : base + "." + key;
}
inline std::string path_index(const std::string& base, std::size_t i) {
  return base + "[" + std::to_string(i) + "]";
}

}  // namespace assess
