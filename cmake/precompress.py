#!/usr/bin/env python3
"""Writes FILE.br (Brotli, quality 11) and FILE.gz (gzip, level 9) beside every file of the built site that
compression makes smaller, so a server sends them as they are (scripts/serve.py; docs/modes.md, "Deploying")
instead of compressing on each request or not at all. Stale or useless ones are removed. A variant that still
decodes to its file is kept as it is (Brotli at 11 takes seconds for the wasm and the fonts).
Usage: precompress.py SITE_DIR"""
import gzip
import os
import sys

import brotli  # Debian: python3-brotli

# What is worth compressing; PNG-like formats would not shrink. The font subsets are CFF outlines: ~10 % smaller.
TYPES = {".html": brotli.MODE_TEXT, ".js": brotli.MODE_TEXT, ".css": brotli.MODE_TEXT, ".json": brotli.MODE_TEXT,
         ".webmanifest": brotli.MODE_TEXT, ".svg": brotli.MODE_TEXT, ".wasm": brotli.MODE_GENERIC,
         ".otf": brotli.MODE_FONT}


def up_to_date(path, data, decompress):
    if not os.path.exists(path):
        return False
    with open(path, "rb") as f:
        try:
            return decompress(f.read()) == data
        except Exception:  # a damaged variant is written again
            return False


def write_variant(path, data, compress, decompress):
    if up_to_date(path, data, decompress):
        return
    packed = compress(data)
    # A variant that saves less than 5 % is not worth a second representation (and its Vary header).
    if len(packed) < len(data) * 0.95:
        with open(path, "wb") as f:
            f.write(packed)
    elif os.path.exists(path):
        os.remove(path)


def main():
    site = sys.argv[1]
    for root, _, names in os.walk(site):
        for name in names:
            path = os.path.join(root, name)
            stem, ext = os.path.splitext(name)
            if ext in (".br", ".gz"):
                if not os.path.exists(os.path.join(root, stem)):
                    os.remove(path)  # its original is gone
                continue
            # config.json is edited by each installation after the build: a compressed copy would go stale, and a
            # server that prefers it (nginx's gzip_static) would send the old settings.
            if ext not in TYPES or os.path.relpath(path, site) == "config.json":
                for variant in (path + ".br", path + ".gz"):
                    if os.path.exists(variant):
                        os.remove(variant)
                continue
            with open(path, "rb") as f:
                data = f.read()
            mode = TYPES[ext]
            write_variant(path + ".br", data, lambda d: brotli.compress(d, mode=mode, quality=11), brotli.decompress)
            # mtime=0: the same bytes for the same input, build after build.
            write_variant(path + ".gz", data, lambda d: gzip.compress(d, compresslevel=9, mtime=0), gzip.decompress)


if __name__ == "__main__":
    main()
