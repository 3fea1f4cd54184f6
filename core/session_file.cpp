// Session files in one pass: a SAX handler that reads the header and the list of enterprises itself, hands
// each enterprise's profile to a ProfileValidator as its events arrive, and stops as soon as the file's budget
// (enterprises, items, errors) is spent.
#include "session_file.hpp"

#include <algorithm>
#include <memory>
#include <optional>

#include "input_limits.hpp"
#include "json_diagnostics.hpp"
#include "json_object_reader.hpp"
#include "json_text.hpp"
#include "messages.hpp"
#include "profile_reader.hpp"
#include "profile_validator.hpp"

namespace assess {

namespace {

// List items in a profile's answers, nested lists included.
std::size_t count_items(const std::vector<Value>& values) {
  std::size_t n = 0;
  for (const Value& v : values) {
    n += v.items.size();
    for (const Item& item : v.items) n += count_items(item.values);
  }
  return n;
}

class SessionSax {
 public:
  SessionSax(const Policy& policy, std::string_view format, std::size_t max_enterprises)
      : policy_(policy), format_(format), max_enterprises_(max_enterprises) {}

  // nlohmann's SAX interface.
  bool null() {
    return scalar([] { return std::string("null"); }, [](ProfileValidator& p) { return p.null(); });
  }
  bool boolean(bool b) {
    return scalar([b] { return std::string(b ? "true" : "false"); }, [b](ProfileValidator& p) { return p.boolean(b); });
  }
  bool number_integer(std::int64_t n) {
    return scalar([n] { return std::to_string(n); }, [n](ProfileValidator& p) { return p.number_integer(n); });
  }
  bool number_unsigned(std::uint64_t n) {
    return scalar([n] { return std::to_string(n); }, [n](ProfileValidator& p) { return p.number_unsigned(n); });
  }
  bool number_float(double d, const std::string& literal) {
    return scalar([&literal] { return excerpt(literal); },
                  [d, &literal](ProfileValidator& p) { return p.number_float(d, literal); });
  }
  bool binary(Json::binary_t&) {  // never in JSON text
    return scalar([] { return std::string("binary"); }, [](ProfileValidator& p) { return p.null(); });
  }
  bool string(std::string& s);
  bool key(std::string& k);
  bool start_object(std::size_t n) { return open(true, n); }
  bool start_array(std::size_t n) { return open(false, n); }
  bool end_object() { return close(true); }
  bool end_array() { return close(false); }
  bool parse_error(std::size_t position, const std::string& token, const Json::exception& ex);

  // After parsing: what the file was, with its errors.
  SessionFileRead finish(Diagnostics& errors);

 private:
  // Where the reader is: before the document, in its object, in the list of enterprises, in one enterprise.
  enum class Place { document, header, list, enterprise, done };
  // Which member's value comes next (header: format, policy, enterprises; enterprise: name, profile).
  enum class Member { none, format, policy, enterprises, name, profile };

  const Policy& policy_;
  std::string_view format_;
  std::size_t max_enterprises_;
  Place place_ = Place::document;
  Member member_ = Member::none;
  std::string member_path_;        // the path of the member whose value comes next
  std::size_t skipped_depth_ = 0;  // containers open inside a value that is not read
  std::unique_ptr<ProfileValidator> profile_;
  std::size_t profile_depth_ = 0;  // containers open inside the profile being read
  std::size_t enterprises_ = 0;    // elements of the list met so far
  std::size_t items_ = 0;          // list items in the profiles read so far
  bool seen_format_ = false, seen_policy_ = false, seen_list_ = false, seen_name_ = false, seen_profile_ = false;
  Diagnostics errors_;
  bool over_budget_ = false;  // more errors than kMaxSessionErrors: the rest is not read
  bool stop_ = false;         // reading ends here (a budget spent, a profile's limit)
  std::optional<Diagnostic> syntax_;

  std::string enterprise_path() const { return path_index("enterprises", enterprises_ - 1); }

  // Records an error; once the budget is spent, reading stops.
  void error(Diagnostic d) {
    if (errors_.size() >= kMaxSessionErrors) {
      over_budget_ = stop_ = true;
      return;
    }
    errors_.push_back(std::move(d));
  }
  void wrong_type(const std::string& path, Msg expected, const std::string& got) {
    const Text e = message(expected);
    error(
        Diagnostic{path, "wrong_type",
                   Text{message_in(Lang::zh, Msg::wrong_type, {e.zh, got}), message_in(Lang::en, Msg::wrong_type, {e.en, got})}});
  }
  // What the value starting now is for, when it is a scalar (a container is dealt with in open()).
  template <typename Shown, typename Forward>
  bool scalar(const Shown& shown, const Forward& forward);
  bool open(bool object, std::size_t n);
  bool close(bool object);
  // A new element of the list; false (and reading stops) past the room the session has.
  bool next_enterprise();
  void enterprise_closed();
  void profile_started() {
    profile_ = std::make_unique<ProfileValidator>(policy_);
    seen_profile_ = true;
  }
  // The profile's value is complete (or its reading stopped): its errors, under the enterprise's path.
  void profile_finished();
  void header_string(const std::string& s);
  bool member_key(const std::string& k);
};

template <typename Shown, typename Forward>
bool SessionSax::scalar(const Shown& shown, const Forward& forward) {
  if (skipped_depth_ > 0) return true;
  if (profile_) {
    const bool go_on = forward(*profile_);
    if (!go_on) profile_finished();  // reading stopped inside the profile
    return go_on && !stop_;
  }
  switch (place_) {
    case Place::document:  // not an object: not a session file
    case Place::done:
      place_ = Place::done;
      return false;
    case Place::list:
      if (next_enterprise()) wrong_type(enterprise_path(), Msg::type_object, shown());
      return !stop_;
    case Place::header:
    case Place::enterprise:
      break;
  }
  switch (member_) {
    case Member::format:
    case Member::policy:
    case Member::name:
      wrong_type(member_path_, Msg::type_string, shown());
      break;
    case Member::enterprises:
      wrong_type(member_path_, Msg::type_array, shown());
      break;
    case Member::profile:
      profile_started();
      forward(*profile_);
      profile_finished();
      break;
    case Member::none:
      break;
  }
  return !stop_;
}

bool SessionSax::string(std::string& s) {
  if (skipped_depth_ > 0 || profile_ || place_ == Place::list || place_ == Place::document ||
      (member_ != Member::format && member_ != Member::policy && member_ != Member::name))
    return scalar([&s] { return "\"" + excerpt(s) + "\""; }, [&s](ProfileValidator& p) { return p.string(s); });
  if (member_ == Member::name) {
    if (std::optional<Diagnostic> bad = check_name(member_path_, s, policy_.limits)) error(std::move(*bad));
  } else {
    header_string(s);
  }
  return !stop_;
}

void SessionSax::header_string(const std::string& s) {
  if (member_ == Member::format && s != format_)
    error(Diagnostic{"format", "bad_format", message(Msg::session_bad_format, {format_, "\"" + excerpt(s) + "\""})});
  if (member_ == Member::policy && s != policy_.id)
    error(Diagnostic{"policy", "wrong_policy", message(Msg::session_other_policy, {excerpt(s), policy_.id})});
}

bool SessionSax::key(std::string& k) {
  if (skipped_depth_ > 0) return true;
  if (profile_) return profile_->key(k) && !stop_;
  return member_key(k) && !stop_;
}

// A member of the header or of an enterprise: a known one read once, a repeated or unknown one refused and skipped.
bool SessionSax::member_key(const std::string& k) {
  const bool header = place_ == Place::header;
  const Member named = header ? (k == "format"        ? Member::format
                                 : k == "policy"      ? Member::policy
                                 : k == "enterprises" ? Member::enterprises
                                                      : Member::none)
                              : (k == "name"      ? Member::name
                                 : k == "profile" ? Member::profile
                                                  : Member::none);
  bool* seen = named == Member::format        ? &seen_format_
               : named == Member::policy      ? &seen_policy_
               : named == Member::enterprises ? &seen_list_
               : named == Member::name        ? &seen_name_
               : named == Member::profile     ? &seen_profile_
                                              : nullptr;
  const std::string base = header ? "$" : enterprise_path();
  member_path_ = path_key(base, seen ? k : excerpt(k));
  member_ = Member::none;
  if (!seen)
    error(Diagnostic{member_path_, "unknown_key", message(Msg::unknown_key, {excerpt(k)})});
  else if (*seen)
    error(duplicate_key(member_path_, k));  // neither value is chosen silently
  else
    member_ = named;
  if (seen) *seen = true;
  return true;
}

bool SessionSax::open(bool object, std::size_t n) {
  if (skipped_depth_ > 0) {
    ++skipped_depth_;
    return true;
  }
  if (profile_) {
    ++profile_depth_;
    const bool go_on = object ? profile_->start_object(n) : profile_->start_array(n);
    if (!go_on) profile_finished();  // a limit of the profile (nesting) ends the reading
    return go_on && !stop_;
  }
  const char* shown = object ? "{...}" : "[...]";
  if (place_ == Place::document) {
    if (!object)
      place_ = Place::done;  // not an object: not a session file
    else
      place_ = Place::header;
    return object;
  }
  if (place_ == Place::list) {
    if (!next_enterprise()) return false;
    if (object) {
      place_ = Place::enterprise;
      member_ = Member::none;
      seen_name_ = seen_profile_ = false;
      return !stop_;
    }
    wrong_type(enterprise_path(), Msg::type_object, shown);
  } else if (member_ == Member::enterprises && !object) {
    place_ = Place::list;
    return !stop_;
  } else if (member_ == Member::profile) {
    profile_started();
    profile_depth_ = 1;
    const bool go_on = object ? profile_->start_object(n) : profile_->start_array(n);
    if (!go_on) profile_finished();
    return go_on && !stop_;
  } else if (member_ != Member::none) {
    wrong_type(member_path_, member_ == Member::enterprises ? Msg::type_array : Msg::type_string, shown);
  }
  skipped_depth_ = 1;  // a value of the wrong type, or of a member refused: not read
  return !stop_;
}

bool SessionSax::close(bool object) {
  if (skipped_depth_ > 0) {
    --skipped_depth_;
    return true;
  }
  if (profile_) {
    const bool go_on = object ? profile_->end_object() : profile_->end_array();
    if (--profile_depth_ == 0 || !go_on) profile_finished();
    return go_on && !stop_;
  }
  if (place_ == Place::enterprise) {
    enterprise_closed();
    place_ = Place::list;
  } else if (place_ == Place::list) {
    if (enterprises_ == 0) error(Diagnostic{"enterprises", "session_empty", message(Msg::session_empty)});
    place_ = Place::header;
    member_ = Member::none;
  } else {
    place_ = Place::done;  // the document's object
  }
  return !stop_;
}

bool SessionSax::next_enterprise() {
  if (enterprises_ >= max_enterprises_) {
    error(Diagnostic{"enterprises", "too_many_enterprises", message(Msg::session_too_many, {std::to_string(max_enterprises_)})});
    stop_ = true;
    return false;
  }
  ++enterprises_;
  return true;
}

void SessionSax::enterprise_closed() {
  if (!seen_name_) error(Diagnostic{path_key(enterprise_path(), "name"), "missing_key", message(Msg::missing_key, {"name"})});
  if (!seen_profile_)
    error(Diagnostic{path_key(enterprise_path(), "profile"), "missing_key", message(Msg::missing_key, {"profile"})});
}

void SessionSax::profile_finished() {
  Diagnostics found;
  profile_->finish(found);
  const std::string at = path_key(enterprise_path(), "profile");
  for (Diagnostic& d : found) {
    d.path = d.path == "$" ? at : at + "." + d.path;
    error(std::move(d));
  }
  items_ += count_items(profile_->profile().answers);
  if (items_ > kMaxSessionItems) {
    error(Diagnostic{at, "too_many_items", message(Msg::session_too_many_items, {std::to_string(kMaxSessionItems)})});
    stop_ = true;
  }
  profile_.reset();
  profile_depth_ = 0;
}

bool SessionSax::parse_error(std::size_t position, const std::string& token, const Json::exception& ex) {
  // A number beyond a double inside a profile is that profile's error, at its path (the profile reader's rule).
  if (profile_ && ex.id == 406) {
    profile_->parse_error(position, token, ex);
    profile_finished();
    stop_ = true;
    return false;
  }
  syntax_ = Diagnostic{"$", "json_syntax", message(Msg::json_syntax, {syntax_error_text(ex)})};
  return false;
}

SessionFileRead SessionSax::finish(Diagnostics& errors) {
  // A session file is an object with "enterprises"; anything else (a profile, broken JSON that never got that
  // far) is for the caller to read otherwise.
  if (!seen_list_) return SessionFileRead::not_a_session;
  if (syntax_) {
    errors.push_back(std::move(*syntax_));
    return SessionFileRead::refused;
  }
  if (!stop_) {  // known only at the end; when reading stopped early, what came after it is not known
    if (!seen_format_) error(Diagnostic{"format", "missing_key", message(Msg::missing_key, {"format"})});
    if (!seen_policy_) error(Diagnostic{"policy", "missing_key", message(Msg::missing_key, {"policy"})});
  }
  for (Diagnostic& d : errors_) errors.push_back(std::move(d));
  if (over_budget_)
    errors.push_back(Diagnostic{"$", "too_many_errors", message(Msg::too_many_errors, {std::to_string(kMaxSessionErrors)})});
  return errors_.empty() && !over_budget_ ? SessionFileRead::opened : SessionFileRead::refused;
}

}  // namespace

SessionFileRead read_session_file(const Policy& policy, std::string_view text, std::string_view format,
                                  std::size_t max_enterprises, std::vector<NamedProfile>& out, Diagnostics& errors) {
  if (text.size() > kMaxProfileBytes || nul_byte(text)) return SessionFileRead::not_a_session;  // the profile reader says why
  SessionSax sax(policy, format, std::min(max_enterprises, kMaxSessionEnterprises));
  Json::sax_parse(text.begin(), text.end(), &sax, Json::input_format_t::json, true, false);
  Diagnostics found;
  const SessionFileRead read = sax.finish(found);
  if (read != SessionFileRead::opened) {
    for (Diagnostic& d : found) errors.push_back(std::move(d));
    return read;
  }
  // Valid, so within every limit: only now the document tree, bounded by them.
  Json doc;
  if (!parse_json_text(text, doc, errors)) return SessionFileRead::refused;
  std::vector<NamedProfile> opened;
  for (Json& e : doc["enterprises"]) opened.push_back(NamedProfile{e["name"].get<std::string>(), std::move(e["profile"])});
  out = std::move(opened);
  return SessionFileRead::opened;
}

}  // namespace assess
