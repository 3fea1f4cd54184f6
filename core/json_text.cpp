// A SAX wrapper around nlohmann's DOM builder that records the parse error instead of throwing it.
#include "json_text.hpp"

#include "messages.hpp"

namespace assess {

namespace {

class RecordingDomParser : public nlohmann::detail::json_sax_dom_parser<Json> {
 public:
  using Base = nlohmann::detail::json_sax_dom_parser<Json>;
  explicit RecordingDomParser(Json& document) : Base(document, false) {}
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) {
    error = syntax_error_text(ex);
    return false;
  }
  std::string error;
};

}  // namespace

std::string syntax_error_text(const nlohmann::detail::exception& ex) {
  std::string text = ex.what();
  std::size_t at = text.find(" at line ");
  if (at != std::string::npos) return text.substr(at + 4);
  if ((at = text.find("] ")) != std::string::npos) return text.substr(at + 2);
  return text;
}

bool parse_json_text(std::string_view text, Json& out, Diagnostics& diagnostics) {
  out = Json();
  RecordingDomParser sax(out);
  bool ok = Json::sax_parse(text.begin(), text.end(), &sax, nlohmann::detail::input_format_t::json, true, false);
  if (ok && sax.error.empty()) return true;
  out = Json();
  diagnostics.push_back(Diagnostic{"$", "json_syntax", message("json_syntax", {sax.error})});
  return false;
}

}  // namespace assess
