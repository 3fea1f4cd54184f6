// The eligibility core's public API, in four verbs:
//   load_policy   — policy JSON text -> Policy (or diagnostics with JSON paths)
//   read_profile  — profile JSON text -> Profile (or diagnostics with JSON paths)
//   evaluate      — Policy + Profile -> Result (numbers and structured explanations; no text, no parsing)
//   render_json / render_text — Result -> the result format, or a readable report, in zh or en
// Nothing here touches files, clocks, the console or the platform.
#pragma once
#include "batch.hpp"
#include "evaluate.hpp"
#include "policy_loader.hpp"
#include "profile_reader.hpp"
#include "profile_schema.hpp"
#include "render.hpp"
