#!/usr/bin/env python3
"""Turns ui/ui-strings.json, every word of the app, into ui_strings.def: one line S(key, "zh", "en") per string,
from which ui/ui_strings.hpp makes the Str enum and ui/ui_strings.cpp the table (as core/internal/messages.def
makes Msg). A key a screen names that the file lacks then does not compile.

Each string is {"zh": "…", "en": "…"}, with "start_page": true on those the start page and its header show in
some mode (cmake/make_font_subsets.py cuts the first font subset from them). The build stops, naming the key,
on anything else: a key that is not a C++ name, a missing language, an unknown field.

Usage: make_ui_strings.py UI_STRINGS.json OUT.def
"""
import json
import re
import sys
from pathlib import Path

FIELDS = {"zh", "en", "start_page"}


def fail(path, message):
    sys.exit(f"{path}: {message}")


def literal(text):
    # JSON's escapes (\" \\ \n \t, and \uXXXX only for control characters, which are refused below) are C++'s.
    return json.dumps(text, ensure_ascii=False)


def lines_of(path):
    doc = json.loads(Path(path).read_text(encoding="utf-8"))
    strings = doc.get("strings") if isinstance(doc, dict) else None
    if not isinstance(strings, dict) or not strings:
        fail(path, 'no "strings" object')
    out = []
    for key, entry in strings.items():
        if not re.fullmatch(r"[a-z][a-z0-9_]*", key):
            fail(path, f'"{key}" is not a name the Str enum can have (lower case, digits, _)')
        if not isinstance(entry, dict) or set(entry) - FIELDS:
            fail(path, f'"{key}": only {sorted(FIELDS)} are allowed')
        for lang in ("zh", "en"):
            text = entry.get(lang)
            if not isinstance(text, str) or not text:
                fail(path, f'"{key}": "{lang}" must be a non-empty text')
            if any(ord(c) < 0x20 for c in text):
                fail(path, f'"{key}": "{lang}" holds a control character')
        if not isinstance(entry.get("start_page", False), bool):
            fail(path, f'"{key}": "start_page" is true or false')
        out.append(f"S({key}, {literal(entry['zh'])}, {literal(entry['en'])})")
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: make_ui_strings.py UI_STRINGS.json OUT.def")
    source, target = sys.argv[1], Path(sys.argv[2])
    text = f"// Generated from {Path(source).name} by cmake/make_ui_strings.py; do not edit.\n" + "\n".join(lines_of(source)) + "\n"
    # Written only when it changes: every screen includes the enum, and an unchanged one rebuilds nothing.
    if not target.exists() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
