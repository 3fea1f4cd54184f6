// Kiosk, hand-over and advisor modes in Debian's Chromium (issue: kiosk, outreach-event and offline modes):
// touch-sized targets, the numeric keypad, the idle warning, its extension and the reset (storage empty
// after), printing, the QR round trip (decoded from the screen and opened in a fresh browser), and an
// advisor's session: two enterprises, the comparison, CSV and JSONL exports, and "end session".
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import jsQR from 'jsqr';
import { PNG } from 'pngjs';

import { click, find, frames, items, launch, newPage, openApp, pressThenReload, screenshot, servePublicly, type,
  walkToFirstProject } from './driver.mjs';

const URL_ = process.env.APP_URL || 'http://127.0.0.1:8080/';
const SHOTS = process.env.SCREENSHOT_DIR || tmpdir();
const ROOT = new URL('../../', import.meta.url).pathname;
const EXAMPLE = readFileSync(join(ROOT, 'examples/analysis-example.json'), 'utf8');
const TRAINING = JSON.stringify(JSON.parse(readFileSync(join(ROOT, 'tests/cases/a14-training-base.json'), 'utf8')).profile);
const GATES = ['legal_person', 'sound_finance', 'independent_accounting', 'ai_entity', 'in_suzhou'];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const status = (page) => page.evaluate(() => window.assess.status());
const profile = (page) => page.evaluate(() => window.assess.currentProfile());
const stored = (page) => page.evaluate(() => localStorage.length + sessionStorage.length);

async function openFile(page, name, text) {
  const dir = mkdtempSync(join(tmpdir(), 'assess-'));
  writeFileSync(join(dir, name), text);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'header:open')]);
  await chooser.setFiles(join(dir, name));
  await frames(page, 5);
}

// Nothing of what a visitor typed is left after a wipe: not in the DOM (print frame included), storage, the
// file input, the wasm heap (the UTF-8 bytes of each string), or another tab of this context.
async function assertNoRemnant(page, context, strings, tabs) {
  const found = await page.evaluate((list) => {
    const bytes = (s) => new TextEncoder().encode(s);
    const inHeap = (needle) => {
      const heap = Module.HEAPU8;
      outer: for (let i = heap.indexOf(needle[0]); i >= 0 && i <= heap.length - needle.length; i = heap.indexOf(needle[0], i + 1)) {
        for (let k = 1; k < needle.length; ++k) if (heap[i + k] !== needle[k]) continue outer;
        return true;
      }
      return false;
    };
    const storage = [localStorage, sessionStorage].map((s) => Object.keys(s).map((k) => k + s.getItem(k)).join('')).join('');
    const input = document.getElementById('file-input');
    return {
      dom: list.filter((s) => document.documentElement.outerHTML.includes(s)),
      storage: list.filter((s) => storage.includes(s)),
      heap: list.filter((s) => inHeap(bytes(s))),
      fileInput: input.files.length + input.value.length,
      printFrame: !!document.getElementById('print-frame'),
      hash: location.hash,
    };
  }, strings);
  assert.deepEqual(found, { dom: [], storage: [], heap: [], fileInput: 0, printFrame: false, hash: '' });
  assert.equal(context.pages().length, tabs, 'the report tabs the app opened are closed');
}

// Every widget on screen is at least 44 × 44 CSS pixels (WCAG 2.5.5), from the registry of the last frame.
async function assertTouchSized(page, where) {
  const small = (await items(page)).filter((i) => i.visible && (i.w < 44 || i.h < 44));
  assert.deepEqual(small.map((i) => `${i.key} ${Math.round(i.w)}×${Math.round(i.h)}`), [], `${where}: targets under 44 px`);
}

describe('kiosk', () => {
  test('config.json next to index.html sets kiosk mode and its timers', async () => {
    // The worker is blocked so that the page's own request for config.json is the one replaced here.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await newPage(context);
    await page.route('**/config.json', (route) => route.fulfill({
      json: { mode: 'kiosk', idle_seconds: 60, countdown_seconds: 20 } }));
    // The page's clock (performance.now, timers, animation frames) is Playwright's: it runs on by itself, and
    // the test jumps it forward instead of waiting.
    await page.clock.install();
    await openApp(page, URL_);
    assert.equal((await status(page)).mode, 'kiosk');
    assert.equal(await page.evaluate(() => document.querySelector('link[rel="manifest"]').getAttribute('href')), 'kiosk.webmanifest');
    // idle_seconds: 60, countdown_seconds: 20 apply (not the defaults, 120 and 30).
    await click(page, 'start');
    await click(page, 'q:legal_person:yes');
    await page.clock.fastForward(30000);
    await frames(page, 3);
    assert.equal((await status(page)).idle_warning, false, 'no warning 30 s after the last input');
    await page.clock.fastForward(31000);
    await page.waitForFunction(() => window.assess.status().idle_warning, null, { timeout: 10000 });
    await page.clock.fastForward(15000);
    await frames(page, 3);
    assert.equal((await profile(page)).answers.legal_person, true, '15 s into the 20 s countdown nothing is lost');
    const reloaded = page.waitForEvent('load', { timeout: 30000 });
    await page.clock.fastForward(6000);
    await reloaded;
    await page.waitForFunction(() => document.body.dataset.ready === '1' && window.assess, null, { timeout: 60000 });
    assert.deepEqual((await profile(page)).answers, {}, 'wiped 20 s into the countdown');
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  // Issue 23, items 2–4: what a visitor can put in the address does not change a kiosk installation.
  test('on a kiosk installation the URL changes neither the mode, the timers nor the offline cache', async () => {
    const context = await browser.newContext();
    const page = await newPage(context);
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    // The installation's config.json, for the page and for its service worker alike (context-wide).
    await context.route('**/config.json', (route) => route.fulfill({ json: { mode: 'kiosk' } }));
    await page.clock.install();
    await openApp(page, URL_);
    await page.waitForFunction(() => document.body.dataset.offline === 'ready', null, { timeout: 60000 });
    const cached = await page.evaluate(() => caches.keys());
    assert.equal(cached.length, 1);
    // A visitor's address: the public site's mode, timers stretched or under the minimum, no service worker.
    for (const query of ['?mode=standard&idle=1e9&countdown=1e9', '?idle=Infinity&countdown=1&sw=off']) {
      await openApp(page, URL_ + query);
      assert.equal((await status(page)).mode, 'kiosk', query);
      await click(page, 'start');
      await click(page, 'q:legal_person:yes');
      // The defaults: the warning after 120 s without input, the wipe 30 s later.
      await page.clock.fastForward(100000);
      await frames(page, 3);
      assert.equal((await status(page)).idle_warning, false, `${query}: no warning 100 s after the last input`);
      await page.clock.fastForward(21000);
      await page.waitForFunction(() => window.assess.status().idle_warning, null, { timeout: 10000 });
      await page.clock.fastForward(25000);
      await frames(page, 3);
      assert.equal((await profile(page)).answers.legal_person, true, `${query}: 25 s into the countdown nothing is lost`);
      const reloaded = page.waitForEvent('load', { timeout: 30000 });
      await page.clock.fastForward(6000);
      await reloaded;
      await page.waitForFunction(() => document.body.dataset.ready === '1' && window.assess, null, { timeout: 60000 });
      assert.deepEqual((await profile(page)).answers, {}, `${query}: wiped at 30 s`);
    }
    // ?sw=off left the worker and its cache in place: the next wipe while offline still reloads into the app.
    assert.deepEqual(await page.evaluate(() => caches.keys()), cached);
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'still served by the worker');
    await context.setOffline(true);
    await click(page, 'start');
    await click(page, 'header:clear');
    await pressThenReload(page, 'dialog:clear');
    assert.equal((await status(page)).mode, 'kiosk', 'offline, the wipe reloads into the kiosk');
    assert.ok(warnings.some((w) => w.includes('?sw=off is not read')), warnings.join('\n'));
    assert.ok(warnings.some((w) => w.includes('?idle= is not read')), warnings.join('\n'));
    await context.close();
  });

  // Issue 23, item 4: every value of config.json is checked, and a bad one stops the app, naming its key.
  for (const [what, body, key] of [
    ['a duplicate "mode"', '{"mode": "kiosk", "idle_seconds": 120, "mode": "standard"}', '"mode" appears more than once'],
    ['idle_seconds 1e400', '{"mode": "kiosk", "idle_seconds": 1e400}', 'idle_seconds'],
    ['idle_seconds 3000000', '{"mode": "kiosk", "idle_seconds": 3000000}', 'idle_seconds'],
    ['idle_seconds 9', '{"mode": "kiosk", "idle_seconds": 9}', 'idle_seconds'],
    ['idle_seconds "2 minutes"', '{"mode": "kiosk", "idle_seconds": "2 minutes"}', 'idle_seconds'],
    ['idle_seconds true', '{"mode": "kiosk", "idle_seconds": true}', 'idle_seconds'],
    ['idle_seconds 120.5', '{"mode": "kiosk", "idle_seconds": 120.5}', 'idle_seconds'],
    ['countdown_seconds 5', '{"mode": "kiosk", "countdown_seconds": 5}', 'countdown_seconds'],
    ['countdown_seconds 301', '{"mode": "kiosk", "countdown_seconds": 301}', 'countdown_seconds'],
    ['share_url javascript:', '{"mode": "kiosk", "share_url": "javascript:alert(1)"}', 'share_url'],
    ['share_url http: on a public host', '{"mode": "standard", "share_url": "http://policy.example.cn/assess/"}', 'share_url'],
    ['share_url with a fragment', '{"mode": "standard", "share_url": "https://policy.example.cn/assess/#x"}', 'share_url'],
    ['share_url not a string', '{"mode": "standard", "share_url": 1}', 'share_url'],
    ['an unknown key', '{"mode": "kiosk", "idle_secs": 60}', 'idle_secs'],
    ['lang "fr"', '{"mode": "standard", "lang": "fr"}', 'lang'],
  ]) {
    test(`config.json with ${what}: a visible configuration error naming it, no app`, async () => {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await newPage(context);
      await page.route('**/config.json', (route) => route.fulfill({ contentType: 'application/json', body }));
      await page.goto(URL_);
      await page.waitForSelector('#config-error', { timeout: 30000 });
      const text = await page.textContent('#config-error');
      assert.match(text, /配置错误/);
      assert.ok(text.includes(key), text);
      assert.notEqual(await page.evaluate(() => document.body.dataset.ready), '1');
      await context.close();
    });
  }

  test('config.json: every setting at its limits, and http: for a test on this machine, are taken', async () => {
    for (const config of [
      { about: 'a note', mode: 'kiosk', lang: 'en', share_url: 'https://policy.example.cn/assess/', idle_seconds: 10, countdown_seconds: 300 },
      { mode: 'standard', share_url: 'http://127.0.0.1:8080/', idle_seconds: 3600, countdown_seconds: 20 },
    ]) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await newPage(context);
      await page.route('**/config.json', (route) => route.fulfill({ json: config }));
      await openApp(page, URL_);
      const s = await status(page);
      assert.equal(s.mode, config.mode);
      assert.equal(s.lang, config.lang || 'zh');
      assert.deepEqual(page.errors, []);
      await context.close();
    }
  });

  test('touch-sized targets everywhere, amounts and counts by keypad, nothing stored', async () => {
    const context = await browser.newContext({ hasTouch: true });
    const page = await newPage(context);
    await openApp(page, `${URL_}?mode=kiosk`);
    assert.equal((await status(page)).mode, 'kiosk');
    await assertTouchSized(page, 'start');
    await screenshot(page, join(SHOTS, 'kiosk-zh-1-start.png'));
    await click(page, 'start');
    await assertTouchSized(page, 'gates');
    for (const g of GATES) await click(page, `q:${g}:yes`);
    await click(page, 'nav:next');
    await assertTouchSized(page, 'activities');
    await click(page, 'activity:key_tech');
    await click(page, 'activity:standards');
    await click(page, 'nav:next');
    await click(page, 'add:answers.key_tech_projects');
    // 123.4 万元 by keypad: 1 2 3 . 4 OK → 1 234 000 yuan.
    await click(page, 'keypad:answers.key_tech_projects[0].costs.personnel');
    assert.equal((await status(page)).keypad, 'answers.key_tech_projects[0].costs.personnel');
    for (const k of ['1', '2', '3', 'dot', '4']) await click(page, `keypad:${k}`);
    await assertTouchSized(page, 'keypad');
    await screenshot(page, join(SHOTS, 'kiosk-zh-2-keypad.png'));
    await click(page, 'keypad:ok');
    assert.equal((await profile(page)).answers.key_tech_projects[0].costs.personnel, 1234000);
    // A mistake corrected on the keypad: 7 7 ⌫ 2 → 72.
    await click(page, 'keypad:answers.national_standards');
    for (const k of ['7', '7', 'back', '2']) await click(page, `keypad:${k}`);
    await click(page, 'keypad:ok');
    assert.equal((await profile(page)).answers.national_standards, 72);
    await assertTouchSized(page, 'details');
    await screenshot(page, join(SHOTS, 'kiosk-zh-3-details.png'));
    // Cancel leaves the answer as it was.
    await click(page, 'keypad:answers.national_standards');
    await click(page, 'keypad:9');
    await click(page, 'keypad:cancel');
    assert.equal((await profile(page)).answers.national_standards, 72);
    await click(page, 'step:results');
    await assertTouchSized(page, 'results');
    assert.equal(await stored(page), 0, 'kiosk mode never writes to storage');
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  test('idle: a warning with a countdown, "continue" extends (again and again), then everything is wiped', async () => {
    const context = await browser.newContext();
    const page = await newPage(context);
    await page.clock.install();  // the default timers (120 s, then 30 s), jumped through rather than waited for
    // Something another mode left in this browser: the reset removes it too.
    await page.goto(`${URL_}?storage=off`);
    await page.evaluate(() => localStorage.setItem('suzhou-ai-assess.answers', '{"left":"behind"}'));
    await openApp(page, `${URL_}?mode=kiosk`);
    await click(page, 'header:lang');
    await click(page, 'start');
    await click(page, 'q:legal_person:yes');
    for (let round = 0; round < 2; ++round) {
      await page.clock.fastForward(100000);
      await frames(page, 3);
      assert.equal((await status(page)).idle_warning, false, 'no warning 100 s after the last input');
      await page.clock.fastForward(21000);
      await page.waitForFunction(() => window.assess.status().idle_warning, null, { timeout: 10000 });
      if (round === 0) await screenshot(page, join(SHOTS, 'kiosk-en-4-idle-warning.png'));
      assert.equal((await profile(page)).answers.legal_person, true, 'nothing is lost while the warning shows');
      await click(page, 'idle:continue');
      assert.equal((await status(page)).idle_warning, false);
    }
    assert.equal((await profile(page)).answers.legal_person, true);
    // Now nobody answers: warning, countdown, reset — and the reload into a fresh instance.
    await page.clock.fastForward(121000);
    await page.waitForFunction(() => window.assess.status().idle_warning, null, { timeout: 10000 });
    await page.clock.fastForward(20000);
    await frames(page, 3);
    assert.equal((await profile(page)).answers.legal_person, true, '20 s into the 30 s countdown nothing is lost');
    const reloaded = page.waitForEvent('load', { timeout: 30000 });
    await page.clock.fastForward(11000);
    await reloaded;
    await page.waitForFunction(() => document.body.dataset.ready === '1' && window.assess, null, { timeout: 60000 });
    const s = await status(page);
    assert.equal(s.idle_warning, false);
    assert.equal(s.lang, 'zh', 'the next visitor gets the default language');
    assert.deepEqual((await profile(page)).answers, {});
    assert.equal(await stored(page), 0, 'storage is empty after the reset');
    await screenshot(page, join(SHOTS, 'kiosk-zh-5-after-reset.png'));
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  test('"finish and clear" wipes at once; the report prints from the kiosk without a new tab', async () => {
    const context = await browser.newContext();
    const page = await newPage(context);
    await page.addInitScript(() => { window.print = () => {}; });  // headless has no printer dialog
    await openApp(page, `${URL_}?mode=kiosk`);
    await walkToFirstProject(page);
    await type(page, 'answers.key_tech_projects[0].subject', 'ZQXJ-visitor-project');
    const pages = context.pages().length;
    await click(page, 'header:report');
    await page.waitForFunction(() => document.body.dataset.printed === '1', null, { timeout: 10000 });
    const report = await page.frameLocator('#print-frame').locator('body').innerText();
    assert.match(report, /苏委办发〔2021〕16号/);
    assert.match(report, /ZQXJ-visitor-project/);
    assert.equal(context.pages().length, pages, 'no tab was opened');
    await click(page, 'header:clear');
    await pressThenReload(page, 'dialog:clear');
    assert.equal((await status(page)).screen, 'start');
    assert.deepEqual((await profile(page)).answers, {});
    await assertNoRemnant(page, context, ['ZQXJ-visitor-project'], pages);
    assert.deepEqual(page.errors, []);
    await context.close();
  });
});

// Decodes the QR code on screen: a screenshot of the widget that draws it, read by jsQR.
async function readQr(page) {
  const qr = await find(page, 'share:qr');
  const png = PNG.sync.read(await page.screenshot({ clip: { x: qr.x, y: qr.y, width: qr.w, height: qr.h } }));
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(code, 'the QR code decodes');
  return code.data;
}

describe('hand-over', () => {
  for (const lang of ['zh', 'en']) {
    test(`QR code round trip (${lang}): decoded from the screen, opened in a fresh browser, the same result`, async () => {
      // Served under a public address (routed to the test server): a local one gets no code (touch.test.mjs).
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const publicBase = await servePublicly(context, URL_);
      const page = await newPage(context);
      await openApp(page, `${URL_}?storage=off&lang=${lang}`);
      await openFile(page, 'example.json', EXAMPLE);
      await click(page, 'step:results');
      const expected = await page.evaluate(() => window.assess.currentResult());
      assert.equal(expected.total.max, 13900000);
      await click(page, 'results:share');
      await screenshot(page, join(SHOTS, `${lang}-share-qr.png`));
      const link = await readQr(page);
      assert.ok(link.startsWith(`${publicBase}#p=`), link);
      assert.ok(link.length < 600, `compact: ${link.length} characters`);
      await context.close();

      const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true,
        serviceWorkers: 'block' });
      await servePublicly(phone, URL_);
      const phonePage = await newPage(phone, { width: 390, height: 844 });
      const requests = [];
      phonePage.on('request', (r) => requests.push(r.url()));
      await openApp(phonePage, `${link.replace('#', `?lang=${lang}#`)}`);
      assert.equal((await status(phonePage)).screen, 'results');
      assert.deepEqual(await phonePage.evaluate(() => window.assess.currentResult()), expected);
      assert.ok(requests.every((u) => !u.includes('#') && !u.includes('p=')), 'the code never leaves the browser');
      await screenshot(phonePage, join(SHOTS, `${lang}-share-opened-on-phone.png`));
      assert.deepEqual(phonePage.errors, []);
      await phone.close();
    });
  }

  test('a full profile (every question, two named items in every list) still gives a QR code that decodes', async () => {
    const policy = JSON.parse(readFileSync(join(ROOT, 'public/policies/suzhou-ai-2021.json'), 'utf8'));
    const answered = (f, i) => {
      switch (f.type) {
        case 'bool': return true;
        case 'count': return 3;
        case 'yuan': return 12345678;
        case 'text': return `项目名称${i}`;
        case 'enum': return f.options[f.options.length - 1].value;
        case 'enum_set': return f.options.map((o) => o.value);
        default: {
          const item = Object.fromEntries(f.fields.map((g) => [g.id, answered(g, i)]));
          return f.type === 'group' ? item : [item, { ...item, subject: `项目名称${i + 1}` }];
        }
      }
    };
    const full = { format: 'suzhou-ai-assess/profile@1', policy: policy.id,
      answers: Object.fromEntries(policy.questions.map((q) => [q.id, answered(q, 0)])) };
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await servePublicly(context, URL_);
    const page = await newPage(context);
    await openApp(page, `${URL_}?storage=off`);
    await openFile(page, 'full.json', JSON.stringify(full));
    await click(page, 'step:results');
    const expected = await page.evaluate(() => window.assess.currentResult());
    await click(page, 'results:share');
    await screenshot(page, join(SHOTS, 'zh-share-qr-full-profile.png'));
    const link = await readQr(page);
    assert.ok(link.length > 1000, `a long link: ${link.length}`);
    await context.close();
    const phone = await browser.newContext({ serviceWorkers: 'block' });
    await servePublicly(phone, URL_);
    const phonePage = await newPage(phone);
    await openApp(phonePage, link);
    assert.deepEqual(await phonePage.evaluate(() => window.assess.currentResult()), expected);
    await phone.close();
  });

  test('a damaged link shows an error and changes nothing', async () => {
    const context = await browser.newContext();
    const page = await newPage(context);
    await openApp(page, `${URL_}?storage=off#p=WyJzdXpob3UtYWktMjAyMSIsMSxbMSxudWxs`);
    assert.equal((await status(page)).screen, 'start');
    assert.deepEqual((await profile(page)).answers, {});
    await find(page, 'dialog:ok');  // the error dialog
    await screenshot(page, join(SHOTS, 'zh-share-damaged-link.png'));
    await context.close();
  });
});

describe('advisor', () => {
  test('several enterprises in this tab only, side by side, exported as CSV and JSONL, then "end session" wipes all', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await newPage(context);
    await openApp(page, `${URL_}?mode=advisor`);
    await click(page, 'start');
    await openFile(page, 'alpha.json', EXAMPLE);
    await click(page, 'header:enterprises');
    await click(page, 'enterprises:new');
    assert.equal((await status(page)).enterprises, 2);
    await openFile(page, 'beta.json', TRAINING);
    await click(page, 'header:enterprises');
    await type(page, 'enterprise:name:1', 'Beta Ltd');  // the advisor names them; exports use the names
    await screenshot(page, join(SHOTS, 'advisor-zh-1-list.png'));
    // Back to the first: its answers are still there.
    await click(page, 'enterprise:open:0');
    assert.equal((await profile(page)).answers.key_tech_projects[0].subject, 'vision-chip');
    await click(page, 'header:enterprises');
    await click(page, 'enterprises:compare');
    await screenshot(page, join(SHOTS, 'advisor-zh-2-compare.png'));
    await click(page, 'compare:back');

    const expected = await page.evaluate(([a, b]) => [window.assess.evaluate(a), window.assess.evaluate(b)], [EXAMPLE, TRAINING]);
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), click(page, 'enterprises:csv')]);
    const csv = readFileSync(await csvDownload.path(), 'utf8');
    assert.equal(csvDownload.suggestedFilename(), 'suzhou-ai-estimates.csv');
    const rows = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    assert.equal(rows.length, 1 + 2 * (expected[0].measures.length + 1));
    assert.equal(rows[expected[0].measures.length + 1], `企业 1,total,,合计(可估算部分),,,${expected[0].total.min},${expected[0].total.max},,`);
    assert.equal(rows[rows.length - 1], `Beta Ltd,total,,合计(可估算部分),,,${expected[1].total.min},${expected[1].total.max},,`);

    const [jsonlDownload] = await Promise.all([page.waitForEvent('download'), click(page, 'enterprises:jsonl')]);
    const lines = readFileSync(await jsonlDownload.path(), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.enterprise), ['企业 1', 'Beta Ltd']);
    assert.deepEqual(lines.map((l) => l.result), expected);
    // Nothing in lasting storage; this tab keeps the session while the advisor works (issue 20: a reload loses nothing).
    assert.deepEqual(await page.evaluate(() => [localStorage.length, Object.keys(sessionStorage)]),
      [0, ['suzhou-ai-assess.advisor-session']], 'advisor mode keeps the session in this tab only');

    // The same list and comparison in English.
    await click(page, 'header:lang');
    await screenshot(page, join(SHOTS, 'advisor-en-3-list.png'));
    await click(page, 'enterprises:compare');
    await screenshot(page, join(SHOTS, 'advisor-en-4-compare.png'));
    await click(page, 'compare:back');
    // A report tab the app opened, with the enterprise's answers: "end session" closes it.
    const tabs = context.pages().length;
    await Promise.all([context.waitForEvent('page'), click(page, 'header:report')]);
    assert.equal(context.pages().length, tabs + 1);
    await click(page, 'header:enterprises');
    await click(page, 'enterprises:end');
    await pressThenReload(page, 'dialog:end_session');
    await assertNoRemnant(page, context, ['vision-chip'], tabs);
    const s = await status(page);
    assert.equal(s.enterprises, 1);
    assert.equal(s.screen, 'start');
    assert.deepEqual((await profile(page)).answers, {});
    assert.equal(await stored(page), 0);
    assert.deepEqual(page.errors, []);
    await context.close();
  });
});
