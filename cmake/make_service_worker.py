#!/usr/bin/env python3
"""Writes SITE/sw.js from service_worker.js.in: every file of the built site with the SHA-256 of its bytes (the
worker checks what it caches against them), and a version that is a hash of all of them (a new build -> a new
cache). config.json is the installation's own (edited after the build): listed, never checked. The compressed
variants (FILE.br, FILE.gz: cmake/precompress.py) are how a file travels, not files of the site.
Usage: make_service_worker.py TEMPLATE SITE_DIR"""
import hashlib
import json
import os
import sys

template, site = sys.argv[1], sys.argv[2]
files, digest = {}, hashlib.sha256()
for root, dirs, names in os.walk(site):
    dirs.sort()
    for name in sorted(names):
        path = os.path.join(root, name)
        rel = os.path.relpath(path, site).replace(os.sep, "/")
        if rel == "sw.js" or name.endswith((".br", ".gz")):
            continue
        with open(path, "rb") as f:
            data = f.read()
        files[rel] = None if rel == "config.json" else hashlib.sha256(data).hexdigest()
        digest.update(rel.encode() + b"\0" + data)
# The page itself is asked for as "./" (the scope): the same bytes as index.html.
files = {"./": files["index.html"], **files}
with open(template, encoding="utf-8") as f:
    text = f.read()
text = text.replace("@VERSION@", digest.hexdigest()[:16]).replace("@FILES@", json.dumps(files, indent=None))
with open(os.path.join(site, "sw.js"), "w", encoding="utf-8") as f:
    f.write(text)
