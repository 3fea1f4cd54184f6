// libFuzzer: any bytes as a hand-over code (the #p= of a link anyone can craft): decode it; when it decodes,
// validate the profile, and when that is valid too, the code of the result must decode to the same profile.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string_view>

#include "assess.hpp"
#include "builtin_policy.hpp"
#include "share_code.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const assess::Policy& policy = assess::builtin_policy();
  assess::Json doc;
  assess::Diagnostics errors;
  if (!assess::decode_share_code(policy, std::string_view(reinterpret_cast<const char*>(data), size), doc, errors)) return 0;
  assess::Profile profile;
  if (!assess::read_profile_json(policy, doc, profile, errors)) return 0;
  assess::evaluate(policy, profile);
  assess::Json again;
  if (!assess::decode_share_code(policy, assess::encode_share_code(policy, doc), again, errors) || again != doc) std::abort();
  return 0;
}
