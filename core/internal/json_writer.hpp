// A minimal streaming JSON writer for the result: appends to one string, no DOM, so batch output stays fast.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "utf8.hpp"

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
    append_escaped(out_, s);
    out_ += '"';
  }

 public:
  // Appends s with JSON string escaping; runs of plain bytes are copied at once (the common case).
  static void append_escaped(std::string& out, std::string_view s) {
    std::size_t start = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      out.append(s.data() + start, i - start);
      start = i + 1;
      if (c == '"')
        out += "\\\"";
      else if (c == '\\')
        out += "\\\\";
      else if (c == '\n')
        out += "\\n";
      else {
        static const char* hex = "0123456789abcdef";
        out += "\\u00";
        out += hex[c >> 4];
        out += hex[c & 15];
      }
    }
    out.append(s.data() + start, s.size() - start);
  }

  // Appends s as a JSON string in quotes, with every control character (C0, DEL, C1) and bidi control written as
  // \\uXXXX and each byte that is not UTF-8 as U+FFFD: for text a person typed (an advisor's enterprise name), so
  // the line stays valid JSON and valid UTF-8 and shows nothing that acts on a terminal or reorders a line.
  static void append_inert_string(std::string& out, std::string_view s) {
    static const char* hex = "0123456789abcdef";
    out += '"';
    for (std::size_t i = 0; i < s.size();) {
      const utf8::Char c = utf8::char_at(s, i);
      const std::uint32_t cp = c.code_point;
      if (!c.valid) {
        utf8::append(out, 0xFFFD);
      } else if (utf8::is_control(cp) || utf8::is_bidi_control(cp)) {
        out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4) out += hex[(cp >> shift) & 15];
      } else {
        append_escaped(out, s.substr(i, c.size));
      }
      i += c.size;
    }
    out += '"';
  }

  // Appends text that is already valid JSON (a pre-rendered fragment), with the separator it needs.
  JsonWriter& raw_member(std::string_view json_members) {
    comma();
    out_ += json_members;
    return *this;
  }
};

}  // namespace assess
