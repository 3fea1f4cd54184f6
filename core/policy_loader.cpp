// Policy file -> Policy. Reads in passes: texts and questions first (they give slots), then notes, measures
// (their conditions and formulas resolve names to slots), then gates and overlap groups, which refer to
// measures. Every check reports a Diagnostic with the JSON path of the offending value.
#include "policy_loader.hpp"

#include <map>
#include <set>

#include "json_object_reader.hpp"
#include "json_text.hpp"
#include "messages.hpp"

namespace assess {

bool split_format(const std::string& format, std::string& name, int& version) {
  std::size_t at = format.rfind('@');
  if (at == std::string::npos || at == 0 || at + 1 >= format.size() || format.size() - at > 6) return false;
  version = 0;
  for (std::size_t i = at + 1; i < format.size(); ++i) {
    if (format[i] < '0' || format[i] > '9') return false;
    version = version * 10 + (format[i] - '0');
  }
  name = format.substr(0, at);
  return version > 0;
}

namespace {

const std::map<std::string, FieldType>& field_types() {
  static const std::map<std::string, FieldType> types = {
      {"bool", FieldType::boolean},      {"count", FieldType::count}, {"yuan", FieldType::yuan}, {"enum", FieldType::enumeration},
      {"enum_set", FieldType::enum_set}, {"text", FieldType::text},   {"list", FieldType::list}, {"group", FieldType::group}};
  return types;
}

const std::map<std::string, Status>& rule_statuses() {
  static const std::map<std::string, Status> statuses = {
      {"estimate", Status::estimate},       {"case_by_case", Status::case_by_case},     {"referral", Status::referral},
      {"unspecified", Status::unspecified}, {"not_applicable", Status::not_applicable}, {"ineligible", Status::ineligible}};
  return statuses;
}

template <class Map>
std::string keys_of(const Map& m) {
  std::string out;
  for (const auto& kv : m) out += (out.empty() ? "" : ", ") + kv.first;
  return out;
}

// A resolved reference with, for grouped item fields, the group it sits in.
struct Resolved {
  ValueRef ref;
  const Field* group = nullptr;
};

class Loader {
 public:
  Loader(Policy& p, Diagnostics& d) : p_(p), d_(d) {}

  void load(const Json& root) {
    JsonObjectReader r(root, "", d_);
    if (!r.ok()) return;
    read_format(r);
    r.string("id", p_.id);
    read_profile_format(r);
    read_identity(r);
    r.text("disclaimer", p_.disclaimer);
    r.text("gates_intro", p_.gates_intro, false);
    read_limits(r);
    read_articles(r);
    read_questions(r);
    read_notes(r);
    read_measures(r);
    read_gates(r);
    read_netting(r);
    read_overlap_groups(r);
    read_activities(r);
    read_global_notes(r);
    r.finish();
  }

 private:
  Policy& p_;
  Diagnostics& d_;
  std::map<std::string, int> note_index_;
  std::map<std::string, int> measure_index_;

  void error(const std::string& path, const char* code, Text text) { d_.push_back(Diagnostic{path, code, std::move(text)}); }
  void unknown_ref(const std::string& path, Msg kind, const std::string& name) {
    const Text k = message(kind);
    error(path, "unknown_ref",
          Text{message_in(Lang::zh, Msg::policy_unknown_ref, {k.zh, name}),
               message_in(Lang::en, Msg::policy_unknown_ref, {k.en, name})});
  }
  void bad_value(const std::string& path, const std::string& got, const std::string& allowed) {
    error(path, "bad_value", message(Msg::policy_bad_value, {got, allowed}));
  }

  void read_format(JsonObjectReader& r) {
    std::string format, name;
    int version = 0;
    if (!r.string("format", format)) return;
    std::string expected = std::string(kPolicyFormatName) + "@" + std::to_string(kPolicyFormatVersion);
    if (!split_format(format, name, version) || name != kPolicyFormatName || version > kPolicyFormatVersion)
      error(r.path_of("format"), "bad_format", message(Msg::policy_bad_format, {expected, format}));
  }

  void read_profile_format(JsonObjectReader& r) {
    std::string format;
    if (!r.string("profile_format", format)) return;
    if (!split_format(format, p_.profile_format_name, p_.profile_format_version))
      bad_value(r.path_of("profile_format"), format, "name@version");
  }

  void read_identity(JsonObjectReader& r) {
    const Json* j = r.object("identity");
    if (!j) return;
    JsonObjectReader id(*j, r.path_of("identity"), d_);
    id.text("title", p_.title);
    id.string("number", p_.number);
    id.text("issuer", p_.issuer);
    id.text("level", p_.level);
    id.text("status", p_.status);
    id.text("effective", p_.effective);
    id.text("preamble", p_.preamble);
    id.finish();
  }

  void read_limits(JsonObjectReader& r) {
    const Json* j = r.object("limits");
    if (!j) return;
    JsonObjectReader l(*j, r.path_of("limits"), d_);
    l.integer("yuan_max", p_.limits.yuan_max, 1, kMaxYuanLimit);
    l.integer("count_max", p_.limits.count_max, 1, kMaxCountLimit);
    l.integer("list_max", p_.limits.list_max, 1, kMaxListLimit);
    l.integer("text_max", p_.limits.text_max, 1, 10000);
    l.finish();
  }

  void read_articles(JsonObjectReader& r) {
    const Json* arr = r.array("articles");
    if (!arr) return;
    std::set<int> seen;
    for (std::size_t i = 0; i < arr->size(); ++i) {
      std::string path = path_index(r.path_of("articles"), i);
      JsonObjectReader a((*arr)[i], path, d_);
      if (!a.ok()) continue;
      Article art;
      std::int64_t number = 0;
      if (a.integer("number", number, 1, 1000) && !seen.insert(static_cast<int>(number)).second)
        error(a.path_of("number"), "duplicate_id", message(Msg::policy_duplicate_id, {std::to_string(number)}));
      art.number = static_cast<int>(number);
      a.text("chapter", art.chapter, false);
      a.text("title", art.title);
      a.text("text", art.text);
      a.finish();
      p_.articles.push_back(std::move(art));
    }
  }

  void check_article(const std::string& path, int article) {
    if (article != 0 && !p_.article(article)) unknown_ref(path, Msg::ref_field, "article " + std::to_string(article));
  }

  // Reads the fields of one level (questions, a list's item fields, or a group's sub-fields). Slots are
  // numbered by `next_slot`, shared between a group and the level that holds it. `scope` says whose answers they
  // are (the enterprise's or a list item's); `prefix` is the group a sub-field's path starts with ("costs.").
  void read_fields(const Json& arr, const std::string& path, std::vector<Field>& out, int& next_slot, bool top_level,
                   ValueRef::Scope scope, const std::string& prefix) {
    std::set<std::string> ids;
    for (std::size_t i = 0; i < arr.size(); ++i) {
      std::string fpath = path_index(path, i);
      JsonObjectReader f(arr[i], fpath, d_);
      if (!f.ok()) continue;
      Field field;
      if (f.string("id", field.id) && !ids.insert(field.id).second)
        error(f.path_of("id"), "duplicate_id", message(Msg::policy_duplicate_id, {field.id}));
      field.scope = scope;
      field.path = prefix + field.id;
      std::string type;
      if (f.string("type", type)) {
        auto it = field_types().find(type);
        if (it == field_types().end())
          bad_value(f.path_of("type"), type, keys_of(field_types()));
        else
          field.type = it->second;
      }
      f.text("label", field.label);
      f.text("help", field.help, false);
      if (top_level) {
        std::int64_t article = 0;
        f.integer("article", article, 0, 1000, false);
        field.article = static_cast<int>(article);
        check_article(f.path_of("article"), field.article);
        f.member("show_if", false);  // compiled once every question has its slot (read_questions)
      } else if (f.member("prefill_if", false) && field.type != FieldType::boolean) {
        error(f.path_of("prefill_if"), "bad_value", message(Msg::policy_prefill_not_bool, {field.id}));
      }
      if (field.type == FieldType::enumeration || field.type == FieldType::enum_set) read_options(f, field);
      if (field.type == FieldType::list) {
        f.text("item_label", field.item_label);
        int item_slots = 0;
        if (const Json* sub = f.array("fields"))
          read_fields(*sub, f.path_of("fields"), field.fields, item_slots, false, ValueRef::Scope::item, "");
        field.item_width = item_slots;
        if (!top_level) error(fpath, "bad_value", message(Msg::policy_ref_type, {field.id, "question"}));
      }
      if (field.type == FieldType::group) {
        if (const Json* sub = f.array("fields"))
          read_fields(*sub, f.path_of("fields"), field.fields, next_slot, false, scope, field.path + ".");
      } else {
        field.slot = next_slot++;
      }
      f.finish();
      out.push_back(std::move(field));
    }
  }

  void read_options(JsonObjectReader& f, Field& field) {
    const Json* opts = f.array("options");
    if (!opts) return;
    if (opts->empty() || opts->size() > 64)
      error(f.path_of("options"), "out_of_range", message(Msg::policy_out_of_range, {"1", "64", std::to_string(opts->size())}));
    std::set<std::string> seen;
    for (std::size_t k = 0; k < opts->size(); ++k) {
      JsonObjectReader o((*opts)[k], path_index(f.path_of("options"), k), d_);
      Option opt;
      if (o.string("value", opt.value) && !seen.insert(opt.value).second)
        error(o.path_of("value"), "duplicate_id", message(Msg::policy_duplicate_id, {opt.value}));
      o.text("label", opt.label);
      o.finish();
      field.options.push_back(std::move(opt));
    }
  }

  void read_questions(JsonObjectReader& r) {
    const Json* arr = r.array("questions");
    if (!arr) return;
    read_fields(*arr, r.path_of("questions"), p_.questions, p_.answer_width, true, ValueRef::Scope::answers, "");
    // show_if and prefill_if read the answers, so they need every question's slot: a second pass.
    for (std::size_t i = 0; i < arr->size() && i < p_.questions.size(); ++i) {
      const Json& q = (*arr)[i];
      const std::string qpath = path_index(r.path_of("questions"), i);
      if (q.is_object() && q.contains("show_if"))
        p_.questions[i].show_if = condition(q["show_if"], path_key(qpath, "show_if"), nullptr);
      if (p_.questions[i].type != FieldType::list || !q.is_object() || !q.contains("fields") || !q["fields"].is_array()) continue;
      const Json& fields = q["fields"];
      std::vector<Field>& item_fields = p_.questions[i].fields;
      for (std::size_t k = 0; k < fields.size() && k < item_fields.size(); ++k)
        if (fields[k].is_object() && fields[k].contains("prefill_if") && item_fields[k].type == FieldType::boolean)
          item_fields[k].prefill_if =
              condition(fields[k]["prefill_if"], path_key(path_index(path_key(qpath, "fields"), k), "prefill_if"), nullptr);
    }
  }

  void read_notes(JsonObjectReader& r) {
    const Json* arr = r.array("notes");
    if (!arr) return;
    for (std::size_t i = 0; i < arr->size(); ++i) {
      JsonObjectReader n((*arr)[i], path_index(r.path_of("notes"), i), d_);
      Note note;
      if (n.string("id", note.id) && !note_index_.emplace(note.id, static_cast<int>(p_.notes.size())).second)
        error(n.path_of("id"), "duplicate_id", message(Msg::policy_duplicate_id, {note.id}));
      n.text("text", note.text);
      n.finish();
      p_.notes.push_back(std::move(note));
    }
  }

  int note_ref(const Json& j, const std::string& path) {
    if (!j.is_string()) {
      d_.push_back(wrong_type(path, Msg::type_string, j));
      return -1;
    }
    auto it = note_index_.find(j.get<std::string>());
    if (it == note_index_.end()) {
      unknown_ref(path, Msg::ref_note, j.get<std::string>());
      return -1;
    }
    return it->second;
  }

  // "answers.q" or "item.f" / "item.group.f"; item refs need the list field of the measure.
  bool resolve(const Json& j, const std::string& path, const Field* list, Resolved& out) {
    if (!j.is_string()) {
      d_.push_back(wrong_type(path, Msg::type_string, j));
      return false;
    }
    std::string name = j.get<std::string>();
    const std::vector<Field>* level = nullptr;
    std::string rest;
    if (name.rfind("answers.", 0) == 0) {
      level = &p_.questions;
      rest = name.substr(8);
      out.ref.scope = ValueRef::Scope::answers;
    } else if (name.rfind("item.", 0) == 0) {
      if (!list) {
        error(path, "item_ref_outside_list", message(Msg::policy_item_ref_outside_list));
        return false;
      }
      level = &list->fields;
      rest = name.substr(5);
      out.ref.scope = ValueRef::Scope::item;
    } else {
      unknown_ref(path, Msg::ref_field, name);
      return false;
    }
    out.group = nullptr;
    while (true) {
      std::size_t dot = rest.find('.');
      std::string head = rest.substr(0, dot);
      const Field* found = nullptr;
      for (const Field& f : *level)
        if (f.id == head) found = &f;
      if (!found) {
        unknown_ref(path, Msg::ref_field, name);
        return false;
      }
      if (dot == std::string::npos) {
        if (found->type == FieldType::group) break;
        out.ref.field = found;
        out.ref.slot = found->slot;
        return true;
      }
      if (found->type != FieldType::group) break;
      out.group = found;
      level = &found->fields;
      rest = rest.substr(dot + 1);
    }
    unknown_ref(path, Msg::ref_field, name);
    return false;
  }

  Condition condition(const Json& j, const std::string& path, const Field* list) {
    Condition c;
    if (j.is_boolean()) {
      c.op = j.get<bool>() ? Condition::Op::always : Condition::Op::never;
      return c;
    }
    if (!j.is_object() || j.size() != 1) {
      error(path, "bad_condition", message(Msg::policy_bad_condition));
      return c;
    }
    const std::string& op = j.begin().key();
    const Json& arg = j.begin().value();
    std::string apath = path_key(path, op);
    Resolved res;
    if (op == "is") {
      c.op = Condition::Op::is;
      if (resolve(arg, apath, list, res)) c.ref = res.ref;
      if (c.ref.field && c.ref.field->type == FieldType::group)
        error(apath, "ref_type", message(Msg::policy_ref_type, {arg.dump(), "is"}));
    } else if (op == "in") {
      c.op = Condition::Op::in;
      JsonObjectReader in(arg, apath, d_);
      if (!in.ok()) return c;
      const Json* ref = in.member("ref", true);
      const Json* values = in.array("values");
      in.finish();
      if (!ref || !resolve(*ref, in.path_of("ref"), list, res)) return c;
      c.ref = res.ref;
      if (c.ref.field->type != FieldType::enumeration) {
        error(in.path_of("ref"), "ref_type", message(Msg::policy_ref_type, {ref->dump(), "enum"}));
        return c;
      }
      if (!values) return c;
      for (std::size_t k = 0; k < values->size(); ++k) {
        const Json& v = (*values)[k];
        const auto& opts = c.ref.field->options;
        std::size_t idx = opts.size();
        for (std::size_t o = 0; o < opts.size(); ++o)
          if (v.is_string() && opts[o].value == v.get<std::string>()) idx = o;
        if (idx == opts.size())
          bad_value(path_index(in.path_of("values"), k), v.dump(), "options of " + ref->get<std::string>());
        else
          c.mask |= std::uint64_t{1} << idx;
      }
    } else if (op == "not") {
      c.op = Condition::Op::negate;
      c.operands.push_back(condition(arg, apath, list));
    } else if (op == "all" || op == "any") {
      c.op = op == "all" ? Condition::Op::all : Condition::Op::any;
      if (!arg.is_array() || arg.empty()) {
        d_.push_back(wrong_type(apath, Msg::type_array, arg));
        return c;
      }
      for (std::size_t k = 0; k < arg.size(); ++k) c.operands.push_back(condition(arg[k], path_index(apath, k), list));
    } else {
      error(path, "bad_condition", message(Msg::policy_bad_condition));
    }
    return c;
  }

  Amount amount(const Json& j, const std::string& path, const Field* list) {
    Amount a;
    JsonObjectReader r(j, path, d_);
    if (!r.ok()) return a;
    if (r.member("fixed", false)) {
      a.kind = Amount::Kind::fixed;
      r.integer("fixed", a.fixed, 0, p_.limits.yuan_max);
    } else {
      a.kind = Amount::Kind::rate;
      r.integer("rate_bp", a.rate_bp, 0, kMaxRateBp);
      r.integer("cap", a.cap, 0, p_.limits.yuan_max);
      r.text("base_label", a.base_label);
      const Json* of = r.array("of");
      if (of && (of->empty() || of->size() > kMaxBaseFields))
        error(r.path_of("of"), "out_of_range",
              message(Msg::policy_out_of_range, {"1", std::to_string(kMaxBaseFields), std::to_string(of->size())}));
      else if (of)
        read_base(*of, r.path_of("of"), list, a);
    }
    r.finish();
    return a;
  }

  void read_base(const Json& of, const std::string& path, const Field* list, Amount& a) {
    const Field* group = nullptr;
    bool one_group = true;
    for (std::size_t k = 0; k < of.size(); ++k) {
      Resolved res;
      if (!resolve(of[k], path_index(path, k), list, res)) continue;
      if (res.ref.field->type != FieldType::yuan && res.ref.field->type != FieldType::count) {
        error(path_index(path, k), "ref_type", message(Msg::policy_ref_type, {of[k].dump(), "yuan"}));
        continue;
      }
      if (k == 0) group = res.group;
      one_group = one_group && res.group == group;
      a.base.push_back(res.ref);
    }
    // Fields of the same group left out of the base are shown as "not counted" beside the arithmetic.
    if (!group || !one_group) return;
    for (const Field& f : group->fields) {
      bool in_base = false;
      for (const ValueRef& b : a.base) in_base = in_base || b.field == &f;
      if (!in_base && f.type == FieldType::yuan) a.excluded.push_back(ValueRef{ValueRef::Scope::item, f.slot, &f});
    }
  }

  static bool min_le_max(const Amount& min, const Amount& max) {
    using K = Amount::Kind;
    if (min.kind == K::fixed && min.fixed == 0) return true;
    if (min.kind == K::fixed && max.kind == K::fixed) return min.fixed <= max.fixed;
    if (min.kind == K::rate && max.kind == K::fixed) return min.cap <= max.fixed;
    if (min.kind == K::rate && max.kind == K::rate) {
      bool same_base = min.base.size() == max.base.size();
      for (std::size_t i = 0; same_base && i < min.base.size(); ++i) same_base = min.base[i].field == max.base[i].field;
      return same_base && min.rate_bp <= max.rate_bp && min.cap <= max.cap;
    }
    return false;
  }

  Rule rule(const Json& j, const std::string& path, const Field* list, bool last) {
    Rule rule;
    JsonObjectReader r(j, path, d_);
    if (!r.ok()) return rule;
    std::string status;
    if (r.string("status", status)) {
      auto it = rule_statuses().find(status);
      if (it == rule_statuses().end())
        bad_value(r.path_of("status"), status, keys_of(rule_statuses()));
      else
        rule.status = it->second;
    }
    if (const Json* when = r.member("when", false)) {
      rule.when = condition(*when, r.path_of("when"), list);
      if (last) error(r.path_of("when"), "last_rule_conditional", message(Msg::policy_last_rule_conditional));
    }
    const Json* min = r.member("min", false);
    const Json* max = r.member("max", false);
    if (rule.status == Status::estimate) {
      if (!min || !max) error(path, "amount_needed", message(Msg::policy_amount_needed));
      if (min) rule.min = amount(*min, r.path_of("min"), list);
      if (max) rule.max = amount(*max, r.path_of("max"), list);
      if (min && max && !min_le_max(rule.min, rule.max))
        error(r.path_of("min"), "min_over_max", message(Msg::policy_min_over_max));
      r.text("reason", rule.reason, false);
    } else {
      if (min || max) error(path, "amount_forbidden", message(Msg::policy_amount_forbidden));
      if (!r.member("reason", false))
        error(path, "reason_needed", message(Msg::policy_reason_needed));
      else
        r.text("reason", rule.reason);
      // An outcome the answers decided against the applicant says what would lift it (the needs of the result).
      const bool refuses = rule.status == Status::ineligible || rule.status == Status::not_applicable;
      if (refuses && r.member("when", false) && !r.member("needs", false))
        error(path, "needs_needed", message(Msg::policy_needs_needed));
      else
        r.text("needs", rule.needs, false);
    }
    r.finish();
    return rule;
  }

  void read_claim(const Json& j, const std::string& path, Measure& m) {
    JsonObjectReader c(j, path, d_);
    if (!c.ok()) return;
    Resolved res;
    if (const Json* none = c.member("none", false)) {
      m.claim = Measure::Claim::none;
      if (!none->is_boolean() || !none->get<bool>()) d_.push_back(wrong_type(c.path_of("none"), Msg::type_bool, *none));
    } else if (const Json* refs = c.array("any_true", false)) {
      m.claim = Measure::Claim::any_true;
      for (std::size_t k = 0; k < refs->size(); ++k) {
        std::string kpath = path_index(c.path_of("any_true"), k);
        if (!resolve((*refs)[k], kpath, nullptr, res)) continue;
        if (res.ref.field->type != FieldType::boolean)
          error(kpath, "ref_type", message(Msg::policy_ref_type, {(*refs)[k].dump(), "bool"}));
        else
          m.claim_slots.push_back(res.ref.slot);
      }
    } else if (const Json* list = c.member("list", false)) {
      m.claim = Measure::Claim::list;
      if (resolve(*list, c.path_of("list"), nullptr, res)) {
        if (res.ref.field->type != FieldType::list)
          error(c.path_of("list"), "ref_type", message(Msg::policy_ref_type, {list->dump(), "list"}));
        else {
          m.list = res.ref.field;
          m.claim_slots.push_back(res.ref.slot);
        }
      }
    } else if (const Json* count = c.member("count", false)) {
      m.claim = Measure::Claim::count;
      if (resolve(*count, c.path_of("count"), nullptr, res)) {
        if (res.ref.field->type != FieldType::count)
          error(c.path_of("count"), "ref_type", message(Msg::policy_ref_type, {count->dump(), "count"}));
        else
          m.claim_slots.push_back(res.ref.slot);
      }
    } else {
      bad_value(path, j.dump(), "none, any_true, list, count");
    }
    c.finish();
  }

  void read_measures(JsonObjectReader& r) {
    const Json* arr = r.array("measures");
    if (!arr) return;
    if (arr->size() > kMaxMeasures)
      error(r.path_of("measures"), "out_of_range",
            message(Msg::policy_out_of_range, {"0", std::to_string(kMaxMeasures), std::to_string(arr->size())}));
    for (std::size_t i = 0; i < arr->size() && i < kMaxMeasures; ++i) {
      JsonObjectReader mr((*arr)[i], path_index(r.path_of("measures"), i), d_);
      if (!mr.ok()) continue;
      Measure m;
      if (mr.string("id", m.id) && !measure_index_.emplace(m.id, static_cast<int>(p_.measures.size())).second)
        error(mr.path_of("id"), "duplicate_id", message(Msg::policy_duplicate_id, {m.id}));
      std::int64_t article = 0;
      if (mr.integer("article", article, 1, 1000)) check_article(mr.path_of("article"), static_cast<int>(article));
      m.article = static_cast<int>(article);
      mr.text("title", m.title);
      mr.text("department", m.department);
      if (const Json* claim = mr.object("claim")) read_claim(*claim, mr.path_of("claim"), m);
      mr.text("to_claim", m.to_claim, m.claim != Measure::Claim::none);
      if (const Json* rules = mr.array("rules")) {
        if (rules->empty()) error(mr.path_of("rules"), "out_of_range", message(Msg::policy_out_of_range, {"1", "100", "0"}));
        for (std::size_t k = 0; k < rules->size(); ++k)
          m.rules.push_back(rule((*rules)[k], path_index(mr.path_of("rules"), k), m.list, k + 1 == rules->size()));
      }
      if (const Json* pre = mr.object("precondition", false)) {
        JsonObjectReader pr(*pre, mr.path_of("precondition"), d_);
        pr.text("text", m.precondition);
        pr.text("if", m.estimate_if, false);  // only measures with a figure need one
        read_confirmed_by(pr, m);
        pr.finish();
      }
      if (const Json* notes = mr.array("notes", false))
        for (std::size_t k = 0; k < notes->size(); ++k)
          if (int n = note_ref((*notes)[k], path_index(mr.path_of("notes"), k)); n >= 0) m.notes.push_back(n);
      mr.finish();
      p_.measures.push_back(std::move(m));
    }
  }

  // A precondition's `confirmed_by`: a yes/no answer (the enterprise's, or the item's in a list measure) that says
  // the decision has been made, with `confirmed`, what is said then.
  void read_confirmed_by(JsonObjectReader& pr, Measure& m) {
    const Json* ref = pr.member("confirmed_by", false);
    Resolved res;
    if (ref && resolve(*ref, pr.path_of("confirmed_by"), m.list, res)) {
      if (res.ref.field->type != FieldType::boolean)
        error(pr.path_of("confirmed_by"), "ref_type", message(Msg::policy_ref_type, {ref->dump(), "bool"}));
      else
        m.precondition_confirmed_by = res.ref;
    }
    pr.text("confirmed", m.precondition_confirmed, ref != nullptr);
  }

  int measure_ref(const Json& j, const std::string& path) {
    if (!j.is_string()) {
      d_.push_back(wrong_type(path, Msg::type_string, j));
      return -1;
    }
    auto it = measure_index_.find(j.get<std::string>());
    if (it == measure_index_.end()) {
      unknown_ref(path, Msg::ref_measure, j.get<std::string>());
      return -1;
    }
    return it->second;
  }

  // One entry of a gate's `exempt`: a measure id, or {"measure": id, "when": condition} for a measure exempt only
  // while the condition (over the enterprise's answers) holds. Returns the measure's index, or -1.
  int exemption(const Json& j, const std::string& path, Condition& when) {
    when = Condition();  // always
    if (!j.is_object()) return measure_ref(j, path);
    JsonObjectReader e(j, path, d_);
    int m = -1;
    if (const Json* id = e.member("measure", true)) m = measure_ref(*id, e.path_of("measure"));
    if (const Json* c = e.member("when", true)) when = condition(*c, e.path_of("when"), nullptr);
    e.finish();
    return m;
  }

  void read_gates(JsonObjectReader& r) {
    const Json* arr = r.array("gates");
    if (!arr) return;
    std::vector<std::map<int, Condition>> exempt;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < arr->size(); ++i) {
      JsonObjectReader g((*arr)[i], path_index(r.path_of("gates"), i), d_);
      if (!g.ok()) continue;
      Gate gate;
      if (g.string("id", gate.id) && !ids.insert(gate.id).second)
        error(g.path_of("id"), "duplicate_id", message(Msg::policy_duplicate_id, {gate.id}));
      Resolved res;
      if (const Json* q = g.member("question", true)) {
        if (resolve(Json("answers." + (q->is_string() ? q->get<std::string>() : q->dump())), g.path_of("question"), nullptr,
                    res)) {
          if (res.ref.field->type != FieldType::boolean)
            error(g.path_of("question"), "ref_type", message(Msg::policy_ref_type, {q->dump(), "bool"}));
          else
            gate.slot = res.ref.slot, gate.question = res.ref.field;
        }
      }
      g.boolean("scope", gate.scope, false);
      // A scope gate belongs to no article; every other gate names the article that sets it.
      std::int64_t article = 0;
      if (g.integer("article", article, 1, 1000, !gate.scope)) check_article(g.path_of("article"), static_cast<int>(article));
      gate.article = static_cast<int>(article);
      g.text("label", gate.label);
      std::map<int, Condition> ex;
      if (const Json* list = g.array("exempt", false))
        for (std::size_t k = 0; k < list->size(); ++k) {
          Condition when;
          if (int m = exemption((*list)[k], path_index(g.path_of("exempt"), k), when); m >= 0) ex[m] = std::move(when);
        }
      for (const auto& kv : ex) gate.exempt.push_back(kv.first);
      g.text("exempt_reason", gate.exempt_reason, !ex.empty());
      g.finish();
      exempt.push_back(std::move(ex));
      p_.gates.push_back(std::move(gate));
    }
    // Each measure lists the gates that may apply to it: all but those it is always exempt from; a conditional
    // exemption is kept beside its gate and read against the answers (evaluate).
    for (std::size_t m = 0; m < p_.measures.size(); ++m)
      for (std::size_t g = 0; g < p_.gates.size(); ++g) {
        auto it = exempt[g].find(static_cast<int>(m));
        if (it != exempt[g].end() && it->second.op == Condition::Op::always) continue;
        p_.measures[m].gates.push_back(static_cast<int>(g));
        p_.measures[m].gate_exempt_if.push_back(it != exempt[g].end() ? it->second : Condition::never_holds());
      }
  }

  void read_netting(JsonObjectReader& r) {
    const Json* j = r.object("netting", false);
    if (!j) return;
    JsonObjectReader n(*j, r.path_of("netting"), d_);
    std::string field;
    if (n.string("field", field)) {
      for (Measure& m : p_.measures) {
        if (!m.list) continue;
        for (const Field& f : m.list->fields)
          if (f.id == field && f.type == FieldType::yuan) m.netting_slot = f.slot;
      }
    }
    n.finish();
  }

  void read_overlap_groups(JsonObjectReader& r) {
    const Json* arr = r.array("overlap_groups", false);
    if (!arr) return;
    for (std::size_t i = 0; i < arr->size(); ++i) {
      JsonObjectReader g((*arr)[i], path_index(r.path_of("overlap_groups"), i), d_);
      if (!g.ok()) continue;
      OverlapGroup group;
      g.string("id", group.id);
      std::string key;
      g.string("key", key);
      if (const Json* note = g.member("note", false)) group.note = note_ref(*note, g.path_of("note"));
      const int index = static_cast<int>(p_.overlap_groups.size());
      if (const Json* ms = g.array("measures")) {
        for (std::size_t k = 0; k < ms->size(); ++k) {
          std::string mpath = path_index(g.path_of("measures"), k);
          int mi = measure_ref((*ms)[k], mpath);
          if (mi < 0) continue;
          Measure& m = p_.measures[static_cast<std::size_t>(mi)];
          int key_slot = -1;
          if (m.list)
            for (const Field& f : m.list->fields)
              if (f.id == key && f.type == FieldType::text) key_slot = f.slot;
          if (key_slot < 0)
            unknown_ref(mpath, Msg::ref_field, m.id + ": item." + key);
          else if (m.overlap_group >= 0)
            error(mpath, "duplicate_id", message(Msg::policy_duplicate_id, {m.id}));
          else {
            m.overlap_group = index;
            m.overlap_key_slot = key_slot;
            group.measures.push_back(mi);
          }
        }
      }
      g.finish();
      p_.overlap_groups.push_back(std::move(group));
    }
  }

  void read_activities(JsonObjectReader& r) {
    const Json* arr = r.array("activities", false);
    if (!arr) return;
    for (std::size_t i = 0; i < arr->size(); ++i) {
      JsonObjectReader a((*arr)[i], path_index(r.path_of("activities"), i), d_);
      if (!a.ok()) continue;
      Activity act;
      a.string("id", act.id);
      a.text("label", act.label);
      a.boolean("preselected", act.preselected, false);
      if (const Json* qs = a.array("questions")) {
        for (std::size_t k = 0; k < qs->size(); ++k) {
          const Json& q = (*qs)[k];
          int found = -1;
          for (std::size_t n = 0; n < p_.questions.size(); ++n)
            if (q.is_string() && p_.questions[n].id == q.get<std::string>()) found = static_cast<int>(n);
          if (found < 0)
            unknown_ref(path_index(a.path_of("questions"), k), Msg::ref_question, q.dump());
          else
            act.questions.push_back(found);
        }
      }
      a.finish();
      p_.activities.push_back(std::move(act));
    }
  }

  void read_global_notes(JsonObjectReader& r) {
    const Json* arr = r.array("global_notes", false);
    if (!arr) return;
    for (std::size_t k = 0; k < arr->size(); ++k)
      if (int n = note_ref((*arr)[k], path_index(r.path_of("global_notes"), k)); n >= 0) p_.global_notes.push_back(n);
  }
};

}  // namespace

bool load_policy(std::string_view json_text, Policy& out, Diagnostics& errors) {
  const std::size_t before = errors.size();
  Json root;
  if (!parse_json_text(json_text, root, errors)) return false;
  Policy p;
  Loader(p, errors).load(root);
  if (errors.size() != before) return false;
  p.source = std::string(json_text);
  out = std::move(p);
  return true;
}

const Article* Policy::article(int article_number) const {
  for (const Article& a : articles)
    if (a.number == article_number) return &a;
  return nullptr;
}

const Field* Policy::question(const std::string& question_id) const {
  for (const Field& f : questions)
    if (f.id == question_id) return &f;
  return nullptr;
}

bool Amount::same_as(const Amount& o) const {
  if (kind != o.kind) return false;
  if (kind == Kind::fixed) return fixed == o.fixed;
  if (rate_bp != o.rate_bp || cap != o.cap || base.size() != o.base.size()) return false;
  for (std::size_t i = 0; i < base.size(); ++i)
    if (base[i].field != o.base[i].field) return false;
  return true;
}

}  // namespace assess
