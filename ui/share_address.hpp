// Whether a hand-over link's address can be opened by a phone: a page served from this machine or a local
// network (127.0.0.1, localhost, 10.*, 192.168.*, …) gives links no phone on the mobile network can reach.
#pragma once
#include <string>

namespace ui {

// The host part of an http(s) URL, lower case, without port or IPv6 brackets; empty when there is none.
std::string url_host(const std::string& url);

// True when `url` is http(s) and its host is a loopback, private, link-local or unqualified local name
// (localhost, *.localhost, *.local, a name without a dot, 127/8, 10/8, 172.16/12, 192.168/16, 169.254/16,
// 0.0.0.0, ::1, fc00::/7, fe80::/10).
bool is_local_address(const std::string& url);

}  // namespace ui
