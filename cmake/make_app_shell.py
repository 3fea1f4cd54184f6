#!/usr/bin/env python3
"""Writes the app shell into the page: the start page as plain HTML, in Chinese and English, from the policy
file (its identity and disclaimer) and the UI strings (the same keys ui/start_screen.cpp and ui/header_bar.cpp
draw), so a visitor on a slow network reads what the tool is and how to begin while the app loads; the canvas
takes over at its first frame (public/boot.js, "The app shell"; public/app.css lays it out as the app does).
Usage: make_app_shell.py INDEX_HTML POLICY.json UI_STRINGS.json OUT_HTML"""
import html
import json
import sys
from pathlib import Path

MARKER = "<!-- app shell -->"


def shell(policy, strings, lang):
    t = lambda key: html.escape(strings[key][lang])  # noqa: E731  (one line per string below)
    p = lambda value: html.escape(value[lang] if isinstance(value, dict) else value)  # noqa: E731
    identity = policy["identity"]
    rows = "".join(f"<tr><th>{t(key)}</th><td>{p(identity[field])}</td></tr>"
                   for key, field in (("meta_number", "number"), ("meta_issuer", "issuer"), ("meta_level", "level"),
                                      ("meta_status", "status"), ("meta_effective", "effective")))
    # data-key: the canvas widget a tap here stands for (boot.js passes it on once the app runs).
    # A section with a name: a landmark, as the app's own mirror (<main id="a11y">) is once it runs.
    return f"""<section class="shell-lang" data-lang="{lang}" lang="{'zh-CN' if lang == 'zh' else 'en'}" aria-label="{t('app_name')}">
<div class="shell-header"><span class="shell-name" data-short="{t('app_name')}">{t('app_name')} · {p(identity['number'])}</span>
<span class="shell-actions"><button type="button" data-key="header:open" class="shell-open">{t('open')}</button><button type="button" data-key="header:lang">{t('other_language')}</button></span></div>
<div class="shell-card">
<h1 id="shell-title-{lang}">{p(identity['title'])}</h1>
<table>{rows}</table>
<hr>
<p>{t('intro')}</p>
<p class="shell-accent shell-advisor">{t('advisor_intro')}</p>
<p class="shell-good">{t('privacy')}</p>
<p class="shell-nostore">{t('no_autosave')}</p>
<p class="shell-buttons"><button type="button" data-key="start" class="shell-primary">{t('start')}</button><button type="button" data-key="start:continue" class="shell-continue">{t('continue_saved')}</button><button type="button" data-key="start:lang">{t('other_language')}</button></p>
<p class="shell-muted">{p(policy['disclaimer'])}</p>
</div>
</section>"""


def main():
    index, policy_path, strings_path, out = sys.argv[1:5]
    page = Path(index).read_text(encoding="utf-8")
    if page.count(MARKER) != 1:
        sys.exit(f"make_app_shell.py: {index} must hold {MARKER} once")
    policy = json.loads(Path(policy_path).read_text(encoding="utf-8"))
    strings = json.loads(Path(strings_path).read_text(encoding="utf-8"))["strings"]
    markup = '<div id="shell">\n' + "\n".join(shell(policy, strings, lang) for lang in ("zh", "en")) + "\n</div>"
    Path(out).write_text(page.replace(MARKER, markup), encoding="utf-8")


if __name__ == "__main__":
    main()
