// Offline: after one visit the service worker serves every file, so the app (any mode) reloads and works with
// the network off; its cache is named by the build's version. The single-file build runs from file:// with no
// server, makes no request at all, and gives the same result as the served app.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';

import { click, frames, launch, launchPersistent, newPage, openApp, screenshot } from './driver.mjs';

const URL_ = process.env.APP_URL || 'http://127.0.0.1:8080/';
const SHOTS = process.env.SCREENSHOT_DIR || tmpdir();
const ROOT = new URL('../../', import.meta.url).pathname;
const SITE = join(ROOT, 'build/wasm-release/site');
const SINGLE = join(ROOT, 'build/wasm-release/single/suzhou-ai-assess.html');
const EXAMPLE = readFileSync(join(ROOT, 'examples/analysis-example.json'), 'utf8');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });


describe('offline', () => {
  test('after the first visit the app reloads and works with the network off, in every mode', async () => {
    const context = await browser.newContext();
    const page = await newPage(context);
    await openApp(page, URL_);
    await page.waitForFunction(() => document.body.dataset.offline === 'ready', null, { timeout: 60000 });
    const version = /const VERSION = '([0-9a-f]+)'/.exec(readFileSync(join(SITE, 'sw.js'), 'utf8'))[1];
    assert.deepEqual(await page.evaluate(() => caches.keys()), [`suzhou-ai-assess-${version}`]);
    const expected = await page.evaluate((p) => window.assess.evaluate(p, 'zh'), EXAMPLE);

    await context.setOffline(true);
    for (const query of ['', '?mode=kiosk', '?mode=advisor&lang=en']) {
      await page.goto(URL_ + query);
      await page.waitForFunction(() => document.body.dataset.ready === '1' && window.assess, null, { timeout: 60000 });
      await page.waitForFunction(() => document.body.dataset.fonts === 'full', null, { timeout: 30000 });
      assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'served by the worker');
      assert.deepEqual(await page.evaluate((p) => window.assess.evaluate(p, 'zh'), EXAMPLE), expected);
      assert.equal((await page.evaluate(() => window.assess.status())).mode, query.includes('kiosk') ? 'kiosk' : query ? 'advisor' : 'standard');
    }
    await click(page, 'start');
    await screenshot(page, join(SHOTS, 'offline-en-advisor.png'));
    assert.deepEqual(page.errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED')), []);
    await context.close();
  });

  test('installable: Chromium finds no installability error in the manifest, icon and worker', async () => {
    // Not incognito (Chromium installs nothing from there): a throw-away profile of its own.
    const dir = mkdtempSync(join(tmpdir(), 'assess-profile-'));
    const context = await launchPersistent(dir);
    const page = await newPage(context);
    await openApp(page, URL_);
    await page.waitForFunction(() => document.body.dataset.offline === 'ready', null, { timeout: 60000 });
    await page.reload();  // installable once the worker controls the page
    await page.waitForFunction(() => document.body.dataset.ready === '1' && navigator.serviceWorker.controller, null, { timeout: 60000 });
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors.map((e) => e.errorId), []);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.deepEqual(manifest.errors, []);
    assert.equal(JSON.parse(manifest.data).display, 'standalone');
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('an old cache is replaced by the new build\'s', async () => {
    const context = await browser.newContext();
    const page = await newPage(context);
    // A cache left by an earlier build, and one that is not the app's (which must be left alone).
    await page.goto(`${URL_}?sw=off`);
    await page.evaluate(async () => {
      await (await caches.open('suzhou-ai-assess-0000000000000000')).put('/old', new Response('old'));
      await (await caches.open('another-app')).put('/x', new Response('x'));
    });
    await openApp(page, URL_);
    await page.waitForFunction(() => document.body.dataset.offline === 'ready', null, { timeout: 60000 });
    const keys = (await page.evaluate(() => caches.keys())).sort();
    assert.equal(keys.length, 2, keys.join(', '));
    assert.equal(keys[0], 'another-app');
    assert.match(keys[1], /^suzhou-ai-assess-[0-9a-f]{16}$/);
    assert.notEqual(keys[1], 'suzhou-ai-assess-0000000000000000');
    await context.close();
  });
});

describe('single file', () => {
  test('runs from file:// with no server and no request, and gives the served app\'s result', async () => {
    assert.ok(existsSync(SINGLE), `${SINGLE} is built`);
    const context = await browser.newContext();
    const page = await newPage(context);
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const url = pathToFileURL(SINGLE).href;
    await openApp(page, url);
    await page.waitForFunction(() => document.body.dataset.fonts === 'full', null, { timeout: 30000 });
    const result = await page.evaluate((p) => window.assess.evaluate(p, 'en'), EXAMPLE);
    assert.equal(result.total.min, 1300000);
    assert.equal(result.total.max, 13900000);
    // The same as the served app, byte for byte.
    const served = await newPage(context);
    await openApp(served, `${URL_}?sw=off`);
    assert.deepEqual(await served.evaluate((p) => window.assess.evaluate(p, 'en'), EXAMPLE), result);
    await served.close();

    await click(page, 'start');
    await click(page, 'q:legal_person:yes');
    await screenshot(page, join(SHOTS, 'single-file-zh.png'));
    assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), [], 'no request leaves the file');
    assert.deepEqual(requests.filter((u) => u.startsWith('file:')), [url], 'nothing but the file itself');
    const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
    assert.match(csp, /connect-src 'none'/);
    assert.doesNotMatch(csp, /'unsafe-eval'|'unsafe-inline'[^;]*script|https?:/);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  test('in kiosk mode from the file too', async () => {
    const context = await browser.newContext();
    const page = await newPage(context);
    await openApp(page, `${pathToFileURL(SINGLE).href}?mode=kiosk&lang=en`);
    const s = await page.evaluate(() => window.assess.status());
    assert.equal(s.mode, 'kiosk');
    assert.equal(s.lang, 'en');
    await click(page, 'start');
    await click(page, 'header:share');  // no address a phone could open: said, not drawn
    await frames(page, 3);
    assert.equal((await page.evaluate(() => window.assess.items())).some((i) => i.key === 'share:qr'), false);
    await screenshot(page, join(SHOTS, 'single-file-en-kiosk-share.png'));
    assert.deepEqual(page.errors, []);
    await context.close();
  });
});
