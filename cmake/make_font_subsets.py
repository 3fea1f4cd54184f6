#!/usr/bin/env python3
"""Cuts the two font files of the web app from the installed Noto Sans CJK (Debian fonts-noto-cjk).

initial.otf: ASCII, common punctuation and every character of the given text files (the policy, the UI
strings, the engine's messages): all the first frame needs. full.otf: that plus GB2312 level 1 (the 3755
most common hanzi), for names people type. Build products, never committed.
Usage: make_font_subsets.py FONT.ttc INDEX OUT_DIR TEXT_FILE...
"""
import sys
from pathlib import Path

from fontTools import subset, ttLib


def gb2312_level1():
    chars = set()
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def write_subset(font_path, index, chars, out):
    font = ttLib.TTFont(font_path, fontNumber=index, lazy=False)
    options = subset.Options()
    options.layout_features = ["kern", "liga", "vert"]
    options.name_IDs = ["*"]
    options.hinting = False
    options.desubroutinize = True
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(ord(c) for c in chars))
    subsetter.subset(font)
    font.save(out)


def main():
    font_path, index, out_dir = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    chars = {chr(c) for c in range(0x20, 0x7F)}
    chars |= set("“”‘’、。,:;!?()《》〔〕〈〉【】—–·…×→←↑↓✓✗·%¥")
    for text_file in sys.argv[4:]:
        chars |= {c for c in Path(text_file).read_text(encoding="utf-8") if ord(c) >= 0x20 and ord(c) < 0x10000}
    out_dir.mkdir(parents=True, exist_ok=True)
    write_subset(font_path, index, chars, out_dir / "initial.otf")
    write_subset(font_path, index, chars | gb2312_level1(), out_dir / "full.otf")


if __name__ == "__main__":
    main()
