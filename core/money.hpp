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

// The least base whose rate_bp share, rounded down, reaches `target`: ceil(target * 10000 / rate_bp). rate_bp > 0;
// target ≤ 10^13 (the loader's bound), so the product stays inside int64.
inline Yuan base_reaching(Yuan target, std::int64_t rate_bp) {
  return (target * kBasisPointsPerWhole + rate_bp - 1) / rate_bp;
}

// 1234567 -> "1,234,567"
std::string format_yuan(Yuan amount);

// Yuan as 万元, exact to the yuan: 13900000 -> "1,390", 12345 -> "1.2345", 5000 -> "0.5".
std::string format_wan(Yuan amount);

// 5000 -> "50%", 1250 -> "12.5%"
std::string format_percent(std::int64_t rate_bp);

}  // namespace assess
