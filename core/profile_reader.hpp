// Reading an enterprise's answers (the profile format of docs/policy-format.md) against a loaded policy:
// every unknown key, wrong type, out-of-range number or unknown choice becomes a Diagnostic with its path.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "diagnostic.hpp"
#include "input_limits.hpp"
#include "json.hpp"
#include "policy.hpp"
#include "profile.hpp"

namespace assess {

// At most this many diagnostics are reported for one profile (then one "too_many_errors"). The other limits
// (size, nesting, string length) are in input_limits.hpp.
constexpr std::size_t kMaxProfileDiagnostics = 100;

// A name a person typed (a text answer such as a project's subject, an advisor's enterprise): an error at `path`
// when it is longer than the policy's text_max characters ("too_long") or holds a control character, a bidi
// control or bytes that are not UTF-8 ("bad_character"); nothing when it is fine. The one rule for every name.
std::optional<Diagnostic> check_name(const std::string& path, std::string_view text, const Limits& limits);

// Parses and validates profile text. Returns true and fills `out` only when there is no error.
bool read_profile(const Policy& policy, std::string_view json_text, Profile& out, Diagnostics& errors);

// The same, and on success the document itself (parsed only once the text has passed every limit).
bool read_profile_document(const Policy& policy, std::string_view json_text, Json& document, Profile& out, Diagnostics& errors);

// The same, for an already parsed document, read as it stands (no text is made of it): the same validation and
// the same errors, at the same paths, as its text would give.
bool read_profile_json(const Policy& policy, const Json& root, Profile& out, Diagnostics& errors);

// How many profile texts read_profile has parsed so far, in this process (for tests: what the app evaluates as
// it is edited is never made text).
std::uint64_t profile_texts_read();

// Bytes that must be readable (any content) after the text given to ProfileReader::read with padded = true.
constexpr std::size_t kProfileReadPadding = 64;

// The reader for many profiles (a batch): the same answers and the same errors as read_profile, faster.
// Where simdjson was built in (native builds with libsimdjson-dev; never the WebAssembly build), it tokenizes
// with simdjson and drives the very same validation; any line that is not plainly valid (an error, a
// number written as a float, a value nlohmann might read differently) is read again with read_profile, so
// every error message is word for word the one read_profile gives. Without simdjson it is read_profile.
// One per thread: it keeps the tokenizer's buffers between profiles.
class ProfileReader {
 public:
  enum class Path { fast, fallback };
  explicit ProfileReader(const Policy& policy);
  ~ProfileReader();
  ProfileReader(const ProfileReader&) = delete;
  ProfileReader& operator=(const ProfileReader&) = delete;

  // As read_profile. With padded = true, kProfileReadPadding bytes after the text may be read (no copy).
  bool read(std::string_view json_text, bool padded, Profile& out, Diagnostics& errors);
  // Which path the last read took (tests and benchmarks).
  Path last_path() const { return last_path_; }
  // Whether simdjson was built in.
  static bool fast_path_available();

 private:
  struct Tokenizer;
  const Policy& policy_;
  std::unique_ptr<Tokenizer> tokenizer_;
  Path last_path_ = Path::fallback;
};

}  // namespace assess
