// A first visit on a phone (issue 20, item 1): the server sends the build's compressed files, the start page is
// readable as plain HTML (the app shell) before the app runs and hands over to the canvas with nothing moving,
// a tap on it is not lost, the first step needs no character from the device's fonts, and the offline cache
// starts only after the app is up, reusing what the page loaded. (Timings: bench/phone-first-visit.mjs.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';

import { AxeBuilder } from '@axe-core/playwright';

import { frames, launch, newPage, openApp, screenshot } from './driver.mjs';

const URL_ = process.env.APP_URL || 'http://127.0.0.1:8080/';
const SHOTS = process.env.SCREENSHOT_DIR || tmpdir();
const ROOT = new URL('../../', import.meta.url).pathname;
const SITE = join(ROOT, 'build/wasm-release/site');
const POLICY = JSON.parse(readFileSync(join(ROOT, 'public/policies/suzhou-ai-2021.json'), 'utf8'));
const STRINGS = JSON.parse(readFileSync(join(ROOT, 'ui/ui-strings.json'), 'utf8')).strings;
const PHONE = { width: 390, height: 844 };

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

// A GET with these request headers: status, headers and the body's bytes as sent.
function get(path, headers = {}) {
  return new Promise((resolve, reject) => {
    request(new URL(path, URL_), { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

describe('the server sends the build\'s compressed files', () => {
  for (const path of ['app.wasm', 'app.js', 'boot.js', 'fonts/start.otf', '']) {
    test(`/${path}: Brotli, gzip or none, as the browser accepts; the same bytes once decoded`, async () => {
      const file = readFileSync(join(SITE, path || 'index.html'));
      const br = await get(path, { 'Accept-Encoding': 'gzip, deflate, br' });
      assert.equal(br.headers['content-encoding'], 'br');
      assert.equal(br.headers.vary, 'Accept-Encoding');
      assert.equal(Number(br.headers['content-length']), br.body.length);
      assert.ok(br.body.length < file.length * 0.95, `${br.body.length} of ${file.length} bytes`);
      assert.ok(brotliDecompressSync(br.body).equals(file));
      const gz = await get(path, { 'Accept-Encoding': 'gzip' });
      assert.equal(gz.headers['content-encoding'], 'gzip');
      assert.ok(gunzipSync(gz.body).equals(file));
      const none = await get(path, { 'Accept-Encoding': 'br;q=0, gzip;q=0' });
      assert.equal(none.headers['content-encoding'], undefined);
      assert.ok(none.body.equals(file));
      // Revalidation (every file is sent with Cache-Control: no-cache) costs no body; each coding has its tag.
      assert.notEqual(br.headers.etag, gz.headers.etag);
      const again = await get(path, { 'Accept-Encoding': 'br', 'If-None-Match': br.headers.etag });
      assert.equal(again.status, 304);
      assert.equal(again.body.length, 0);
    });
  }

  test('config.json, which each installation edits, is never sent from a compressed copy', async () => {
    const res = await get('config.json', { 'Accept-Encoding': 'gzip, br' });
    assert.equal(res.headers['content-encoding'], undefined);
    assert.deepEqual(JSON.parse(res.body), JSON.parse(readFileSync(join(SITE, 'config.json'), 'utf8')));
    assert.equal((await get('config.json.br')).status, 404);
    assert.equal((await get('app.wasm.br')).status, 404, 'a compressed copy is not a file of the site');
  });
});

// A page whose app does not start until `release()`: the app shell is all there is until then.
async function heldPage(context) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route('**/app.wasm', async (route) => { await held; await route.continue(); });
  const page = await newPage(context, PHONE);
  return { page, release };
}

// Where the shell shows the button for this canvas widget key (CSS px), in the language shown.
const shellBox = (page, key) => page.evaluate((k) => {
  const lang = document.documentElement.dataset.shell;
  const r = document.querySelector(`.shell-lang[data-lang="${lang}"] button[data-key="${k}"]`).getBoundingClientRect();
  return { x: r.x, y: r.y, w: r.width, h: r.height };
}, key);

describe('the app shell', () => {
  for (const lang of ['zh', 'en']) {
    test(`${lang}: the start page in plain HTML before the app runs, then the canvas with everything where it was`, async () => {
      const context = await browser.newContext({ viewport: PHONE, hasTouch: true, serviceWorkers: 'block' });
      const { page, release } = await heldPage(context);
      await page.goto(`${URL_}?lang=${lang}`);
      await page.waitForFunction(() => document.documentElement.dataset.shell, null, { timeout: 30000 });
      assert.equal(await page.evaluate(() => document.body.dataset.ready), undefined, 'the app has not drawn');
      // The policy's own words, from the policy file, and the app's, from the strings file.
      const shown = page.locator(`#shell .shell-lang[data-lang="${lang}"]`);
      assert.equal(await shown.locator('h1').textContent(), POLICY.identity.title[lang]);
      assert.equal(await shown.getByRole('button', { name: STRINGS.start[lang], exact: true }).isVisible(), true);
      assert.ok((await shown.innerText()).includes(POLICY.identity.number));
      assert.equal(await page.locator(`#shell .shell-lang[data-lang="${lang === 'zh' ? 'en' : 'zh'}"]`).isVisible(), false);
      await screenshot(page, join(SHOTS, `first-visit-${lang}-1-app-shell.png`));
      // Real HTML, read as it is by a screen reader: no accessibility rule broken.
      const axe = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`), []);
      const before = {};
      for (const key of ['start', 'start:lang', 'header:open', 'header:lang']) before[key] = await shellBox(page, key);

      release();
      await page.waitForFunction(() => document.body.dataset.ready === '1' && window.assess, null, { timeout: 60000 });
      await frames(page, 3);
      assert.equal(await page.locator('#shell').isVisible(), false, 'the canvas has taken over');
      await screenshot(page, join(SHOTS, `first-visit-${lang}-2-first-frame.png`));
      // Every button of the start page is where the shell had it (within 3 CSS px; Latin text is set with
      // fractional advances in HTML, whole pixels on the canvas).
      const items = await page.evaluate(() => window.assess.items());
      for (const [key, b] of Object.entries(before)) {
        const it = items.find((i) => i.key === key && i.visible);
        assert.ok(it, `${key} on the canvas`);
        for (const [k, v] of Object.entries(b)) assert.ok(Math.abs(it[k] - v) <= 3, `${key}.${k}: shell ${v}, canvas ${it[k]}`);
      }
      assert.deepEqual(page.errors, []);
      await context.close();
    });
  }

  test('a tap on the shell\'s 开始测算 before the app runs opens the first step once it does', async () => {
    const context = await browser.newContext({ viewport: PHONE, hasTouch: true, serviceWorkers: 'block' });
    const { page, release } = await heldPage(context);
    await page.goto(`${URL_}?storage=off`);
    await page.waitForFunction(() => document.documentElement.dataset.shell, null, { timeout: 30000 });
    const start = await shellBox(page, 'start');
    await page.touchscreen.tap(start.x + start.w / 2, start.y + start.h / 2);
    release();
    await page.waitForFunction(() => window.assess && window.assess.status().screen === 'gates', null, { timeout: 60000 });
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  test('the shell\'s language button: the app starts in that language', async () => {
    const context = await browser.newContext({ viewport: PHONE, hasTouch: true, serviceWorkers: 'block' });
    const { page, release } = await heldPage(context);
    await page.goto(`${URL_}?storage=off`);
    await page.waitForFunction(() => document.documentElement.dataset.shell === 'zh', null, { timeout: 30000 });
    await page.locator('#shell .shell-lang[data-lang="zh"] button[data-key="start:lang"]').tap();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.shell), 'en');
    assert.equal(await page.locator('#shell .shell-lang[data-lang="en"] h1').isVisible(), true);
    release();
    await page.waitForFunction(() => document.body.dataset.ready === '1' && window.assess, null, { timeout: 60000 });
    assert.equal((await page.evaluate(() => window.assess.status())).lang, 'en');
    await context.close();
  });

  // A kiosk's layout is its own (enlarged); a hand-over link opens on its results, not the start page.
  for (const [what, config, path] of [['a kiosk installation', { mode: 'kiosk' }, ''],
    ['a hand-over link', { mode: 'standard' }, '#p=WyJzdXpob3UtYWktMjAyMSIsMSxbMSxudWxs']]) {
    test(`${what} shows no shell: the loading message until the app runs`, async () => {
      const context = await browser.newContext({ viewport: PHONE, serviceWorkers: 'block' });
      await context.route('**/config.json', (route) => route.fulfill({ json: config }));
      const { page, release } = await heldPage(context);
      await page.goto(URL_ + path);
      await page.waitForFunction(() => document.body.dataset.mode, null, { timeout: 30000 });
      assert.equal(await page.locator('#shell').isVisible(), false);
      assert.equal(await page.locator('#loading').isVisible(), true);
      release();
      await page.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: 60000 });
      await context.close();
    });
  }
});

describe('what the first visit loads', () => {
  test('the first step on a phone draws nothing from the device\'s fonts before the later subsets arrive', async () => {
    const context = await browser.newContext({ viewport: PHONE, hasTouch: true, serviceWorkers: 'block' });
    await context.route(/\/fonts\/(initial|full)\.otf$/, (route) => route.abort());
    for (const lang of ['zh', 'en']) {
      const page = await newPage(context, PHONE);
      await openApp(page, `${URL_}?storage=off&lang=${lang}`);
      const start = (await page.evaluate(() => window.assess.items())).find((i) => i.key === 'start');
      await page.touchscreen.tap(start.x + start.w / 2, start.y + start.h / 2);
      await page.waitForFunction(() => window.assess.status().screen === 'gates' && window.assess.status().settled, null, { timeout: 30000 });
      assert.equal(await page.evaluate(() => document.body.dataset.fonts), undefined, 'only the start subset is in');
      assert.equal((await page.evaluate(() => window.assess.timings())).device_glyphs, 0, 'characters the start subset lacks');
      await screenshot(page, join(SHOTS, `first-visit-${lang}-3-first-step-start-font.png`));
      await page.close();
    }
    await context.close();
  });

  test('the offline cache starts after the app is up and its fonts are in, and revalidates what the page loaded', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await newPage(context, PHONE);
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body && document.body.dataset.ready === '1') { window.firstFrameAt = Date.now(); observer.disconnect(); }
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
    });
    const byWorker = [];
    context.on('requestfinished', async (r) => {
      if (!r.serviceWorker()) return;
      const sizes = await r.sizes();
      byWorker.push({ path: new URL(r.url()).pathname, body: sizes.responseBodySize, at: Date.now() });
    });
    await openApp(page, URL_);
    await page.waitForFunction(() => document.body.dataset.offline === 'ready', null, { timeout: 60000 });
    const { firstFrameAt, loaded } = await page.evaluate(() => ({ firstFrameAt: window.firstFrameAt,
      loaded: [location.pathname, ...performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)] }));
    assert.ok(byWorker.length > 10, `the worker fetched ${byWorker.length} files`);
    assert.deepEqual(byWorker.filter((r) => r.at < firstFrameAt), [], 'nothing fetched by the worker before the first frame');
    // What the page already has costs the worker a 304 (the HTTP cache's copy is revalidated), not a second download.
    const again = byWorker.filter((r) => loaded.includes(r.path) && r.path !== '/config.json');
    assert.ok(again.some((r) => r.path === '/app.wasm'), byWorker.map((r) => r.path).join(' '));
    assert.deepEqual(again.filter((r) => r.body !== 0).map((r) => `${r.path} ${r.body} bytes`), []);
    await context.close();
  });
});
