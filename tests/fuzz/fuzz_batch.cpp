// libFuzzer: any bytes as a JSONL batch, line by line, through the functions the CLI uses: the ProfileReader
// path (simdjson where built in, padded as the CLI pads) must write exactly what the read_profile path writes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "assess.hpp"
#include "batch.hpp"
#include "builtin_policy.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const assess::Policy& policy = assess::builtin_policy();
  static const assess::ResultJsonRenderer renderer(policy, assess::Lang::en);
  static assess::ProfileReader reader(policy);
  std::string padded(reinterpret_cast<const char*>(data), size);
  padded.append(assess::kProfileReadPadding, '\0');
  std::string_view text(padded.data(), size);
  std::string out, fast;
  std::size_t number = 0;
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    assess::assess_batch_line(policy, renderer, line, ++number, assess::Lang::en, out);
    assess::assess_batch_line(policy, renderer, reader, assess::BatchFormat::full, line, true, number, assess::Lang::en, fast);
    if (fast != out) std::abort();
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return 0;
}
