// libFuzzer: any bytes as a profile: read and validate it; when valid, evaluate and render it every way.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "assess.hpp"
#include "builtin_policy.hpp"
#include "render_html.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const assess::Policy& policy = assess::builtin_policy();
  assess::Profile profile;
  assess::Diagnostics errors;
  if (!assess::read_profile(policy, std::string_view(reinterpret_cast<const char*>(data), size), profile, errors)) {
    assess::render_errors_json(errors, assess::Lang::zh);
    return 0;
  }
  assess::Result result = assess::evaluate(policy, profile);
  assess::render_json(policy, result, assess::Lang::zh);
  assess::render_text(policy, result, assess::Lang::en);
  assess::render_html(policy, profile, result, assess::Lang::zh, "2026-01-01 00:00");
  return 0;
}
