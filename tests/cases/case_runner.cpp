// Runs one golden case file (see README.md here) against the built-in policy and reports every mismatch.
// Exit 0 when the result matches the hand-worked expectation, 1 otherwise.
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "assess.hpp"
#include "embedded_policy.hpp"
#include "json_text.hpp"

namespace {

using assess::Json;
int failures = 0;

void fail(const std::string& what) {
  ++failures;
  std::cerr << "MISMATCH " << what << "\n";
}

template <class A, class B>
void check(const std::string& what, const A& actual, const B& expected) {
  if (!(actual == expected)) {
    std::ostringstream s;
    s << what << ": expected " << Json(expected).dump() << ", got " << Json(actual).dump();
    fail(s.str());
  }
}

void check_amounts(const std::string& where, const Json& actual, const Json& expected) {
  check(where + ".status", actual["status"], expected["status"]);
  check(where + ".min", actual["min"], expected.value("min", Json(0)));
  check(where + ".max", actual["max"], expected.value("max", Json(0)));
  // Items name the questions their outcome still waits on; none unless the case says so.
  check(where + ".unanswered", actual.value("unanswered", Json::array()), expected.value("unanswered", Json::array()));
  if (expected.contains("superseded_by"))
    check(where + ".superseded_by", actual.value("superseded_by", Json()), expected["superseded_by"]);
  // What it would take (POLICY-ANALYSIS §4b), where the case says: to_cap (0 = none) and needs, each need's answer
  // path and whether it was answered (the condition's words are the policy's and not repeated in the cases).
  if (expected.contains("to_cap")) check(where + ".to_cap", actual.value("to_cap", Json(0)), expected["to_cap"]);
  if (expected.contains("needs")) {
    Json needs = Json::array();
    for (const Json& n : actual.value("needs", Json::array()))
      needs.push_back({{"question", n["question"]}, {"answered", n["answered"]}});
    check(where + ".needs", needs, expected["needs"]);
  }
  if (expected.contains("to_claim")) check(where + ".to_claim", actual.contains("to_claim"), expected["to_claim"]);
}

void check_result(const Json& result, const Json& expect) {
  if (expect.contains("eligible")) check("eligible", result["eligible"], expect["eligible"]);
  if (expect.contains("gate_failures")) check("gate_failures", result["gate_failures"], expect["gate_failures"]);
  if (expect.contains("unanswered")) check("unanswered", result["unanswered"], expect["unanswered"]);
  const Json& measures = expect.at("measures");
  for (const Json& m : result["measures"]) {
    std::string id = m["id"];
    if (!measures.contains(id)) {
      check(id + ".status", m["status"], "not_claimed");
      continue;
    }
    Json e = measures[id].is_string() ? Json{{"status", measures[id]}} : measures[id];
    check_amounts(id, m, e);
    if (!e.contains("items")) continue;
    check(id + ".items.size", m["items"].size(), e["items"].size());
    for (std::size_t i = 0; i < e["items"].size() && i < m["items"].size(); ++i)
      check_amounts(id + ".items[" + std::to_string(i) + "]", m["items"][i], e["items"][i]);
  }
  for (auto it = measures.begin(); it != measures.end(); ++it) {
    bool found = false;
    for (const Json& m : result["measures"]) found = found || m["id"] == it.key();
    if (!found) fail("expected measure " + it.key() + " is missing from the result");
  }
  if (expect.contains("total"))
    for (auto it = expect["total"].begin(); it != expect["total"].end(); ++it)
      check("total." + it.key(), result["total"][it.key()], it.value());
}

std::string profile_text(const Json& c) {
  if (c.contains("profile_text")) return c["profile_text"].get<std::string>();
  if (c.contains("profile_latin1")) {
    // Decode the UTF-8 of the case file back to code points, each of which is one byte of the profile.
    std::string in = c["profile_latin1"].get<std::string>(), out;
    for (std::size_t i = 0; i < in.size(); ++i) {
      unsigned char b = static_cast<unsigned char>(in[i]);
      if (b < 0x80)
        out += static_cast<char>(b);
      else
        out += static_cast<char>(((b & 0x03) << 6) | (static_cast<unsigned char>(in[++i]) & 0x3F));
    }
    return out;
  }
  return c.at("profile").dump();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: case_runner CASE.json\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  assess::Diagnostics d;
  Json c;
  if (!in || !assess::parse_json_text(ss.str(), c, d)) {
    std::cerr << "cannot read case " << argv[1] << (d.empty() ? "" : ": " + d[0].line(assess::Lang::en)) << "\n";
    return 2;
  }
  assess::Policy policy;
  if (!assess::load_policy(assess::embedded_policy_json(), policy, d)) {
    std::cerr << "built-in policy invalid: " << d[0].line(assess::Lang::en) << "\n";
    return 2;
  }
  assess::Profile profile;
  assess::Diagnostics errors;
  bool valid = assess::read_profile(policy, profile_text(c), profile, errors);
  if (c.contains("expect_errors")) {
    if (valid) fail("the profile was accepted, but errors were expected");
    const Json& expected = c["expect_errors"];
    check("error count", errors.size(), expected.size());
    for (std::size_t i = 0; i < errors.size() && i < expected.size(); ++i) {
      std::string where = "errors[" + std::to_string(i) + "]";
      check(where + ".path", errors[i].path, expected[i]["path"]);
      check(where + ".code", errors[i].code, expected[i]["code"]);
      if (expected[i].contains("message_zh")) check(where + ".message_zh", errors[i].message.zh, expected[i]["message_zh"]);
      if (expected[i].contains("message_en")) check(where + ".message_en", errors[i].message.en, expected[i]["message_en"]);
    }
    for (const auto& e : errors) std::cerr << "  reported: " << e.line(assess::Lang::en) << "\n";
  } else {
    if (!valid) {
      for (const auto& e : errors) fail("profile rejected: " + e.line(assess::Lang::en));
    } else {
      assess::Result r = assess::evaluate(policy, profile);
      Json result;
      assess::Diagnostics rd;
      assess::parse_json_text(assess::render_json(policy, r, assess::Lang::en), result, rd);
      check_result(result, c.at("expect"));
    }
  }
  std::cout << (failures ? "FAIL " : "PASS ") << argv[1] << "\n";
  return failures ? 1 : 0;
}
