// The batch line: read, evaluate, render — or report where the line is wrong.
#include "batch.hpp"

#include "evaluate.hpp"
#include "profile_reader.hpp"

namespace assess {

namespace {

// A line over the limit is refused as too large even when what was kept of it is blank.
bool blank(std::string_view line) {
  return line.size() <= kMaxProfileBytes && line.find_first_not_of(" \t\r") == std::string_view::npos;
}

void errors_line(const Diagnostics& errors, std::size_t line_number, Lang lang, std::string& out) {
  std::string e = render_errors_json(errors, lang);
  out += "{\"line\":";
  out += std::to_string(line_number);
  out += ',';
  out.append(e, 1, std::string::npos);
  out += '\n';
}

}  // namespace

BatchLine assess_batch_line(const Policy& policy, const ResultJsonRenderer& renderer, std::string_view line,
                            std::size_t line_number, Lang lang, std::string& out) {
  if (blank(line)) return BatchLine::blank;
  Profile profile;
  Diagnostics errors;
  if (!read_profile(policy, line, profile, errors)) {
    errors_line(errors, line_number, lang, out);
    return BatchLine::invalid;
  }
  renderer.render(evaluate(policy, profile), out);
  out += '\n';
  return BatchLine::result;
}

BatchLine assess_batch_line(const Policy& policy, const ResultJsonRenderer& renderer, ProfileReader& reader, BatchFormat format,
                            std::string_view line, bool padded, std::size_t line_number, Lang lang, std::string& out) {
  if (blank(line)) return BatchLine::blank;
  Profile profile;
  Diagnostics errors;
  if (!reader.read(line, padded, profile, errors)) {
    errors_line(errors, line_number, lang, out);
    return BatchLine::invalid;
  }
  const Result result = evaluate(policy, profile);
  if (format == BatchFormat::summary)
    renderer.render_summary(result, out);
  else
    renderer.render(result, out);
  out += '\n';
  return BatchLine::result;
}

}  // namespace assess
