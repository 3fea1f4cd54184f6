// Strict reading of JSON objects with path-carrying diagnostics.
#include "json_object_reader.hpp"

#include "messages.hpp"

namespace assess {

// A short rendering of what was found instead, e.g. "\"12\"" or "null". Containers are never dumped:
// dumping recurses, and a hostile 100 000-deep array would exhaust the stack.
static std::string shown(const Json& actual) {
  if (actual.is_array()) return actual.empty() ? "[]" : "[...]";
  if (actual.is_object()) return actual.empty() ? "{}" : "{...}";
  std::string s = actual.dump(-1, ' ', false, Json::error_handler_t::replace);
  if (s.size() > 40) s = s.substr(0, 37) + "...";
  return s;
}

Diagnostic wrong_type(const std::string& path, Msg expected_key, const Json& actual) {
  Text expected = message(expected_key);
  std::string got = shown(actual);
  return Diagnostic{
      path, "wrong_type",
      Text{message_in(Lang::zh, Msg::wrong_type, {expected.zh, got}), message_in(Lang::en, Msg::wrong_type, {expected.en, got})}};
}

JsonObjectReader::JsonObjectReader(const Json& j, std::string path, Diagnostics& out) : path_(std::move(path)), out_(out) {
  if (j.is_object())
    object_ = &j;
  else
    out_.push_back(wrong_type(path_.empty() ? "$" : path_, Msg::type_object, j));
}

const Json* JsonObjectReader::member(const std::string& key, bool required) {
  if (!object_) return nullptr;
  read_.insert(key);
  auto it = object_->find(key);
  if (it == object_->end()) {
    if (required) out_.push_back(Diagnostic{path_of(key), "missing_key", message(Msg::missing_key, {key})});
    return nullptr;
  }
  return &*it;
}

bool JsonObjectReader::string(const std::string& key, std::string& out, bool required) {
  const Json* j = member(key, required);
  if (!j) return false;
  if (!j->is_string()) {
    out_.push_back(wrong_type(path_of(key), Msg::type_string, *j));
    return false;
  }
  out = j->get<std::string>();
  return true;
}

bool JsonObjectReader::text(const std::string& key, Text& out, bool required) {
  const Json* j = member(key, required);
  if (!j) return false;
  if (!j->is_object()) {
    out_.push_back(wrong_type(path_of(key), Msg::type_text, *j));
    return false;
  }
  JsonObjectReader t(*j, path_of(key), out_);
  const bool has_zh = t.string("zh", out.zh);  // both read, so both are reported
  const bool has_en = t.string("en", out.en);
  const bool ok = has_zh && has_en;
  t.finish();
  return ok;
}

bool JsonObjectReader::integer(const std::string& key, std::int64_t& out, std::int64_t lo, std::int64_t hi, bool required) {
  const Json* j = member(key, required);
  if (!j) return false;
  if (!j->is_number_integer()) {
    out_.push_back(wrong_type(path_of(key), Msg::type_integer, *j));
    return false;
  }
  bool in_range;
  if (j->is_number_unsigned()) {
    auto u = j->get<std::uint64_t>();
    in_range = u <= static_cast<std::uint64_t>(hi) && (lo <= 0 || u >= static_cast<std::uint64_t>(lo));
  } else {
    auto v = j->get<std::int64_t>();
    in_range = v >= lo && v <= hi;
  }
  if (!in_range) {
    out_.push_back(Diagnostic{path_of(key), "out_of_range",
                              message(Msg::policy_out_of_range, {std::to_string(lo), std::to_string(hi), shown(*j)})});
    return false;
  }
  out = j->get<std::int64_t>();
  return true;
}

bool JsonObjectReader::boolean(const std::string& key, bool& out, bool required) {
  const Json* j = member(key, required);
  if (!j) return false;
  if (!j->is_boolean()) {
    out_.push_back(wrong_type(path_of(key), Msg::type_bool, *j));
    return false;
  }
  out = j->get<bool>();
  return true;
}

const Json* JsonObjectReader::array(const std::string& key, bool required) {
  const Json* j = member(key, required);
  if (j && !j->is_array()) {
    out_.push_back(wrong_type(path_of(key), Msg::type_array, *j));
    return nullptr;
  }
  return j;
}

const Json* JsonObjectReader::object(const std::string& key, bool required) {
  const Json* j = member(key, required);
  if (j && !j->is_object()) {
    out_.push_back(wrong_type(path_of(key), Msg::type_object, *j));
    return nullptr;
  }
  return j;
}

void JsonObjectReader::finish() {
  if (!object_) return;
  for (auto it = object_->begin(); it != object_->end(); ++it)
    if (!read_.count(it.key()))
      out_.push_back(Diagnostic{path_of(it.key()), "unknown_key", message(Msg::unknown_key, {it.key()})});
}

}  // namespace assess
