#!/usr/bin/env python3
"""Cuts the three font files of the web app from the installed Noto Sans CJK (Debian fonts-noto-cjk).

start.otf: ASCII, common punctuation and the characters of the start page in both languages and every mode
(the policy's identity and disclaimer, and the UI strings the header and the start screen show): all the
first frame needs; and those of the first step (the policy's gates and the UI strings around them), which the
first tap shows. initial.otf: the same plus every character of the given text files (the policy, the UI
strings, the engine's messages), fetched right after the first frame. full.otf: that plus GB2312 level 1 (the
3755 most common hanzi), for names people type. Build products, never committed.

Only the tables Dear ImGui's stb_truetype reads are kept (no OpenType layout, vertical metrics or names beyond
family and style): ImGui 1.90 neither shapes nor kerns, and the browser never sees these files as fonts.

Usage: make_font_subsets.py FONT.ttc INDEX OUT_DIR POLICY.json UI_STRINGS.json TEXT_FILE...
The start page's UI strings are those marked "start_page": true in UI_STRINGS.json.
"""
import json
import sys
from pathlib import Path

from fontTools import subset, ttLib

# 中 sizes the cells of characters drawn from the device's fonts (wasm/glyph_fallback.cpp): in every subset.
BASE = {chr(c) for c in range(0x20, 0x7F)} | set("“”‘’、。,:;!?()《》〔〕〈〉【】—–·…×→←↑↓✓✗·%¥中")


def gb2312_level1():
    chars = set()
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def bmp(text):
    return {c for c in text if 0x20 <= ord(c) < 0x10000}


def start_page_chars(policy_path, strings_path):
    policy = json.loads(Path(policy_path).read_text(encoding="utf-8"))
    strings = json.loads(Path(strings_path).read_text(encoding="utf-8"))["strings"]
    marked = [s for s in strings.values() if s.get("start_page") is True]
    if not marked:
        sys.exit(f"make_font_subsets.py: no UI string is marked \"start_page\": true in {strings_path}")
    # The first step too (its gates), so that the first tap, which often comes before the later subsets have
    # arrived, draws nothing from the device's fonts (each such character costs the first tap ~10 ms on a phone).
    questions = {q["id"]: q for q in policy["questions"]}
    first_step = [policy.get("gates_intro", "")] + [
        [questions[g["question"]].get("label", ""), questions[g["question"]].get("help", "")]
        for g in policy["gates"] if g.get("question") in questions]
    texts = [policy["identity"], policy["disclaimer"], first_step] + [{"zh": s["zh"], "en": s["en"]} for s in marked]
    return bmp(json.dumps(texts, ensure_ascii=False))


def write_subset(font_path, index, chars, out):
    font = ttLib.TTFont(font_path, fontNumber=index, lazy=False)
    options = subset.Options()
    options.layout_features = []
    options.drop_tables += ["GSUB", "GPOS", "VORG", "vhea", "vmtx"]
    options.name_IDs = [1, 2]
    options.hinting = False
    options.desubroutinize = True  # larger raw, smaller gzipped
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(ord(c) for c in chars))
    subsetter.subset(font)
    font.save(out)


def main():
    font_path, index, out_dir = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    policy_path, strings_path = sys.argv[4], sys.argv[5]
    start = BASE | start_page_chars(policy_path, strings_path)
    initial = set(BASE)
    for text_file in sys.argv[6:]:
        initial |= bmp(Path(text_file).read_text(encoding="utf-8"))
    initial |= start
    out_dir.mkdir(parents=True, exist_ok=True)
    write_subset(font_path, index, start, out_dir / "start.otf")
    write_subset(font_path, index, initial, out_dir / "initial.otf")
    write_subset(font_path, index, initial | gb2312_level1(), out_dir / "full.otf")


if __name__ == "__main__":
    main()
