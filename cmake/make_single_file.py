#!/usr/bin/env python3
"""Builds the single-file app: one .html holding the page, its style and scripts, the wasm and the fonts (base64,
handed to the runtime by boot.js: Module.wasmBinary and the font files), for file:// or a USB stick with no
server. Its CSP allows no connection at all (connect-src 'none') and only the page's own inline scripts, by hash.
Usage: make_single_file.py INDEX_HTML APP_CSS BOOT_JS APP_JS APP_WASM FONTS_DIR ICON_SVG OUT_HTML"""
import base64
import hashlib
import re
import sys

index, css, boot, app_js, app_wasm, fonts, icon, out = sys.argv[1:9]


def read(path, mode="r"):
    with open(path, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as f:
        return f.read()


files = {f"fonts/{n}": base64.b64encode(read(f"{fonts}/{n}", "rb")).decode() for n in ("start.otf", "initial.otf", "full.otf")}
files["app.wasm"] = base64.b64encode(read(app_wasm, "rb")).decode()
# No settings file beside a single file: settings come from the URL (?mode=kiosk, ?lang=en).
embedded = "window.ASSESS_EMBEDDED = " + '{"config": {}, "files": {' + ",".join(
    f'"{k}": "{v}"' for k, v in files.items()) + "}};"
scripts = [embedded, read(boot), read(app_js)]
for s in scripts:
    if "</script" in s.lower():
        sys.exit("a script contains </script>; it cannot be inlined")
hashes = " ".join("'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'" for s in scripts)
csp = (f"default-src 'none'; script-src {hashes} 'wasm-unsafe-eval'; connect-src 'none'; img-src data: blob:; "
       "style-src 'unsafe-inline'; font-src 'none'; base-uri 'none'; form-action 'none'; object-src 'none'")

html = read(index)
html, n = re.subn(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">',
                  lambda m: f'<meta http-equiv="Content-Security-Policy" content="{csp}">', html)
assert n == 1, "no CSP meta in index.html"
icon_uri = "data:image/svg+xml;base64," + base64.b64encode(read(icon, "rb")).decode()
replacements = [
    ('<link rel="stylesheet" href="app.css">', "<style>\n" + read(css) + "</style>"),
    ('<link rel="icon" href="icon.svg" type="image/svg+xml">', f'<link rel="icon" href="{icon_uri}" type="image/svg+xml">'),
    ('<link rel="manifest" href="manifest.webmanifest">\n', ""),
    # The wasm is inside the page: nothing to preload (and its CSP allows no fetch).
    ('<link rel="preload" href="app.wasm" as="fetch" type="application/wasm" crossorigin>\n', ""),
    ('<script src="boot.js"></script>', "".join(f"<script>{s}</script>\n" for s in scripts[:2])),
    ('<script src="app.js" async></script>', f"<script>{scripts[2]}</script>"),
]
for old, new in replacements:
    assert old in html, f"index.html has no {old!r}"
    html = html.replace(old, new)
with open(out, "w", encoding="utf-8") as f:
    f.write(html)
