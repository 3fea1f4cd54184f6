// A minimal streaming JSON writer for the result: appends to one string, no DOM, so batch output stays fast.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace assess {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}
  JsonWriter& begin_object() { return open('{'); }
  JsonWriter& end_object() { return close('}'); }
  JsonWriter& begin_array() { return open('['); }
  JsonWriter& end_array() { return close(']'); }
  JsonWriter& key(std::string_view k) {
    comma();
    quoted(k);
    out_ += ':';
    after_key_ = true;
    return *this;
  }
  JsonWriter& value(std::string_view s) {
    comma();
    quoted(s);
    return *this;
  }
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(std::int64_t n) {
    comma();
    out_ += std::to_string(n);
    return *this;
  }
  JsonWriter& value(int n) { return value(static_cast<std::int64_t>(n)); }
  JsonWriter& value(bool b) {
    comma();
    out_ += b ? "true" : "false";
    return *this;
  }

 private:
  std::string& out_;
  bool first_ = true;
  bool after_key_ = false;

  void comma() {
    if (after_key_)
      after_key_ = false;
    else if (!first_)
      out_ += ',';
    first_ = false;
  }
  JsonWriter& open(char c) {
    comma();
    out_ += c;
    first_ = true;
    return *this;
  }
  JsonWriter& close(char c) {
    out_ += c;
    first_ = false;
    return *this;
  }
  void quoted(std::string_view s) {
    out_ += '"';
    for (char ch : s) {
      unsigned char c = static_cast<unsigned char>(ch);
      if (c == '"')
        out_ += "\\\"";
      else if (c == '\\')
        out_ += "\\\\";
      else if (c == '\n')
        out_ += "\\n";
      else if (c < 0x20) {
        static const char* hex = "0123456789abcdef";
        out_ += "\\u00";
        out_ += hex[c >> 4];
        out_ += hex[c & 15];
      } else
        out_ += ch;
    }
    out_ += '"';
  }
};

}  // namespace assess
