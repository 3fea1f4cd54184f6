// Helpers shared by the core tests: the built-in policy, loading variants of it, reading profiles.
#pragma once
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "assess.hpp"
#include "embedded_policy.hpp"
#include "json_text.hpp"

namespace assess::testing {

inline Json policy_document() {
  Json j;
  Diagnostics d;
  parse_json_text(embedded_policy_json(), j, d);
  return j;
}

inline const Policy& suzhou() {
  static Policy p = [] {
    Policy policy;
    Diagnostics d;
    if (!load_policy(embedded_policy_json(), policy, d)) ADD_FAILURE() << d.front().line(Lang::en);
    return policy;
  }();
  return p;
}

// A profile document for the Suzhou policy with the given answers.
inline Json profile_with(Json answers) {
  return Json{{"format", "suzhou-ai-assess/profile@1"}, {"policy", "suzhou-ai-2021"}, {"answers", std::move(answers)}};
}

inline Json all_gates() {
  return Json{{"legal_person", true},
              {"sound_finance", true},
              {"independent_accounting", true},
              {"ai_entity", true},
              {"in_suzhou", true}};
}

// The index of a measure by id in the Suzhou policy (tests may name ids; the engine never does).
inline std::size_t measure_index(const Policy& p, const std::string& id) {
  for (std::size_t i = 0; i < p.measures.size(); ++i)
    if (p.measures[i].id == id) return i;
  ADD_FAILURE() << "no measure " << id;
  return 0;
}

}  // namespace assess::testing
