// Characters the bundled font subsets lack (rare hanzi in names, anything a user types or opens), drawn by
// the browser's own fonts into cells reserved in the ImGui atlas (docs/ARCHITECTURE.md, "Every character").
#pragma once

struct ImFontAtlas;

namespace glyph_fallback {

// Before ImFontAtlas::Build(): reserves cells in the atlas for every font added so far, enough for the
// characters already drawn this way and as many again.
void reserve(ImFontAtlas* atlas);
// After Build(), before the GL texture is made from it: draws every character already known into its cells.
void after_build(ImFontAtlas* atlas);
// Notes the characters of this UTF-8 text that a font of the atlas lacks; true when one is new.
bool want(ImFontAtlas* atlas, const char* begin, const char* end);
// Whether characters are waiting to be drawn (call flush() between frames).
bool pending();
// Between frames: draws the waiting characters into their cells and the GL texture. False when the cells are
// full: rebuild the atlas (reserve() then makes room for them).
bool flush(ImFontAtlas* atlas);
// How many characters have been asked of the device's fonts so far (for the tests: none on the start page).
int asked();

}  // namespace glyph_fallback
