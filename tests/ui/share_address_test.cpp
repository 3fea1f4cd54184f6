// Hand-over links only where a phone can open them (ui/share_address): which page addresses count as local.
#include "share_address.hpp"

#include <gtest/gtest.h>

namespace ui {
namespace {

TEST(ShareAddress, LoopbackPrivateAndLocalNamesAreLocal) {
  for (const char* url :
       {"http://127.0.0.1:8080/", "http://127.5.6.7/", "http://localhost:8080/index.html", "http://LOCALHOST./",
        "http://app.localhost/", "http://kiosk.local/", "http://kiosk-pc/", "http://10.0.0.5/", "http://172.16.0.1/",
        "http://172.31.255.255/", "http://192.168.1.20:8000/", "http://169.254.3.4/", "http://0.0.0.0:8080/",
        "http://[::1]:8080/", "http://[fd12:3456::1]/", "http://[fe80::1]/", "https://user@192.168.0.2/x"})
    EXPECT_TRUE(is_local_address(url)) << url;
}

TEST(ShareAddress, PublicAddressesAndOtherSchemesAreNot) {
  for (const char* url : {"https://ai.suzhou.gov.cn/assess/", "http://172.15.0.1/", "http://172.32.0.1/", "http://11.0.0.1/",
                          "http://192.169.0.1/", "https://[2001:db8::1]/", "file:", "file:///media/usb/app.html", ""})
    EXPECT_FALSE(is_local_address(url)) << url;
}

TEST(ShareAddress, HostIsReadWithoutPortUserOrPath) {
  EXPECT_EQ(url_host("https://user:pw@Example.COM:8443/a?b#c"), "example.com");
  EXPECT_EQ(url_host("http://[::1]:8080/"), "::1");
  EXPECT_EQ(url_host("no scheme"), "");
}

}  // namespace
}  // namespace ui
