// libFuzzer: any bytes as an advisor's session file: read it within its budget; an opened file's every enterprise
// must be a valid profile with a valid name, and a refused one at most the budget's errors and one more.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string_view>

#include "assess.hpp"
#include "builtin_policy.hpp"
#include "session_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const assess::Policy& policy = assess::builtin_policy();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<assess::NamedProfile> opened;
  assess::Diagnostics errors;
  const assess::SessionFileRead read =
      assess::read_session_file(policy, text, "suzhou-ai-assess/session@1", assess::kMaxSessionEnterprises, opened, errors);
  if (read == assess::SessionFileRead::refused && (errors.empty() || errors.size() > assess::kMaxSessionErrors + 1))
    __builtin_trap();
  if (read != assess::SessionFileRead::opened) return 0;
  if (opened.empty() || opened.size() > assess::kMaxSessionEnterprises) __builtin_trap();
  for (const assess::NamedProfile& e : opened) {
    assess::Profile profile;
    assess::Diagnostics profile_errors;
    if (assess::check_name("name", e.name, policy.limits) ||
        !assess::read_profile_json(policy, e.profile, profile, profile_errors))
      __builtin_trap();
  }
  return 0;
}
