#!/usr/bin/env python3
"""Serves the built site on 127.0.0.1 with the right types and headers (a static server and nothing else).
Files the build compressed (FILE.br, FILE.gz beside FILE: cmake/precompress.py) are sent as they are to a
browser that accepts them, with Content-Encoding and Vary: Accept-Encoding, as long as they still hold the
file's bytes (a file edited by hand after the build goes out as it is); every file has an ETag, so a
revalidation (Cache-Control: no-cache) costs a 304 and no body.

Usage: serve.py SITE_DIR [PORT]
"""
import email.utils
import functools
import gzip
import http
import http.server
import os
import sys

try:
    import brotli  # Debian: python3-brotli (scripts/setup)
except ImportError:  # without it, gzip only
    brotli = None

# Preferred first: Brotli is ~18 % smaller than gzip on the wasm.
ENCODINGS = [("br", ".br", brotli.decompress)] if brotli else []
ENCODINGS.append(("gzip", ".gz", gzip.decompress))

# Whether a compressed copy still holds its file's bytes, by the two files' size and time: a copy left from
# before the file was edited by hand is never sent. Decoded once per version of the pair (~2 ms for the wasm).
_checked = {}


def variant_holds(path, variant, decode):
    a, b = os.stat(path), os.stat(variant)
    key = (variant, a.st_size, a.st_mtime_ns, b.st_size, b.st_mtime_ns)
    if key not in _checked:
        with open(path, "rb") as f, open(variant, "rb") as g:
            try:
                _checked[key] = decode(g.read()) == f.read()
            except Exception:  # a damaged copy
                _checked[key] = False
    return _checked[key]


def accepted_encodings(header):
    """The content codings an Accept-Encoding header allows (q > 0), e.g. 'gzip, br;q=0.5, zstd'."""
    allowed = set()
    for part in (header or "").split(","):
        name, _, params = part.strip().partition(";")
        q = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if name and q > 0:
            allowed.add(name.strip().lower())
    return allowed


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    # Keep-alive: a phone's round trips are long, and every response says its length.
    protocol_version = "HTTP/1.1"
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm", ".js": "text/javascript", ".mjs": "text/javascript",
        ".json": "application/json", ".otf": "font/otf", ".webmanifest": "application/manifest+json",
    }

    # The headers a deployment should send (docs/modes.md, "Deploying"). frame-ancestors cannot be set from the
    # page's <meta> CSP: only a header stops another site from framing the app (clickjacking).
    def end_headers(self):
        self.send_header("Content-Security-Policy", "frame-ancestors 'none'")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cross-Origin-Opener-Policy", "same-origin")
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            if not self.path.split("?", 1)[0].split("#", 1)[0].endswith("/"):
                return super().send_head()  # the redirect to "dir/"
            path = os.path.join(path, "index.html")
        # The compressed variants are representations of their file, not files of the site.
        if not os.path.isfile(path) or path.endswith((".br", ".gz")):
            self.send_error(http.HTTPStatus.NOT_FOUND, "File not found")
            return None
        stat = os.stat(path)
        body, encoding, compressible = path, None, False
        allowed = accepted_encodings(self.headers.get("Accept-Encoding"))
        for name, suffix, decode in ENCODINGS:
            variant = path + suffix
            if os.path.isfile(variant) and variant_holds(path, variant, decode):
                compressible = True
                if encoding is None and name in allowed:
                    body, encoding = variant, name
        # Strong validators differ per representation (RFC 9110 8.8.3).
        etag = f'"{stat.st_size:x}-{stat.st_mtime_ns:x}{"-" + encoding if encoding else ""}"'
        if etag in [t.strip() for t in self.headers.get("If-None-Match", "").split(",")]:
            self.send_response(http.HTTPStatus.NOT_MODIFIED)
            self.send_validators(etag, stat, compressible)
            self.end_headers()
            return None
        f = open(body, "rb")
        self.send_response(http.HTTPStatus.OK)
        self.send_header("Content-Type", self.guess_type(path))
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.send_header("Content-Length", str(os.fstat(f.fileno()).st_size))
        self.send_validators(etag, stat, compressible)
        self.end_headers()
        return f

    def send_validators(self, etag, stat, compressible):
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", email.utils.formatdate(stat.st_mtime, usegmt=True))
        if compressible:  # caches must not give a gzip body to a client that asked for none
            self.send_header("Vary", "Accept-Encoding")

    def log_message(self, fmt, *args):  # quiet: one line per request is noise for people running the app
        pass


def main():
    site = sys.argv[1]
    port = int(sys.argv[2]) if len(sys.argv) > 2 else 8080
    handler = functools.partial(SiteHandler, directory=site)
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        print(f"Serving the estimator at http://127.0.0.1:{port}/  (Ctrl+C to stop)", flush=True)
        server.serve_forever()


if __name__ == "__main__":
    main()
