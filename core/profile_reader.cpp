// Profile JSON -> Profile, field by field as the policy's questions describe them.
#include "profile_reader.hpp"

#include "json_text.hpp"
#include "messages.hpp"
#include "policy_loader.hpp"

namespace assess {

namespace {

std::size_t utf8_length(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string shown_number(const Json& j) {
  return j.dump();
}

class Reader {
 public:
  Reader(const Policy& p, Diagnostics& d) : p_(p), d_(d), start_(d.size()) {}

  void root(const Json& j, Profile& out) {
    JsonObjectReader r(j, "", d_);
    if (!r.ok()) return;
    // Format and policy first: when either is wrong the answers are not read at all (they would be misread).
    const bool format_ok = format(r);  // both read, so both are reported
    const bool policy_ok = policy(r);
    const bool header_ok = format_ok && policy_ok;
    const Json* answers = r.member("answers", true);
    r.finish();
    if (!header_ok || !answers) return;
    out.answers.assign(static_cast<std::size_t>(p_.answer_width), Value{});
    fields(*answers, "answers", p_.questions, out.answers);
  }

 private:
  const Policy& p_;
  Diagnostics& d_;
  std::size_t start_;

  bool full() const { return d_.size() - start_ >= kMaxProfileDiagnostics; }
  // Every diagnostic goes through here so the budget holds whatever the kind of error.
  void add(Diagnostic d) {
    if (full()) return;
    d_.push_back(std::move(d));
    if (full())
      d_.push_back(Diagnostic{"$", "too_many_errors", message("too_many_errors", {std::to_string(kMaxProfileDiagnostics)})});
  }
  void error(const std::string& path, const char* code, Text text) { add(Diagnostic{path, code, std::move(text)}); }

  bool format(JsonObjectReader& r) {
    std::string format, name;
    int version = 0;
    if (!r.string("format", format)) return false;
    std::string expected = p_.profile_format_name + "@" + std::to_string(p_.profile_format_version);
    if (!split_format(format, name, version) || name != p_.profile_format_name) {
      error(r.path_of("format"), "bad_format", message("bad_format", {expected, Json(format).dump()}));
      return false;
    }
    if (version > p_.profile_format_version) {
      error(r.path_of("format"), "newer_format",
            message("newer_format", {std::to_string(version), std::to_string(p_.profile_format_version)}));
      return false;
    }
    return true;
  }

  bool policy(JsonObjectReader& r) {
    std::string id;
    if (!r.string("policy", id)) return false;
    if (id != p_.id) {
      error(r.path_of("policy"), "wrong_policy", message("wrong_policy", {id, p_.id}));
      return false;
    }
    return true;
  }

  // Reads an object whose keys are the given fields into their slots of `values`.
  void fields(const Json& j, const std::string& path, const std::vector<Field>& defs, std::vector<Value>& values) {
    if (!j.is_object()) {
      add(wrong_type(path, "type_object", j));
      return;
    }
    for (auto it = j.begin(); it != j.end() && !full(); ++it) {
      const Field* def = nullptr;
      for (const Field& f : defs)
        if (f.id == it.key()) def = &f;
      std::string fpath = path_key(path, it.key());
      if (!def)
        error(fpath, "unknown_key", message("unknown_key", {it.key()}));
      else if (def->type == FieldType::group)
        fields(it.value(), fpath, def->fields, values);
      else
        value(it.value(), fpath, *def, values[static_cast<std::size_t>(def->slot)]);
    }
  }

  bool number(const Json& j, const std::string& path, std::int64_t max, bool yuan, std::int64_t& out) {
    const char* negative = yuan ? "yuan_negative" : "count_negative";
    const char* too_large = yuan ? "yuan_too_large" : "count_too_large";
    const char* not_integer = yuan ? "yuan_not_integer" : "count_not_integer";
    std::string limit = yuan ? format_yuan(max) : std::to_string(max);
    if (j.is_number_unsigned() && j.get<std::uint64_t>() > static_cast<std::uint64_t>(max)) {
      error(path, "out_of_range", message(too_large, {limit, shown_number(j)}));
      return false;
    }
    if (j.is_number_integer()) {
      // Parsed text keeps non-negative integers unsigned; documents built in code may hold them signed.
      std::int64_t v = j.is_number_unsigned() ? static_cast<std::int64_t>(j.get<std::uint64_t>()) : j.get<std::int64_t>();
      if (v < 0)
        error(path, "out_of_range", message(negative, {shown_number(j)}));
      else if (v > max)
        error(path, "out_of_range", message(too_large, {limit, shown_number(j)}));
      else
        out = v;
      return v >= 0 && v <= max;
    }
    if (j.is_number_float()) {
      double v = j.get<double>();
      if (v < 0)
        error(path, "out_of_range", message(negative, {shown_number(j)}));
      else if (v > static_cast<double>(max))
        error(path, "out_of_range", message(too_large, {limit, shown_number(j)}));
      else
        error(path, "not_integer", message(not_integer, {shown_number(j)}));
      return false;
    }
    add(wrong_type(path, "type_integer", j));
    return false;
  }

  int option(const Json& j, const std::string& path, const Field& def) {
    if (!j.is_string()) {
      add(wrong_type(path, "type_string", j));
      return -1;
    }
    const std::string& s = j.get_ref<const std::string&>();
    for (std::size_t i = 0; i < def.options.size(); ++i)
      if (def.options[i].value == s) return static_cast<int>(i);
    std::string allowed;
    for (const Option& o : def.options) allowed += (allowed.empty() ? "" : ", ") + o.value;
    error(path, "unknown_option", message("unknown_option", {s, allowed}));
    return -1;
  }

  void value(const Json& j, const std::string& path, const Field& def, Value& out) {
    switch (def.type) {
      case FieldType::boolean:
        if (!j.is_boolean()) {
          add(wrong_type(path, "type_bool", j));
          return;
        }
        out.number = j.get<bool>() ? 1 : 0;
        break;
      case FieldType::count:
        if (!number(j, path, p_.limits.count_max, false, out.number)) return;
        break;
      case FieldType::yuan:
        if (!number(j, path, p_.limits.yuan_max, true, out.number)) return;
        break;
      case FieldType::enumeration: {
        int idx = option(j, path, def);
        if (idx < 0) return;
        out.number = idx;
        break;
      }
      case FieldType::enum_set:
        if (!enum_set(j, path, def, out)) return;
        break;
      case FieldType::text: {
        if (!j.is_string()) {
          add(wrong_type(path, "type_string", j));
          return;
        }
        const std::string& s = j.get_ref<const std::string&>();
        std::size_t len = utf8_length(s);
        if (len > static_cast<std::size_t>(p_.limits.text_max)) {
          error(path, "too_long", message("text_too_long", {std::to_string(p_.limits.text_max), std::to_string(len)}));
          return;
        }
        out.text = s;
        break;
      }
      case FieldType::list:
        if (!list(j, path, def, out)) return;
        break;
      case FieldType::group:
        return;  // handled by fields()
    }
    out.answered = true;
  }

  bool enum_set(const Json& j, const std::string& path, const Field& def, Value& out) {
    if (!j.is_array()) {
      add(wrong_type(path, "type_array", j));
      return false;
    }
    bool ok = true;
    for (std::size_t i = 0; i < j.size(); ++i) {
      int idx = option(j[i], path_index(path, i), def);
      if (idx < 0) {
        ok = false;
        continue;
      }
      std::uint64_t bit = std::uint64_t{1} << idx;
      if (out.number & static_cast<std::int64_t>(bit)) {
        error(path_index(path, i), "duplicate_option", message("duplicate_option", {j[i].get<std::string>()}));
        ok = false;
      }
      out.number |= static_cast<std::int64_t>(bit);
    }
    return ok;
  }

  bool list(const Json& j, const std::string& path, const Field& def, Value& out) {
    if (!j.is_array()) {
      add(wrong_type(path, "type_array", j));
      return false;
    }
    if (j.size() > static_cast<std::size_t>(p_.limits.list_max)) {
      error(path, "too_many_items", message("too_many_items", {std::to_string(p_.limits.list_max), std::to_string(j.size())}));
      return false;
    }
    out.items.resize(j.size());
    for (std::size_t i = 0; i < j.size() && !full(); ++i) {
      out.items[i].values.assign(static_cast<std::size_t>(def.item_width), Value{});
      fields(j[i], path_index(path, i), def.fields, out.items[i].values);
    }
    return true;
  }
};

}  // namespace

bool read_profile_json(const Policy& policy, const Json& root, Profile& out, Diagnostics& errors) {
  const std::size_t before = errors.size();
  Profile p;
  Reader(policy, errors).root(root, p);
  if (errors.size() != before) return false;
  out = std::move(p);
  return true;
}

bool read_profile(const Policy& policy, std::string_view json_text, Profile& out, Diagnostics& errors) {
  Json root;
  if (!parse_json_text(json_text, root, errors)) return false;
  return read_profile_json(policy, root, out, errors);
}

}  // namespace assess
