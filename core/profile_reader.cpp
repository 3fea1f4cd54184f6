// Profile JSON -> Profile in one pass: a SAX handler validates each value against the policy's questions
// as the parser meets it, so there is no document tree and no path string unless there is an error.
// Errors come in document order; "missing" ones (known only at the end) come last.
#include "profile_reader.hpp"

#include <atomic>
#include <cmath>
#include <cstring>

#if ASSESS_HAVE_SIMDJSON
#include <simdjson.h>
#endif

#include "json_diagnostics.hpp"
#include "json_number.hpp"
#include "json_object_reader.hpp"
#include "json_replay.hpp"
#include "json_text.hpp"
#include "messages.hpp"
#include "policy_loader.hpp"
#include "profile_validator.hpp"
#include "utf8.hpp"

namespace assess {

std::optional<Diagnostic> check_name(const std::string& path, std::string_view text, const Limits& limits) {
  const auto max = static_cast<std::size_t>(limits.text_max);
  const utf8::TextCheck check = utf8::check_user_text(text, max);
  if (check.problem == utf8::TextProblem::too_long)
    return Diagnostic{path, "too_long", message(Msg::text_too_long, {std::to_string(max), std::to_string(check.characters)})};
  if (check.problem == utf8::TextProblem::bad_character)
    return Diagnostic{path, "bad_character", message(Msg::text_bad_character)};
  return std::nullopt;
}

namespace {

// One level of the document being read: the document itself (the bottom of the stack) or a container open in
// it. Its kind is the reader's state at that level, which says where the next key or value there goes.
struct Frame {
  enum class Kind {
    document,    // at the document itself: an object makes this frame `header`; any other value is a wrong
                 // type, and once it has been read (skipped, if an array) this frame is `not_object`
    header,      // in the document's object (and after it): its members "format", "policy", "answers"
    not_object,  // the document was another value, reported as such: nothing more is read
    fields,      // in an object of answers: its members are the fields defined at this level
    list,        // in a list: each element is an item, an object of the list's fields
    enum_set,    // in an enum set: each element is one of the field's options
    skipped,     // in a value that is not read (a wrong type, an ignored member, an item past the limit)
  };
  // header: the member whose value comes next. A repeated member is ignored like an unknown one.
  enum class Member { format, policy, answers, ignored };

  // Made with its kind. The constructor being user-provided matters too: emplace_back() of a frame without one
  // zeroes all of it first (`rep stos`), which cost ~5 % of `assess --batch --format summary`.
  explicit Frame(Kind k) : kind(k) {}

  Kind kind;
  // header: the member whose value comes next.
  Member member = Member::ignored;
  // header, fields: how paths name the member whose value comes next. header: its key (an unknown one quoted in
  // part when over the string limit; a repeated one "(duplicate)"). fields: only when its value is not read (an
  // unknown key, quoted in part; a repeated field's id); a field that is read is named by its id.
  std::string name;
  // fields: the definitions at this level and the slots they fill; the field whose value comes next, or null
  // when that value is not read (an unknown or repeated key); the fields met so far (a repeated one is an
  // error); where to look for the next key first (keys usually come in the policy's order).
  const std::vector<Field>* defs = nullptr;
  std::vector<Value>* values = nullptr;
  const Field* member_field = nullptr;
  std::vector<const Field*> seen;
  std::size_t hint = 0;
  // list, enum_set: the field being filled, its value, and the index of the element that comes next (all the
  // elements read so far, items past the limit included, when the container closes).
  const Field* field = nullptr;
  Value* value = nullptr;
  std::size_t index = 0;
  // skipped: the containers open inside the skipped value, itself included.
  std::size_t depth = 0;
};

using Kind = Frame::Kind;
using Member = Frame::Member;

class ProfileSax {
 public:
  ProfileSax(const Policy& p, Profile& out) : p_(p), out_(out) {
    out_.answers.assign(static_cast<std::size_t>(p_.answer_width), Value{});
    stack_.emplace_back(Kind::document);
  }

  // The SAX interface of nlohmann::json. Every value, scalar or container, ends in value_read(), except the
  // document's object (nothing is read after it).
  bool null() { return scalar("null"); }
  bool boolean(bool b) {
    if (Value* v = expect(FieldType::boolean, [b] { return std::string(b ? "true" : "false"); }))
      v->number = b ? 1 : 0, v->answered = true;
    value_read();
    return true;
  }
  bool number_integer(std::int64_t n) {
    // |n| as unsigned: -INT64_MIN does not fit an int64.
    const std::uint64_t magnitude = n < 0 ? 0 - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
    return number(JsonNumber{n < 0, true, true, magnitude}, true, [n] { return std::to_string(n); });
  }
  bool number_unsigned(std::uint64_t n) {
    return number(JsonNumber{false, true, true, n}, true, [n] { return std::to_string(n); });
  }
  // Any number with a fraction or an exponent, or too large for 64 bits: read from its text, not its double.
  bool number_float(double, const std::string& literal) {
    return number(read_json_number(literal), false, [&literal] { return excerpt(literal); });
  }
  bool binary(Json::binary_t&) { return scalar("binary"); }
  bool string(std::string& s);
  bool start_object(std::size_t) { return open() && object_opened(); }
  bool key(std::string& k);
  bool end_object() { return close() && object_closed(); }
  bool start_array(std::size_t) { return open() && array_opened(); }
  bool end_array() { return close() && array_closed(); }
  bool parse_error(std::size_t, const std::string& token, const Json::exception& ex) {
    if (ex.id == kNumberOverflow) return number_overflow(token, ex);
    syntax_error_ = syntax_error_text(ex);
    return false;
  }

  void finish(Diagnostics& out);

 private:
  const Policy& p_;
  Profile& out_;
  std::vector<Frame> stack_;
  Diagnostics header_errors_, answer_errors_, root_errors_;
  bool seen_format_ = false, seen_policy_ = false, seen_answers_ = false;
  bool format_ok_ = false, policy_ok_ = false;
  std::size_t error_count_ = 0;
  bool overflowed_ = false;
  std::string syntax_error_;
  Diagnostics fatal_;      // a limit that stops reading (nesting too deep)
  std::size_t depth_ = 0;  // containers open now, skipped ones included

  Frame& top() { return stack_.back(); }
  bool in_answers() const { return stack_.size() > 1; }

  // The JSON path of the value being read ("$" for the document itself), as the frames below `end` give it.
  std::string path(std::size_t end) const {
    std::string out;
    for (std::size_t i = 0; i < end; ++i) {
      const Frame& f = stack_[i];
      switch (f.kind) {
        case Kind::header:
          out += f.name;
          break;
        case Kind::fields:
          out += "." + (f.member_field ? f.member_field->id : f.name);
          break;
        case Kind::list:
        case Kind::enum_set:
          out += "[" + std::to_string(f.index) + "]";
          break;
        case Kind::document:
        case Kind::not_object:
        case Kind::skipped:
          break;
      }
    }
    return out.empty() ? "$" : out;
  }
  std::string path() const { return path(stack_.size()); }
  // The path of the innermost container itself (for errors about a list as a whole).
  std::string container_path() const { return path(stack_.size() - 1); }

  // Every container counts towards the nesting limit, even inside a value that is being skipped.
  bool open() {
    if (++depth_ <= kMaxJsonDepth) return true;
    fatal_.push_back(too_deep(path()));
    return false;
  }
  bool close() {
    --depth_;
    return true;
  }
  bool object_opened();
  bool object_closed();
  bool array_opened();
  bool array_closed();
  // A string longer than any answer can be is reported (quoted in part) and not looked at further.
  bool too_long(const std::string& s) {
    if (s.size() <= kMaxJsonStringBytes) return false;
    error(path(), "too_long", message(Msg::string_too_long, {std::to_string(kMaxJsonStringBytes), std::to_string(s.size())}));
    return true;
  }

  void add(Diagnostics& to, Diagnostic d) {
    if (error_count_ >= kMaxProfileDiagnostics) {
      overflowed_ = true;
      return;
    }
    ++error_count_;
    to.push_back(std::move(d));
  }
  void error(const std::string& p, const char* code, Text text) {
    add(in_answers() ? answer_errors_ : root_errors_, Diagnostic{p, code, std::move(text)});
  }
  void wrong_type(Msg expected_key, const std::string& got) {
    Text expected = message(expected_key);
    error(path(), "wrong_type",
          Text{message_in(Lang::zh, Msg::wrong_type, {expected.zh, got}),
               message_in(Lang::en, Msg::wrong_type, {expected.en, got})});
  }

  // The value starting here is of a type its place does not take: reports the wrong type, where the value is
  // read at all (not under an ignored key, nor inside a skipped value). `shown()` gives the value as the error
  // quotes it; it is called only for an error.
  template <typename Shown>
  void misplaced(const Shown& shown);
  // Where a scalar of the given type goes: the slot of the field whose value comes next, when it takes that
  // type; otherwise null, the value misplaced().
  template <typename Shown>
  Value* expect(FieldType type, const Shown& shown);
  // A value has been read (or skipped) where the top frame expects one: the document, when it is not an
  // object, is done; a list or an enum set moves on to its next element.
  void value_read() {
    Frame& f = top();
    switch (f.kind) {
      case Kind::document:
        f.kind = Kind::not_object;
        break;
      case Kind::list:
      case Kind::enum_set:
        ++f.index;
        break;
      case Kind::header:  // the next key says where the next value goes
      case Kind::fields:
      case Kind::not_object:
      case Kind::skipped:
        break;
    }
  }
  bool scalar(const char* shown);
  // nlohmann stops at a number beyond a double (1e400) with error 406: it is refused where it stands, as any
  // number out of range, and alone (reading stopped there, so nothing after it is known).
  static constexpr int kNumberOverflow = 406;
  bool number_overflow(const std::string& literal, const Json::exception& ex) {
    const std::size_t before = answer_errors_.size() + root_errors_.size();
    number_float(HUGE_VAL, literal);
    if (answer_errors_.size() + root_errors_.size() > before)
      fatal_.push_back((in_answers() ? answer_errors_ : root_errors_).back());
    else  // where nothing is read (inside a value already refused), nlohmann's own words
      syntax_error_ = syntax_error_text(ex);
    return false;
  }
  // A number where the top frame expects a value; `raw()` gives it as an error quotes it.
  template <typename Raw>
  bool number(const JsonNumber& n, bool spelled_as_integer, const Raw& raw);
  void string_value(std::string& s);
  void header_string(std::string& s);

  void push_fields(const std::vector<Field>& defs, std::vector<Value>& values) {
    Frame& next = stack_.emplace_back(Kind::fields);
    next.defs = &defs;
    next.values = &values;
  }
  void push_elements(Kind kind, const Field& field, Value& value) {
    Frame& next = stack_.emplace_back(kind);
    next.field = &field;
    next.value = &value;
  }
  // The container just opened is not read: until it closes, containers in it only change the depth.
  void push_skipped() {
    Frame& next = stack_.emplace_back(Kind::skipped);
    next.depth = 1;
  }
  // A container inside a skipped value closes; when it is the skipped value itself, that value has been read.
  bool skipped_closed() {
    if (--top().depth == 0) {
      stack_.pop_back();
      value_read();
    }
    return true;
  }
  Msg expected_key(const Field& f) const {
    switch (f.type) {
      case FieldType::boolean:
        return Msg::type_bool;
      case FieldType::count:
      case FieldType::yuan:
        return Msg::type_integer;
      case FieldType::enumeration:
      case FieldType::text:
        return Msg::type_string;
      case FieldType::enum_set:
      case FieldType::list:
        return Msg::type_array;
      case FieldType::group:
        return Msg::type_object;
    }
    return Msg::type_object;
  }
};

template <typename Shown>
void ProfileSax::misplaced(const Shown& shown) {
  const Frame& f = top();
  switch (f.kind) {
    case Kind::document:  // the document must be an object
    case Kind::list:      // an item is an object
      wrong_type(Msg::type_object, shown());
      return;
    case Kind::enum_set:  // an element is an option, a string
      wrong_type(Msg::type_string, shown());
      return;
    case Kind::header:
      if (f.member == Member::answers)
        wrong_type(Msg::type_object, shown());
      else if (f.member == Member::format || f.member == Member::policy)
        wrong_type(Msg::type_string, shown());
      return;
    case Kind::fields:
      if (f.member_field) wrong_type(expected_key(*f.member_field), shown());
      return;
    case Kind::not_object:
    case Kind::skipped:
      return;
  }
}

template <typename Shown>
Value* ProfileSax::expect(FieldType type, const Shown& shown) {
  const Frame& f = top();
  if (f.kind == Kind::fields && f.member_field) {
    const Field& field = *f.member_field;
    bool numeric = type == FieldType::count;
    // A group is an object of fields, never a value of its own (its slot is -1): nothing fits it here.
    const bool fits = field.type != FieldType::group &&
                      (field.type == type || (numeric && (field.type == FieldType::count || field.type == FieldType::yuan)) ||
                       (type == FieldType::text && field.type == FieldType::enumeration));
    if (fits) return &(*f.values)[static_cast<std::size_t>(field.slot)];
  }
  misplaced(shown);
  return nullptr;
}

bool ProfileSax::scalar(const char* shown) {
  // nothing accepts null or binary: always a wrong type where it matters
  misplaced([shown] { return std::string(shown); });
  value_read();
  return true;
}

template <typename Raw>
bool ProfileSax::number(const JsonNumber& n, bool spelled_as_integer, const Raw& raw) {
  Frame& f = top();
  const Field* field = f.kind == Kind::fields ? f.member_field : nullptr;
  if (!field || (field->type != FieldType::count && field->type != FieldType::yuan)) {
    misplaced(raw);  // a wrong type (or nothing, where the value is not read)
    value_read();
    return true;
  }
  const bool yuan = field->type == FieldType::yuan;
  const auto max = static_cast<std::uint64_t>(yuan ? p_.limits.yuan_max : p_.limits.count_max);
  Value& v = (*f.values)[static_cast<std::size_t>(field->slot)];
  if (n.negative) {
    error(path(), "out_of_range", message(yuan ? Msg::yuan_negative : Msg::count_negative, {raw()}));
  } else if (!n.fits || n.magnitude > max) {
    // An integer as written elsewhere (10,000,000,000,001); any other spelling as it was written.
    const std::string got = yuan && spelled_as_integer && n.fits && n.magnitude <= static_cast<std::uint64_t>(INT64_MAX)
                                ? format_yuan(static_cast<std::int64_t>(n.magnitude))
                                : raw();
    const std::string limit = yuan ? format_yuan(static_cast<std::int64_t>(max)) : std::to_string(max);
    error(path(), "out_of_range", message(yuan ? Msg::yuan_too_large : Msg::count_too_large, {limit, got}));
  } else if (!n.whole) {
    error(path(), "not_integer", message(yuan ? Msg::yuan_not_integer : Msg::count_not_integer, {raw()}));
  } else {
    // 3e6 and 3000000.0 are the whole number 3000000 written another way (JSON Schema's "integer" agrees),
    // decided from the digits as written: 2.9999999999999999 is not 3, nor 1e-400 zero.
    v.number = static_cast<std::int64_t>(n.magnitude);
    v.answered = true;
  }
  value_read();
  return true;
}

void ProfileSax::header_string(std::string& s) {
  Frame& f = top();
  if (f.member == Member::format) {
    std::string name;
    int version = 0;
    std::string expected = p_.profile_format_name + "@" + std::to_string(p_.profile_format_version);
    if (!split_format(s, name, version) || name != p_.profile_format_name)
      add(header_errors_, Diagnostic{"format", "bad_format", message(Msg::bad_format, {expected, "\"" + excerpt(s) + "\""})});
    else if (version > p_.profile_format_version)
      add(header_errors_,
          Diagnostic{"format", "newer_format",
                     message(Msg::newer_format, {std::to_string(version), std::to_string(p_.profile_format_version)})});
    else
      format_ok_ = true;
  } else if (f.member == Member::policy) {
    if (s != p_.id)
      add(header_errors_, Diagnostic{"policy", "wrong_policy", message(Msg::wrong_policy, {excerpt(s), p_.id})});
    else
      policy_ok_ = true;
  } else if (f.member == Member::answers) {
    wrong_type(Msg::type_object, "\"" + excerpt(s) + "\"");
  }
}

// How an error quotes a string value.
std::string quoted_excerpt(const std::string& s) {
  return "\"" + excerpt(s) + "\"";
}

bool ProfileSax::string(std::string& s) {
  string_value(s);
  value_read();
  return true;
}

void ProfileSax::string_value(std::string& s) {
  Frame& f = top();
  if (f.kind == Kind::skipped || too_long(s)) return;
  if (f.kind == Kind::header) {
    header_string(s);
    return;
  }
  if (f.kind == Kind::enum_set) {
    const Field& def = *f.field;
    int idx = -1;
    for (std::size_t i = 0; i < def.options.size(); ++i)
      if (def.options[i].value == s) idx = static_cast<int>(i);
    if (idx < 0) {
      std::string allowed;
      for (const Option& o : def.options) allowed += (allowed.empty() ? "" : ", ") + o.value;
      error(path(), "unknown_option", message(Msg::unknown_option, {excerpt(s), allowed}));
    } else {
      std::int64_t bit = std::int64_t{1} << idx;
      if (f.value->number & bit) error(path(), "duplicate_option", message(Msg::duplicate_option, {s}));
      f.value->number |= bit;
    }
    return;
  }
  const Field* field = f.kind == Kind::fields ? f.member_field : nullptr;
  Value* v = expect(FieldType::text, [&s] { return quoted_excerpt(s); });
  if (!v || !field) return;
  if (field->type == FieldType::enumeration) {
    for (std::size_t i = 0; i < field->options.size(); ++i)
      if (field->options[i].value == s) {
        v->number = static_cast<std::int64_t>(i);
        v->answered = true;
        return;
      }
    std::string allowed;
    for (const Option& o : field->options) allowed += (allowed.empty() ? "" : ", ") + o.value;
    error(path(), "unknown_option", message(Msg::unknown_option, {excerpt(s), allowed}));
    return;
  }
  if (const std::optional<Diagnostic> d = check_name(path(), s, p_.limits)) {
    error(d->path, d->code.c_str(), d->message);
    return;
  }
  v->text = std::move(s);
  v->answered = true;
}

bool ProfileSax::object_opened() {
  Frame& f = top();
  switch (f.kind) {
    case Kind::skipped:
      ++f.depth;
      return true;
    case Kind::document:  // the document's object: this frame reads its members
      f.kind = Kind::header;
      return true;
    case Kind::header:
      if (f.member != Member::answers) break;
      push_fields(p_.questions, out_.answers);
      return true;
    case Kind::fields:
      if (!f.member_field || f.member_field->type != FieldType::group) break;
      push_fields(f.member_field->fields, *f.values);  // a group's fields have slots beside its siblings'
      return true;
    case Kind::list: {
      if (f.index >= static_cast<std::size_t>(p_.limits.list_max)) {  // counted, not stored (reported at the end)
        push_skipped();
        return true;
      }
      Item& item = f.value->items.emplace_back();
      item.values.assign(static_cast<std::size_t>(f.field->item_width), Value{});
      push_fields(f.field->fields, item.values);
      return true;
    }
    case Kind::enum_set:
    case Kind::not_object:
      break;
  }
  misplaced([] { return std::string("{...}"); });  // a wrong type here (or an ignored member's value)
  push_skipped();
  return true;
}

bool ProfileSax::key(std::string& k) {
  Frame& f = top();
  if (f.kind == Kind::skipped) return true;  // a key inside a skipped value is not read
  if (f.kind == Kind::header) {
    const Member named = k == "format"    ? Member::format
                         : k == "policy"  ? Member::policy
                         : k == "answers" ? Member::answers
                                          : Member::ignored;
    bool* seen = named == Member::format    ? &seen_format_
                 : named == Member::policy  ? &seen_policy_
                 : named == Member::answers ? &seen_answers_
                                            : nullptr;
    if (!seen) {
      f.member = Member::ignored;
      f.name = k.size() <= kMaxJsonStringBytes ? k : excerpt(k);
      error(excerpt(k), "unknown_key", message(Msg::unknown_key, {excerpt(k)}));
    } else if (*seen) {
      // A second "policy" or "answers" must not quietly replace the first: refuse it, and read neither.
      error(k, "duplicate_key", message(Msg::duplicate_key, {k}));
      f.member = Member::ignored;
      f.name = "(duplicate)";
      if (named == Member::format) format_ok_ = false;
      if (named == Member::policy) policy_ok_ = false;
    } else {
      f.member = named;
      f.name = k;
    }
    if (seen) *seen = true;
    return true;
  }
  // Kind::fields: no other kind meets a key.
  const std::vector<Field>& defs = *f.defs;
  for (std::size_t n = 0, i = f.hint; n < defs.size(); ++n, i = i + 1 < defs.size() ? i + 1 : 0) {
    const Field& def = defs[i];
    if (def.id == k) {
      f.hint = i + 1 < defs.size() ? i + 1 : 0;
      for (const Field* s : f.seen)
        if (s == &def) {  // the value that follows is ignored, and the file refused
          f.member_field = nullptr;
          f.name = def.id;
          error(path(), "duplicate_key", message(Msg::duplicate_key, {def.id}));
          return true;
        }
      f.seen.push_back(&def);
      f.member_field = &def;
      return true;
    }
  }
  f.member_field = nullptr;
  f.name = excerpt(k);  // only unknown keys need their text kept (for the path of the error)
  error(path(), "unknown_key", message(Msg::unknown_key, {excerpt(k)}));
  return true;
}

bool ProfileSax::object_closed() {
  Frame& f = top();
  if (f.kind == Kind::skipped) return skipped_closed();
  if (f.kind == Kind::header) return true;  // the end of the document
  stack_.pop_back();                        // an object of fields: the group's or item's value has been read
  value_read();
  return true;
}

bool ProfileSax::array_opened() {
  Frame& f = top();
  if (f.kind == Kind::skipped) {
    ++f.depth;
    return true;
  }
  const Field* field = f.kind == Kind::fields ? f.member_field : nullptr;
  if (field && (field->type == FieldType::list || field->type == FieldType::enum_set)) {
    Value& v = (*f.values)[static_cast<std::size_t>(field->slot)];
    v = Value{};
    push_elements(field->type == FieldType::list ? Kind::list : Kind::enum_set, *field, v);
    return true;
  }
  misplaced([] { return std::string("[...]"); });  // a wrong type here (or an ignored member's value)
  push_skipped();
  return true;
}

bool ProfileSax::array_closed() {
  Frame& f = top();
  if (f.kind == Kind::skipped) return skipped_closed();
  if (f.kind == Kind::list && f.index > static_cast<std::size_t>(p_.limits.list_max)) {
    std::size_t count = f.index;
    error(container_path(), "too_many_items",
          message(Msg::too_many_items, {std::to_string(p_.limits.list_max), std::to_string(count)}));
    f.value->items.clear();
  }
  if (f.kind == Kind::list || f.kind == Kind::enum_set) f.value->answered = true;
  stack_.pop_back();
  value_read();
  return true;
}

void ProfileSax::finish(Diagnostics& out) {
  if (!syntax_error_.empty()) {
    out.push_back(Diagnostic{"$", "json_syntax", message(Msg::json_syntax, {syntax_error_})});
    return;
  }
  if (!fatal_.empty()) {
    out.push_back(std::move(fatal_.front()));
    return;
  }
  if (stack_.front().kind != Kind::header) {  // the document is not an object: its one error says so
    for (Diagnostic& d : root_errors_) out.push_back(std::move(d));
    return;
  }
  Diagnostics missing;
  if (!seen_format_) missing.push_back(Diagnostic{"format", "missing_key", message(Msg::missing_key, {"format"})});
  if (!seen_policy_) missing.push_back(Diagnostic{"policy", "missing_key", message(Msg::missing_key, {"policy"})});
  if (!seen_answers_) missing.push_back(Diagnostic{"answers", "missing_key", message(Msg::missing_key, {"answers"})});
  for (Diagnostic& d : header_errors_) out.push_back(std::move(d));
  for (Diagnostic& d : root_errors_) out.push_back(std::move(d));
  // Answers checked against the wrong policy or format would only mislead: report them only when both fit.
  const bool header_ok = format_ok_ && policy_ok_;
  if (header_ok)
    for (Diagnostic& d : answer_errors_) out.push_back(std::move(d));
  for (Diagnostic& d : missing) out.push_back(std::move(d));
  if (overflowed_ && header_ok)
    out.push_back(Diagnostic{"$", "too_many_errors", message(Msg::too_many_errors, {std::to_string(kMaxProfileDiagnostics)})});
}

}  // namespace

struct ProfileValidator::Reader {
  explicit Reader(const Policy& policy) : sax(policy, profile) {}
  Profile profile;
  ProfileSax sax;
};

ProfileValidator::ProfileValidator(const Policy& policy) : reader_(std::make_unique<Reader>(policy)) {}
ProfileValidator::~ProfileValidator() = default;
bool ProfileValidator::null() {
  return reader_->sax.null();
}
bool ProfileValidator::boolean(bool b) {
  return reader_->sax.boolean(b);
}
bool ProfileValidator::number_integer(std::int64_t n) {
  return reader_->sax.number_integer(n);
}
bool ProfileValidator::number_unsigned(std::uint64_t n) {
  return reader_->sax.number_unsigned(n);
}
bool ProfileValidator::number_float(double d, const std::string& literal) {
  return reader_->sax.number_float(d, literal);
}
bool ProfileValidator::string(std::string& s) {
  return reader_->sax.string(s);
}
bool ProfileValidator::key(std::string& k) {
  return reader_->sax.key(k);
}
bool ProfileValidator::start_object(std::size_t n) {
  return reader_->sax.start_object(n);
}
bool ProfileValidator::end_object() {
  return reader_->sax.end_object();
}
bool ProfileValidator::start_array(std::size_t n) {
  return reader_->sax.start_array(n);
}
bool ProfileValidator::end_array() {
  return reader_->sax.end_array();
}
bool ProfileValidator::parse_error(std::size_t position, const std::string& token, const Json::exception& ex) {
  return reader_->sax.parse_error(position, token, ex);
}
void ProfileValidator::finish(Diagnostics& errors) {
  reader_->sax.finish(errors);
}
const Profile& ProfileValidator::profile() const {
  return reader_->profile;
}

namespace {
std::atomic<std::uint64_t> texts_read{0};
}

std::uint64_t profile_texts_read() {
  return texts_read.load(std::memory_order_relaxed);
}

bool read_profile(const Policy& policy, std::string_view json_text, Profile& out, Diagnostics& errors) {
  texts_read.fetch_add(1, std::memory_order_relaxed);
  const std::size_t before = errors.size();
  if (json_text.size() > kMaxProfileBytes) {  // refused before parsing: the limit bounds memory and time
    errors.push_back(input_too_large(kMaxProfileBytes));
    return false;
  }
  if (std::optional<Diagnostic> nul = nul_byte(json_text)) {
    errors.push_back(std::move(*nul));
    return false;
  }
  Profile p;
  ProfileSax sax(policy, p);
  Json::sax_parse(json_text.begin(), json_text.end(), &sax, Json::input_format_t::json, true, false);
  sax.finish(errors);
  if (errors.size() != before) return false;
  out = std::move(p);
  return true;
}

// The document's events replayed into the same handler: no text is made. (The limit on a text's size bounds
// the parsing of text; a document is parsed already, and its strings and depth are checked as text's are.)
bool read_profile_json(const Policy& policy, const Json& root, Profile& out, Diagnostics& errors) {
  const std::size_t before = errors.size();
  Profile p;
  ProfileSax sax(policy, p);
  replay_json(root, sax);
  sax.finish(errors);
  if (errors.size() != before) return false;
  out = std::move(p);
  return true;
}

bool read_profile_document(const Policy& policy, std::string_view json_text, Json& document, Profile& out, Diagnostics& errors) {
  Profile p;
  if (!read_profile(policy, json_text, p, errors)) return false;
  // Valid, so within every limit and without duplicate keys: the document tree is bounded too.
  Json doc;
  if (!parse_json_text(json_text, doc, errors)) return false;
  document = std::move(doc);
  out = std::move(p);
  return true;
}

#if ASSESS_HAVE_SIMDJSON

static_assert(kProfileReadPadding >= simdjson::SIMDJSON_PADDING, "the padding simdjson reads past the text");

// simdjson's document, replayed into ProfileSax as the events nlohmann's SAX parser would send for it. Only
// plainly valid profiles are kept: walk() declines (returns false) where nlohmann might have sent other events
// or the validation stops, and read() then declines the profile if validation found any error.
struct ProfileReader::Tokenizer {
  simdjson::dom::parser parser;
  std::string scratch;  // keys and strings, as the SAX interface takes them

  bool walk(ProfileSax& sax, simdjson::dom::element e) {
    using Type = simdjson::dom::element_type;
    switch (e.type()) {
      case Type::OBJECT: {
        const simdjson::dom::object o = e.get_object().value_unsafe();
        if (!sax.start_object(o.size())) return false;
        for (const simdjson::dom::key_value_pair member : o) {
          scratch.assign(member.key.data(), member.key.size());
          if (!sax.key(scratch) || !walk(sax, member.value)) return false;
        }
        return sax.end_object();
      }
      case Type::ARRAY: {
        const simdjson::dom::array a = e.get_array().value_unsafe();
        if (!sax.start_array(a.size())) return false;
        for (const simdjson::dom::element item : a)
          if (!walk(sax, item)) return false;
        return sax.end_array();
      }
      case Type::STRING: {
        const std::string_view v = e.get_string().value_unsafe();
        // nlohmann refuses a lone surrogate escape (\ud800) as a syntax error; whatever simdjson makes of one
        // (UTF-8 bytes ED A0..BF), such a string goes to the slow path.
        for (const char* p = v.data(); (p = static_cast<const char*>(std::memchr(p, 0xED, v.data() + v.size() - p)));)
          if (++p < v.data() + v.size() && static_cast<unsigned char>(*p) >= 0xA0) return false;
        scratch.assign(v.data(), v.size());
        return sax.string(scratch);
      }
      case Type::INT64: {
        const std::int64_t n = e.get_int64().value_unsafe();
        return n < 0 ? sax.number_integer(n) : sax.number_unsigned(static_cast<std::uint64_t>(n));
      }
      case Type::UINT64:
        return sax.number_unsigned(e.get_uint64().value_unsafe());
      case Type::DOUBLE:  // nlohmann passes the number as written, which simdjson does not keep: the slow path
        return false;
      case Type::BOOL:
        return sax.boolean(e.get_bool().value_unsafe());
      case Type::NULL_VALUE:
        return sax.null();
    }
    return false;
  }
};

ProfileReader::ProfileReader(const Policy& policy) : policy_(policy), tokenizer_(std::make_unique<Tokenizer>()) {}

bool ProfileReader::fast_path_available() {
  return true;
}

bool ProfileReader::read(std::string_view json_text, bool padded, Profile& out, Diagnostics& errors) {
  last_path_ = Path::fast;
  // A NUL byte is read_profile's error to report (simdjson might take one in a string or after the document).
  if (json_text.size() <= kMaxProfileBytes && std::memchr(json_text.data(), 0, json_text.size()) == nullptr) {
    simdjson::dom::element root;
    const auto parsed =
        padded ? tokenizer_->parser.parse(reinterpret_cast<const std::uint8_t*>(json_text.data()), json_text.size(), false)
               : tokenizer_->parser.parse(json_text.data(), json_text.size(), true);
    if (parsed.get(root) == simdjson::SUCCESS) {
      Profile p;
      ProfileSax sax(policy_, p);
      if (tokenizer_->walk(sax, root)) {
        Diagnostics found;
        sax.finish(found);
        if (found.empty()) {
          out = std::move(p);
          return true;
        }
      }
    }
  }
  last_path_ = Path::fallback;
  return read_profile(policy_, json_text, out, errors);
}

#else

struct ProfileReader::Tokenizer {};

ProfileReader::ProfileReader(const Policy& policy) : policy_(policy) {}

bool ProfileReader::fast_path_available() {
  return false;
}

bool ProfileReader::read(std::string_view json_text, bool, Profile& out, Diagnostics& errors) {
  last_path_ = Path::fallback;
  return read_profile(policy_, json_text, out, errors);
}

#endif

ProfileReader::~ProfileReader() = default;

}  // namespace assess
