// Hand-over codes: positional profile values, as JSON, in base64url (RFC 4648 §5, no padding).
#include "share_code.hpp"

#include <cstdint>

#include "input_limits.hpp"
#include "json_object_reader.hpp"
#include "json_text.hpp"
#include "messages.hpp"

namespace assess {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::string base64url(const std::string& bytes) {
  std::string out;
  out.reserve((bytes.size() * 4 + 2) / 3);
  std::uint32_t acc = 0;
  int bits = 0;
  for (unsigned char c : bytes) {
    acc = (acc << 8) | c, bits += 8;
    while (bits >= 6) out += kAlphabet[(acc >> (bits -= 6)) & 63];
  }
  if (bits > 0) out += kAlphabet[(acc << (6 - bits)) & 63];
  return out;
}

bool from_base64url(std::string_view code, std::string& out) {
  std::uint32_t acc = 0;
  int bits = 0;
  for (char c : code) {
    int v = c >= 'A' && c <= 'Z'   ? c - 'A'
            : c >= 'a' && c <= 'z' ? c - 'a' + 26
            : c >= '0' && c <= '9' ? c - '0' + 52
            : c == '-'             ? 62
            : c == '_'             ? 63
                                   : -1;
    if (v < 0) return false;
    acc = (acc << 6) | static_cast<std::uint32_t>(v), bits += 6;
    if (bits >= 8) out += static_cast<char>((acc >> (bits -= 8)) & 0xFF);
  }
  return bits < 6;  // a lone trailing character cannot end a code
}

Json encode_fields(const std::vector<Field>& fields, const Json& object);

Json encode_value(const Field& f, const Json& v) {
  switch (f.type) {
    case FieldType::boolean:
      return v.is_boolean() ? Json(v.get<bool>() ? 1 : 0) : Json();
    case FieldType::count:
    case FieldType::yuan:
      return v.is_number() ? v : Json();
    case FieldType::text:
      return v.is_string() ? v : Json();
    case FieldType::enumeration:
      for (std::size_t i = 0; i < f.options.size(); ++i)
        if (v.is_string() && v.get<std::string>() == f.options[i].value) return Json(i);
      return Json();
    case FieldType::enum_set: {
      if (!v.is_array()) return Json();
      std::uint64_t mask = 0;
      for (const Json& e : v)
        for (std::size_t i = 0; i < f.options.size() && i < 64; ++i)
          if (e.is_string() && e.get<std::string>() == f.options[i].value) mask |= std::uint64_t{1} << i;
      return Json(mask);
    }
    case FieldType::list: {
      if (!v.is_array()) return Json();
      Json items = Json::array();
      for (const Json& item : v) items.push_back(encode_fields(f.fields, item));
      return items;
    }
    case FieldType::group:
      return encode_fields(f.fields, v);
  }
  return Json();
}

Json encode_fields(const std::vector<Field>& fields, const Json& object) {
  Json out = Json::array();
  if (!object.is_object()) return out;
  for (const Field& f : fields) {
    auto it = object.find(f.id);
    out.push_back(it == object.end() ? Json() : encode_value(f, *it));
  }
  while (!out.empty() && out.back().is_null()) out.erase(out.size() - 1);
  return out;
}

Diagnostic bad(const std::string& path, Msg what) {
  return Diagnostic{path, "bad_share_code", message(what)};
}

bool decode_fields(const std::vector<Field>& fields, const Json& values, const std::string& path, Json& out, Diagnostics& errors);

bool decode_value(const Field& f, const Json& v, const std::string& path, Json& out, Diagnostics& errors) {
  switch (f.type) {
    case FieldType::boolean:
      if (v != Json(0) && v != Json(1)) break;
      out = v == Json(1);
      return true;
    case FieldType::count:
    case FieldType::yuan:
    case FieldType::text:
      // Our codes hold whole numbers only. A fraction would reach the profile reader as the double it rounds to
      // (2.9999999999999999 as 3.0): refused here, where its digits are still known to be a fraction.
      if (v.is_number_float()) break;
      out = v;  // carried as is: the profile reader checks its type and range, with its own messages
      return true;
    case FieldType::enumeration:
      if (!v.is_number_unsigned() || v.get<std::uint64_t>() >= f.options.size()) break;
      out = f.options[v.get<std::size_t>()].value;
      return true;
    case FieldType::enum_set: {
      if (!v.is_number_unsigned()) break;
      const std::uint64_t mask = v.get<std::uint64_t>();
      if (f.options.size() < 64 && (mask >> f.options.size()) != 0) break;
      out = Json::array();
      for (std::size_t i = 0; i < f.options.size() && i < 64; ++i)
        if (mask & (std::uint64_t{1} << i)) out.push_back(f.options[i].value);
      return true;
    }
    case FieldType::list: {
      if (!v.is_array()) break;
      out = Json::array();
      for (std::size_t i = 0; i < v.size(); ++i) {
        Json item;
        if (!decode_fields(f.fields, v[i], path_index(path, i), item, errors)) return false;
        out.push_back(std::move(item));
      }
      return true;
    }
    case FieldType::group:
      return decode_fields(f.fields, v, path, out, errors);
  }
  errors.push_back(bad(path, Msg::share_bad_value));
  return false;
}

bool decode_fields(const std::vector<Field>& fields, const Json& values, const std::string& path, Json& out,
                   Diagnostics& errors) {
  if (!values.is_array() || values.size() > fields.size()) {
    errors.push_back(bad(path, Msg::share_not_array));
    return false;
  }
  out = Json::object();
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (values[i].is_null()) continue;
    Json v;
    if (!decode_value(fields[i], values[i], path_index(path, i), v, errors)) return false;
    out[fields[i].id] = std::move(v);
  }
  return true;
}

}  // namespace

std::string encode_share_code(const Policy& policy, const Json& profile) {
  static const Json kNone = Json::object();
  const Json& answers = profile.is_object() && profile.contains("answers") ? profile["answers"] : kNone;
  Json code = Json::array({policy.id, policy.profile_format_version, encode_fields(policy.questions, answers)});
  return base64url(code.dump());
}

bool decode_share_code(const Policy& policy, std::string_view code, Json& profile, Diagnostics& errors) {
  std::string text;
  if (code.size() > kMaxProfileBytes) {  // a link can be no longer than a file
    errors.push_back(bad("#p", Msg::share_too_long));
    return false;
  }
  if (code.empty() || !from_base64url(code, text)) {
    errors.push_back(bad("#p", Msg::share_bad_characters));
    return false;
  }
  Json doc;
  Diagnostics syntax;
  if (!parse_json_text(text, doc, syntax)) {
    errors.push_back(bad("#p", Msg::share_incomplete));
    return false;
  }
  if (!doc.is_array() || doc.size() != 3 || !doc[0].is_string() || !doc[1].is_number_integer()) {
    errors.push_back(bad("#p", Msg::share_not_ours));
    return false;
  }
  // Compared as the whole number it is: read as an int, 4294967297 would wrap to 1.
  if (doc[0].get<std::string>() != policy.id || !doc[1].is_number_unsigned() ||
      doc[1].get<std::uint64_t>() != static_cast<std::uint64_t>(policy.profile_format_version)) {
    errors.push_back(bad("#p[0]", Msg::share_other_policy));
    return false;
  }
  Json answers;
  if (!decode_fields(policy.questions, doc[2], "#p[2]", answers, errors)) return false;
  profile = Json{{"format", policy.profile_format_name + "@" + std::to_string(policy.profile_format_version)},
                 {"policy", policy.id},
                 {"answers", std::move(answers)}};
  return true;
}

}  // namespace assess
