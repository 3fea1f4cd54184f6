#!/usr/bin/env python3
"""Writes a page script without its comments and whitespace, with the minifier Emscripten itself uses for the
JavaScript it generates (tools/acorn-optimizer.js, minifyWhitespace): public/boot.js is read with its comments;
the site ships it ~3 KB (gzip) smaller. Fails, leaving no output, if the result is empty or does not parse.
Usage: minify_js.py EMSCRIPTEN_ROOT IN.js OUT.js"""
import os
import subprocess
import sys

root, source, target = sys.argv[1:4]
env = dict(os.environ, NODE_PATH='/usr/share/nodejs')
minified = subprocess.run(['node', os.path.join(root, 'tools', 'acorn-optimizer.js'), source, 'minifyWhitespace'],
                          env=env, check=True, capture_output=True, text=True).stdout
if not minified.strip():
    sys.exit(f'minify_js.py: no output for {source}')
with open(target + '.tmp.js', 'w', encoding='utf-8') as f:
    f.write(minified)
subprocess.run(['node', '--check', target + '.tmp.js'], check=True)
os.replace(target + '.tmp.js', target)
