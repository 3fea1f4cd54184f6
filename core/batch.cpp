// The batch line: read, evaluate, render — or report where the line is wrong.
#include "batch.hpp"

#include "evaluate.hpp"
#include "profile_reader.hpp"

namespace assess {

BatchLine assess_batch_line(const Policy& policy, const ResultJsonRenderer& renderer, std::string_view line,
                            std::size_t line_number, Lang lang, std::string& out) {
  // A line over the limit is refused as too large even when what was kept of it is blank.
  if (line.size() <= kMaxProfileBytes && line.find_first_not_of(" \t\r") == std::string_view::npos) return BatchLine::blank;
  Profile profile;
  Diagnostics errors;
  if (!read_profile(policy, line, profile, errors)) {
    std::string e = render_errors_json(errors, lang);
    out += "{\"line\":" + std::to_string(line_number) + "," + e.substr(1) + "\n";
    return BatchLine::invalid;
  }
  renderer.render(evaluate(policy, profile), out);
  out += '\n';
  return BatchLine::result;
}

}  // namespace assess
