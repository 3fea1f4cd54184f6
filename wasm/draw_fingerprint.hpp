// A fingerprint of a frame's ImGui draw data: a frame that would put the same pixels on the canvas as the
// last one shown is not sent to WebGL at all (the browser then keeps the picture it has, at no cost).
#pragma once

#include <cstdint>

struct ImDrawData;

namespace draw_fingerprint {

// A 64-bit hash of everything that decides the pixels: the display size, and every draw list's vertices,
// indices and commands (clip rectangles, textures, counts). Textures themselves are not read: a frame that
// changes one (a new atlas, glyphs added to it) must be shown whatever its fingerprint.
std::uint64_t of(const ImDrawData& data);

}  // namespace draw_fingerprint
