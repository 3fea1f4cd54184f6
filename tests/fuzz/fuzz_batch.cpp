// libFuzzer: any bytes as a JSONL batch, line by line, through the same function the CLI uses.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "assess.hpp"
#include "builtin_policy.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const assess::Policy& policy = assess::builtin_policy();
  static const assess::ResultJsonRenderer renderer(policy, assess::Lang::en);
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::string out;
  std::size_t number = 0;
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    assess::assess_batch_line(policy, renderer, line, ++number, assess::Lang::en, out);
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return 0;
}
