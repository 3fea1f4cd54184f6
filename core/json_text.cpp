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
    error = ex.what();
    // "[json.exception.parse_error.101] parse error at line 1, column 5: ..." -> "line 1, column 5: ..."
    std::size_t at = error.find(" at line ");
    if (at != std::string::npos)
      error = error.substr(at + 4);
    else if ((at = error.find("] ")) != std::string::npos)
      error = error.substr(at + 2);
    return false;
  }
  std::string error;
};

}  // namespace

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
