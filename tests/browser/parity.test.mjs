// Native/wasm parity in the browser: generated profiles (invalid ones included) evaluated by the wasm core
// in Chromium (window.assess.evaluate) give exactly what the native CLI gives for the same lines.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { launch, openApp } from './driver.mjs';

const root = new URL('../../', import.meta.url).pathname;
const URL_ = process.env.APP_URL || 'http://127.0.0.1:8080/';
const CLI = process.env.ASSESS_CLI || join(root, 'build/native-debug/cli/assess');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('1 000 generated profiles: Chromium and the native CLI agree exactly, in zh and en', async () => {
  const lines = execFileSync('node', [join(root, 'bench/generate-profiles.mjs'), '1000'], { encoding: 'utf8', maxBuffer: 1 << 28 }).trim().split('\n');
  const file = join(mkdtempSync(join(tmpdir(), 'assess-parity-')), 'profiles.jsonl');
  writeFileSync(file, lines.join('\n') + '\n');
  const page = await browser.newPage();
  await openApp(page, `${URL_}?storage=off`);
  for (const lang of ['zh', 'en']) {
    let native = '';
    try {
      native = execFileSync(CLI, ['--lang', lang, '--batch', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
    } catch (e) {
      native = e.stdout;  // exit 1: some lines are invalid on purpose
    }
    const expected = native.trim().split('\n').map((l) => {
      const o = JSON.parse(l);
      delete o.line;  // the batch numbers its error lines; evaluate() has no line
      return JSON.stringify(o);
    });
    const actual = await page.evaluate(({ ls, lg }) => ls.map((l) => JSON.stringify(window.assess.evaluate(l, lg))), { ls: lines, lg: lang });
    assert.equal(actual.length, expected.length);
    for (let i = 0; i < actual.length; i++) assert.equal(actual[i], expected[i], `line ${i + 1} (${lang})`);
  }
  await page.close();
});
