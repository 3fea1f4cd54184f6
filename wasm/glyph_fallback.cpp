// Characters the bundled font subsets lack, drawn by the browser's own fonts (web::draw_glyph) into cells
// reserved in the ImGui 1.90 atlas, then added to the fonts as ordinary glyphs. The bundled Noto subsets stay
// the first choice; this only fills their gaps, one character at a time, as text needing it appears.
#include "glyph_fallback.hpp"

#include <GLES3/gl3.h>
#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <set>
#include <vector>

#include "platform_web.hpp"

namespace glyph_fallback {

namespace {

// ImGui 1.90 makes the atlas 512 px wide at the least (more for a larger surface), and a custom rect wider than
// the atlas is never packed: a grid is at most this wide, whatever the cell (a kiosk's 36 px heading font at ×1.5
// made 16 cells 608 px, unpacked, and the first character drawn into it wrote outside the atlas).
constexpr int kNarrowestAtlas = 512;
constexpr int kMinCells = 128;

// The reserved cells of one font: a grid of square cells, each one character.
struct Cells {
  ImFont* font = nullptr;
  int rect = -1;  // the atlas custom rect holding the grid
  int cell = 0;   // side of a cell in pixels
  int columns = 1;
  int capacity = 0;
  int used = 0;
  float em = 0;        // the font's ideograph width: the size the browser draws at
  float baseline = 0;  // from the top of a line
};

std::vector<Cells> grids;
std::vector<ImWchar> known;  // every character asked for so far, in order (drawn again after a rebuild)
std::set<ImWchar> seen;      // the same, to look up
std::vector<ImWchar> waiting;

bool lacks(const ImFontAtlas* atlas, ImWchar c) {
  for (const ImFont* f : atlas->Fonts)
    if (!f->FindGlyphNoFallback(c)) return true;
  return false;
}

// Draws c into the next free cell of g and adds it to g's font; false when the grid is full.
bool place(ImFontAtlas* atlas, Cells& g, ImWchar c, bool upload) {
  if (g.font->FindGlyphNoFallback(c)) return true;
  if (g.used == g.capacity) return false;
  std::vector<unsigned char> alpha(static_cast<std::size_t>(g.cell * g.cell));
  float advance = 0;
  // The cell has a pixel of margin on every side: the browser's ink may reach a little outside the em box.
  if (!web::draw_glyph(c, g.em, 1 + g.baseline, g.cell, g.cell, alpha.data(), advance))
    return true;  // no font of the device has it: it stays the fallback glyph
  const ImFontAtlasCustomRect* r = atlas->GetCustomRectByIndex(g.rect);
  const int x = r->X + (g.used % g.columns) * g.cell, y = r->Y + (g.used / g.columns) * g.cell;
  // Never outside the atlas: a grid ImGui could not pack leaves the character to the fallback glyph.
  if (!r->IsPacked() || x + g.cell > atlas->TexWidth || y + g.cell > atlas->TexHeight) return true;
  ++g.used;
  std::vector<std::uint32_t> rgba(alpha.size());
  for (int j = 0; j < g.cell; ++j)
    for (int i = 0; i < g.cell; ++i) {
      const unsigned char a = alpha[static_cast<std::size_t>(j * g.cell + i)];
      const std::size_t at = static_cast<std::size_t>((y + j) * atlas->TexWidth + x + i);
      if (atlas->TexPixelsAlpha8) atlas->TexPixelsAlpha8[at] = a;
      if (atlas->TexPixelsRGBA32) atlas->TexPixelsRGBA32[at] = IM_COL32(255, 255, 255, a);
      rgba[static_cast<std::size_t>(j * g.cell + i)] = IM_COL32(255, 255, 255, a);
    }
  if (upload && atlas->TexID) {
    GLint bound = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &bound);
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(reinterpret_cast<std::intptr_t>(atlas->TexID)));
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glTexSubImage2D(GL_TEXTURE_2D, 0, x, y, g.cell, g.cell, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(bound));
  }
  // BuildLookupTable() appends a TAB glyph unless the last glyph is one: take it off, it comes back.
  if (!g.font->Glyphs.empty() && g.font->Glyphs.back().Codepoint == '\t') g.font->Glyphs.pop_back();
  const ImVec2 uv(atlas->TexUvScale);
  const float x0 = static_cast<float>(x), y0 = static_cast<float>(y), side = static_cast<float>(g.cell);
  g.font->AddGlyph(g.font->ConfigData, c, -1, -1, side - 1, side - 1, x0 * uv.x, y0 * uv.y, (x0 + side) * uv.x,
                   (y0 + side) * uv.y, advance);
  return true;
}

// Draws the characters into every font lacking them; false when a grid is full.
bool place_all(ImFontAtlas* atlas, const std::vector<ImWchar>& chars, bool upload) {
  bool ok = true;
  for (Cells& g : grids) {
    const int before = g.used;  // (not the glyph count: place() takes the TAB glyph off)
    for (ImWchar c : chars)
      if (ok && !place(atlas, g, c, upload)) ok = false;
    if (g.used != before) g.font->BuildLookupTable();
  }
  return ok;
}

}  // namespace

void reserve(ImFontAtlas* atlas) {
  grids.clear();
  for (const ImFontConfig& cfg : atlas->ConfigData) {
    Cells g;
    g.font = cfg.DstFont;
    g.cell = static_cast<int>(std::ceil(cfg.SizePixels)) + 2;  // a font's line height is its pixel size
    g.columns = std::max(1, kNarrowestAtlas / g.cell);
    const int rows = (std::max(kMinCells, 2 * static_cast<int>(known.size())) + g.columns - 1) / g.columns;
    g.capacity = rows * g.columns;
    g.rect = atlas->AddCustomRectRegular(g.columns * g.cell, rows * g.cell);
    grids.push_back(g);
  }
}

void after_build(ImFontAtlas* atlas) {
  for (Cells& g : grids) {
    const ImFontGlyph* ideograph = g.font->FindGlyphNoFallback(0x4E2D);  // 中: in every subset
    g.em = ideograph ? ideograph->AdvanceX : g.font->FontSize;
    g.baseline = std::round(g.font->Ascent);  // where ImGui puts the baseline of its own glyphs
  }
  place_all(atlas, known, false);
  waiting.clear();
}

bool want(ImFontAtlas* atlas, const char* begin, const char* end) {
  bool added = false;
  while (begin < end) {
    unsigned int c = 0;
    const int n = ImTextCharFromUtf8(&c, begin, end);
    if (n <= 0) break;
    begin += n;
    // ASCII is in every subset; U+FFFD is what bad UTF-8 became. ImWchar is 32-bit (IMGUI_USE_WCHAR32,
    // cmake/imgui.cmake): characters beyond U+FFFF (CJK Extension B and later, emoji) are drawn like the rest.
    if (c < 0x80 || c > IM_UNICODE_CODEPOINT_MAX || c == 0xFFFD || (c >= 0xD800 && c <= 0xDFFF)) continue;
    const ImWchar w = static_cast<ImWchar>(c);
    if (seen.count(w) || !lacks(atlas, w)) continue;
    seen.insert(w);
    known.push_back(w);
    waiting.push_back(w);
    added = true;
  }
  return added;
}

bool pending() {
  return !waiting.empty();
}

bool flush(ImFontAtlas* atlas) {
  const bool ok = place_all(atlas, waiting, true);
  waiting.clear();
  return ok;
}

int asked() {
  return static_cast<int>(known.size());
}

}  // namespace glyph_fallback
