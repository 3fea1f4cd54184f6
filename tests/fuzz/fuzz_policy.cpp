// libFuzzer: any bytes as a policy file must load or give diagnostics — never crash, leak or overflow.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "policy_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  assess::Policy policy;
  assess::Diagnostics errors;
  assess::load_policy(std::string_view(reinterpret_cast<const char*>(data), size), policy, errors);
  return 0;
}
