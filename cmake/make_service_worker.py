#!/usr/bin/env python3
"""Writes SITE/sw.js from service_worker.js.in: the list of every file of the built site and a version that
is a hash of all of them (a new build -> a new cache). Usage: make_service_worker.py TEMPLATE SITE_DIR"""
import hashlib
import json
import os
import sys

template, site = sys.argv[1], sys.argv[2]
files, digest = ["./"], hashlib.sha256()
for root, dirs, names in os.walk(site):
    dirs.sort()
    for name in sorted(names):
        path = os.path.join(root, name)
        rel = os.path.relpath(path, site).replace(os.sep, "/")
        if rel == "sw.js":
            continue
        files.append(rel)
        digest.update(rel.encode() + b"\0")
        with open(path, "rb") as f:
            digest.update(f.read())
with open(template, encoding="utf-8") as f:
    text = f.read()
text = text.replace("@VERSION@", digest.hexdigest()[:16]).replace("@FILES@", json.dumps(files))
with open(os.path.join(site, "sw.js"), "w", encoding="utf-8") as f:
    f.write(text)
