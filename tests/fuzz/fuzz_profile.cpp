// libFuzzer: any bytes as a profile: read and validate it; when valid, evaluate and render it every way. The
// app's open path (file, autosave: read_profile_document, the reader then the document) must agree with it.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string_view>

#include "assess.hpp"
#include "builtin_policy.hpp"
#include "render_html.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const assess::Policy& policy = assess::builtin_policy();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  assess::Profile profile;
  assess::Diagnostics errors;
  assess::Json document;
  assess::Profile opened;
  assess::Diagnostics open_errors;
  const bool read = assess::read_profile(policy, text, profile, errors);
  if (assess::read_profile_document(policy, text, document, opened, open_errors) != read) __builtin_trap();
  if (!read) {
    assess::render_errors_json(errors, assess::Lang::zh);
    return 0;
  }
  assess::Result result = assess::evaluate(policy, profile);
  assess::render_json(policy, result, assess::Lang::zh);
  assess::render_text(policy, result, assess::Lang::en);
  assess::render_html(policy, profile, result, assess::Lang::zh, "2026-01-01 00:00");
  return 0;
}
