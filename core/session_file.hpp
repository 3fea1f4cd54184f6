// An advisor's session file: several enterprises' names and answers in one JSON document,
//   {"format": FORMAT, "policy": POLICY_ID, "enterprises": [{"name": "…", "profile": {a profile}}, …]},
// read in one streaming pass with one budget for the whole file (input_limits.hpp), so no file the app accepts
// to read can cost more than a bounded amount of time and memory, whatever it holds.
#pragma once
#include <cstddef>
#include <nlohmann/json.hpp>  // NamedProfile holds a document
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.hpp"
#include "json.hpp"
#include "policy.hpp"

namespace assess {

// One enterprise of a session file: its name (checked as every name is, check_name) and its profile document.
struct NamedProfile {
  std::string name;
  Json profile;
};

enum class SessionFileRead {
  opened,         // every enterprise is valid: `out` has them, in the file's order
  refused,        // a session file with errors: `errors` has them (at most kMaxSessionErrors, then one more)
  not_a_session,  // not a JSON object with "enterprises" (a profile, say): nothing is reported
};

// Reads a session file of the given format (e.g. "suzhou-ai-assess/session@1") against the policy. Every
// enterprise is validated as a profile of its own while the text streams past, its errors' paths below
// "enterprises[i].profile"; names are checked as names. Reading stops at the first of: more than
// `max_enterprises` enterprises (the room left in the advisor's session; at most kMaxSessionEnterprises), more
// than kMaxSessionItems list items in all, more than kMaxSessionErrors errors, a limit of one profile that stops
// its reading (nesting). A document tree is built only for a file that passed.
SessionFileRead read_session_file(const Policy& policy, std::string_view text, std::string_view format,
                                  std::size_t max_enterprises, std::vector<NamedProfile>& out, Diagnostics& errors);

}  // namespace assess
