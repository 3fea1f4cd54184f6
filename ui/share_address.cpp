// Local-address detection for hand-over links (see share_address.hpp).
#include "share_address.hpp"

#include <cctype>
#include <cstdlib>
#include <vector>

namespace ui {

namespace {

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// The four numbers of a dotted IPv4 address, or an empty vector when `host` is not one.
std::vector<int> ipv4(const std::string& host) {
  std::vector<int> parts;
  std::size_t i = 0;
  while (i <= host.size() && parts.size() < 5) {
    std::size_t j = i;
    while (j < host.size() && std::isdigit(static_cast<unsigned char>(host[j]))) ++j;
    if (j == i || j - i > 3) return {};
    const int n = std::atoi(host.substr(i, j - i).c_str());
    if (n > 255) return {};
    parts.push_back(n);
    if (j == host.size()) break;
    if (host[j] != '.') return {};
    i = j + 1;
  }
  return parts.size() == 4 ? parts : std::vector<int>{};
}

}  // namespace

std::string url_host(const std::string& url) {
  const std::size_t scheme = url.find("://");
  if (scheme == std::string::npos) return "";
  std::size_t start = scheme + 3;
  std::size_t end = url.find_first_of("/?#", start);
  std::string authority = url.substr(start, end == std::string::npos ? std::string::npos : end - start);
  const std::size_t at = authority.rfind('@');
  if (at != std::string::npos) authority = authority.substr(at + 1);
  std::string host;
  if (!authority.empty() && authority[0] == '[') {
    const std::size_t close = authority.find(']');
    host = authority.substr(1, close == std::string::npos ? std::string::npos : close - 1);
  } else {
    host = authority.substr(0, authority.find(':'));
  }
  for (char& c : host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (!host.empty() && host.back() == '.') host.pop_back();  // "localhost." is localhost
  return host;
}

bool is_local_address(const std::string& url) {
  if (url.rfind("http://", 0) != 0 && url.rfind("https://", 0) != 0) return false;
  const std::string host = url_host(url);
  if (host.empty() || host == "localhost" || ends_with(host, ".localhost") || ends_with(host, ".local")) return true;
  if (host.find(':') != std::string::npos)  // IPv6
    return host == "::1" || host == "::" || host.rfind("fc", 0) == 0 || host.rfind("fd", 0) == 0 || host.rfind("fe8", 0) == 0 ||
           host.rfind("fe9", 0) == 0 || host.rfind("fea", 0) == 0 || host.rfind("feb", 0) == 0;
  const std::vector<int> ip = ipv4(host);
  if (ip.empty()) return host.find('.') == std::string::npos;  // "kiosk-pc": only this network resolves it
  return ip[0] == 127 || ip[0] == 10 || ip[0] == 0 || (ip[0] == 172 && ip[1] >= 16 && ip[1] <= 31) ||
         (ip[0] == 192 && ip[1] == 168) || (ip[0] == 169 && ip[1] == 254);
}

}  // namespace ui
