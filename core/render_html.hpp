// The printable report: one self-contained HTML document (no scripts, no external resources) with the
// policy, the answers, every result with its arithmetic, the articles referred to, the time and the disclaimer.
#pragma once
#include <string>

#include "result.hpp"

namespace assess {

// `generated_at` is supplied by the caller (the core has no clock), e.g. "2026-11-27 22:40". `enterprise`, when
// not empty, is the name of the enterprise the report is for (advisor mode), shown under the title.
std::string render_html(const Policy& policy, const Profile& profile, const Result& result, Lang lang,
                        const std::string& generated_at, const std::string& enterprise = {});

}  // namespace assess
