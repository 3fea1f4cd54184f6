// Exact money: integer yuan, percentages in basis points, every division rounded down.
#pragma once
#include <cstdint>
#include <string>

namespace assess {

using Yuan = std::int64_t;

constexpr std::int64_t kBasisPointsPerWhole = 10000;

// floor(base * rate_bp / 10000). Callers keep base * rate_bp inside int64 (the policy loader bounds
// both), so this never overflows; base and rate are never negative.
inline Yuan apply_rate(Yuan base, std::int64_t rate_bp) {
  return base * rate_bp / kBasisPointsPerWhole;
}

// True when apply_rate dropped a fraction of a yuan.
inline bool rate_rounds(Yuan base, std::int64_t rate_bp) {
  return (base * rate_bp) % kBasisPointsPerWhole != 0;
}

// 1234567 -> "1,234,567"
std::string format_yuan(Yuan amount);

// 5000 -> "50%", 1250 -> "12.5%"
std::string format_percent(std::int64_t rate_bp);

}  // namespace assess
