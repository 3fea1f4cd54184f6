// Hashes a frame's draw data (see draw_fingerprint.hpp): 8 bytes at a time, so a screen of ~20 000 vertices
// costs a fraction of a millisecond, far less than the frame the browser would otherwise composite.
#include "draw_fingerprint.hpp"

#include <cstring>

#include "imgui.h"

namespace draw_fingerprint {
namespace {

struct Hash {
  std::uint64_t h = 0x9E3779B97F4A7C15ull;
  void word(std::uint64_t w) {
    h ^= w;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
  }
  void bytes(const void* data, std::size_t size) {
    const auto* p = static_cast<const unsigned char*>(data);
    std::uint64_t w = 0;
    for (; size >= 8; p += 8, size -= 8) {
      std::memcpy(&w, p, 8);
      word(w);
    }
    w = 0;
    std::memcpy(&w, p, size);
    word(w ^ (static_cast<std::uint64_t>(size) << 56));
  }
  template <class T>
  void value(const T& v) {
    bytes(&v, sizeof v);
  }
};

}  // namespace

std::uint64_t of(const ImDrawData& data) {
  Hash hash;
  hash.value(data.DisplayPos);
  hash.value(data.DisplaySize);
  hash.value(data.FramebufferScale);
  for (int i = 0; i < data.CmdListsCount; ++i) {
    const ImDrawList& list = *data.CmdLists[i];
    hash.bytes(list.VtxBuffer.Data, static_cast<std::size_t>(list.VtxBuffer.Size) * sizeof(ImDrawVert));
    hash.bytes(list.IdxBuffer.Data, static_cast<std::size_t>(list.IdxBuffer.Size) * sizeof(ImDrawIdx));
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
      hash.value(cmd.ClipRect);
      hash.value(cmd.TextureId);
      hash.value(cmd.VtxOffset);
      hash.value(cmd.IdxOffset);
      hash.value(cmd.ElemCount);
      hash.value(cmd.UserCallback != nullptr);
    }
  }
  return hash.h;
}

}  // namespace draw_fingerprint
