// The Suzhou policy file compiled into the binary (generated from public/policies at build time), so the
// CLI and the web app work without a separate file.
#pragma once
#include <string_view>

namespace assess {
std::string_view embedded_policy_json();
}
