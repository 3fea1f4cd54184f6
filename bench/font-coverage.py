#!/usr/bin/python3
"""Font coverage of the web app: of every character a user can type in the CJK ranges of issue 14, how many the
bundled subsets draw, how many more the device's fonts draw (wasm/glyph_fallback: the browser's fallback chain,
here the fonts installed on this machine), and how many neither has (those show "?"). Read from the fonts'
character maps; tests/browser/idle.test.mjs checks the drawn pixels of a random sample.
Usage: bench/font-coverage.py SITE_FONTS_DIR"""
import glob
import sys
import unicodedata

from fontTools.ttLib import TTCollection, TTFont

RANGES = [
    ('CJK Unified Ideographs', 0x4E00, 0x9FFF),
    ('CJK Extension A', 0x3400, 0x4DBF),
    ('CJK symbols and punctuation', 0x3000, 0x303F),
    ('full-width forms', 0xFF00, 0xFFEF),
]


def cmap_of(path):
    fonts = TTCollection(path, lazy=True).fonts if path.endswith('.ttc') else [TTFont(path, lazy=True)]
    chars = set()
    for font in fonts:
        if 'cmap' in font:
            chars.update(font.getBestCmap() or {})
    return chars


def main(fonts_dir):
    bundled = set()
    for path in glob.glob(f'{fonts_dir}/*.otf'):
        bundled |= cmap_of(path)
    device = set()
    for path in glob.glob('/usr/share/fonts/**/*.[ot]t[fc]', recursive=True):
        try:
            device |= cmap_of(path)
        except Exception:  # a font fontTools cannot read is one the comparison leaves out, not a failure
            pass
    total = in_bundle = from_device = 0
    missing = []
    for _, lo, hi in RANGES:
        for c in range(lo, hi + 1):
            if unicodedata.category(chr(c)) == 'Cn':
                continue  # unassigned (in this Python's Unicode): nobody can type it
            total += 1
            if c in bundled:
                in_bundle += 1
            elif c in device:
                from_device += 1
            else:
                missing.append(c)
    spans = []
    for c in missing:
        if spans and spans[-1][1] == c - 1:
            spans[-1][1] = c
        else:
            spans.append([c, c])
    shown = ', '.join(f'U+{a:04X}' + (f'–{b:04X}' if b != a else '') for a, b in spans[:6])
    print(f'font coverage (Unicode {unicodedata.unidata_version}): {total - len(missing)} of {total} drawn as glyphs ({in_bundle} bundled, {from_device} from '
          f'the device\'s fonts); {len(missing)} not in any font here: {shown}{" …" if len(spans) > 6 else ""}')


if __name__ == '__main__':
    main(sys.argv[1])
