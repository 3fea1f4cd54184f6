// Reads one JSON object strictly: typed getters that record a Diagnostic with the key's path on a wrong
// type, and a finish() that reports every key nobody asked for (typos must not pass silently).
#pragma once
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "diagnostic.hpp"
#include "json.hpp"
#include "messages.hpp"
#include "text.hpp"

namespace assess {

// Diagnostic for a value of the wrong JSON type; `expected_key` names the type, such as Msg::type_object.
Diagnostic wrong_type(const std::string& path, Msg expected_key, const Json& actual);

class JsonObjectReader {
 public:
  // Reports a wrong_type diagnostic (and reads nothing) when j is not an object.
  JsonObjectReader(const Json& j, std::string path, Diagnostics& out);

  bool ok() const { return object_ != nullptr; }
  const std::string& path() const { return path_; }
  std::string path_of(const std::string& key) const { return path_key(path_, key); }

  // The raw member, or null when missing (with a missing_key diagnostic when required).
  const Json* member(const std::string& key, bool required);
  bool string(const std::string& key, std::string& out, bool required = true);
  bool text(const std::string& key, Text& out, bool required = true);  // {"zh": "...", "en": "..."}
  bool integer(const std::string& key, std::int64_t& out, std::int64_t lo, std::int64_t hi, bool required = true);
  bool boolean(const std::string& key, bool& out, bool required = true);
  const Json* array(const std::string& key, bool required = true);
  const Json* object(const std::string& key, bool required = true);

  // Reports the keys that were never read.
  void finish();

 private:
  const Json* object_ = nullptr;
  std::string path_;
  Diagnostics& out_;
  std::set<std::string> read_;
};

}  // namespace assess
