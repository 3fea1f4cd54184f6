// Offline: after one visit the service worker serves every file, so the app (any mode) reloads and works with
// the network off; its cache is named by the build's version. A new build takes over on the next load (or the
// page says one is ready); a build that cannot be installed says why and leaves no cache. The single-file build
// runs from file:// with no server, makes no request at all, keeps no answers in the browser's storage, and
// gives the same result as the served app.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';

import { click, frames, launch, launchPersistent, newPage, openApp, screenshot, type, walkToFirstProject } from './driver.mjs';

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

// A copy of the built site served by scripts/serve.py on a port of its own: a test deploys new builds into it.
async function serveCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'assess-site-'));
  cpSync(SITE, dir, { recursive: true });
  const port = await new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
  });
  const server = spawn('/usr/bin/python3', [join(ROOT, 'scripts/serve.py'), dir, String(port)], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(url)).ok) break; } catch (e) { await sleep(100); }
  }
  return { dir, url, stop: () => { server.kill(); rmSync(dir, { recursive: true, force: true }); } };
}

// What the build does when something changed: a new rule in app.css (the new build's mark) and sw.js written
// again with the new file list and version. `missing`: a file deleted afterwards, as by a deploy cut short.
function deploy(dir, mark, missing) {
  appendFileSync(join(dir, 'app.css'), `\n#${mark} { color: red; }\n`);
  execFileSync('/usr/bin/python3', [join(ROOT, 'cmake/make_service_worker.py'), join(ROOT, 'cmake/service_worker.js.in'), dir]);
  if (missing) for (const f of [missing, `${missing}.br`, `${missing}.gz`]) rmSync(join(dir, f), { force: true });
  return /const VERSION = '([0-9a-f]+)'/.exec(readFileSync(join(dir, 'sw.js'), 'utf8'))[1];
}

// Whether the page's own stylesheet is the build with this mark.
const builtWith = (page, mark) => page.evaluate((m) => [...document.styleSheets].some((sheet) =>
  [...sheet.cssRules].some((rule) => rule.selectorText === `#${m}`)), mark);

test('the server sends a copied site compressed, and a file edited after the build as it is', async () => {
  const site = await serveCopy();  // copied anew: every file newer than the build's, compressed copies included
  try {
    const ask = (path) => fetch(site.url + path, { headers: { 'Accept-Encoding': 'br' } });
    assert.equal((await ask('app.js')).headers.get('content-encoding'), 'br');
    appendFileSync(join(site.dir, 'app.js'), '\n// edited by hand\n');
    const edited = await ask('app.js');
    assert.equal(edited.headers.get('content-encoding'), null, 'the old compressed copy is not sent');
    assert.ok((await edited.text()).endsWith('// edited by hand\n'));
  } finally {
    site.stop();
  }
});

describe('updates of the offline cache', () => {
  test('a new build takes over on the next load, or the page says it is ready, even when pages close at once', async () => {
    const site = await serveCopy();
    const context = await browser.newContext();
    try {
      const first = await newPage(context);
      await openApp(first, site.url);
      await first.waitForFunction(() => document.body.dataset.offline === 'ready', null, { timeout: 60000 });
      await first.close();
      const version = deploy(site.dir, 'build-two');
      // Loads that end as soon as the app shows: at most one still runs the old build, and that one says a new
      // version is ready if it learns of it while open.
      let loads = 0, told = false;
      for (; loads < 3; ++loads) {
        const page = await newPage(context);
        await openApp(page, site.url);
        if (await builtWith(page, 'build-two')) { await page.close(); break; }
        told = await page.waitForSelector('#update-notice', { timeout: 15000 }).then(() => true, () => false);
        if (told) {
          assert.match(await page.textContent('#update-notice'), /新版本已就绪,刷新以使用.*A new version is ready — reload to use it/);
          await screenshot(page, join(SHOTS, 'offline-update-notice.png'));
        }
        await page.close();
      }
      assert.ok(loads === 0 || (loads === 1 && told), `the new build first served at load ${loads + 1}; told: ${told}`);
      const page = await newPage(context);
      await openApp(page, site.url);
      assert.ok(await builtWith(page, 'build-two'));
      assert.deepEqual(await page.evaluate(() => caches.keys()), [`suzhou-ai-assess-${version}`], 'the old cache is gone');
    } finally {
      await context.close();
      site.stop();
    }
  });

  test('a build whose install fails says why, leaves no cache behind, and the installed build keeps serving', async () => {
    const site = await serveCopy();
    const context = await browser.newContext();
    try {
      const page = await newPage(context);
      const warnings = [];
      page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
      await openApp(page, site.url);
      await page.waitForFunction(() => document.body.dataset.offline === 'ready', null, { timeout: 60000 });
      const installed = await page.evaluate(() => caches.keys());
      const version = deploy(site.dir, 'build-broken', 'fonts/full.otf');
      await openApp(page, site.url);
      for (let i = 0; i < 100 && !warnings.some((w) => w.includes(version)); i++) await sleep(100);
      assert.ok(warnings.some((w) => w.includes(`offline cache: the build ${version} was not installed: fonts/full.otf: HTTP 404`)),
        warnings.join('\n'));
      assert.deepEqual(await page.evaluate(() => caches.keys()), installed, 'no cache of the broken build');
      // A kiosk must never be left without a complete cache: offline, the installed build still opens.
      await context.setOffline(true);
      await openApp(page, site.url);
      assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null));
      assert.equal(await builtWith(page, 'build-broken'), false);
    } finally {
      await context.close();
      site.stop();
    }
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

  // Issue 23, item 1: every file:// page shares one localStorage in Chromium, so answers kept there could be read
  // by any other local page. The single file keeps none (and says so); answers are kept by saving a file.
  test('keeps no answers in the browser\'s storage, which any local page could read, and says so', async () => {
    const context = await browser.newContext();
    const page = await newPage(context);
    // What an earlier single file left behind is removed.
    const other = join(mkdtempSync(join(tmpdir(), 'assess-local-')), 'other.html');
    writeFileSync(other, '<!DOCTYPE html><title>another local page</title>');
    await page.goto(pathToFileURL(other).href);
    await page.evaluate(() => localStorage.setItem('suzhou-ai-assess.answers', '{"left":"behind"}'));
    await openApp(page, pathToFileURL(SINGLE).href);
    await walkToFirstProject(page);
    await type(page, 'answers.key_tech_projects[0].subject', 'ZQXJ-local-secret');
    assert.equal((await page.evaluate(() => window.assess.currentProfile())).answers.key_tech_projects[0].subject, 'ZQXJ-local-secret');
    // Another local page, opened after it in the same browser, finds nothing.
    const snoop = await newPage(context);
    await snoop.goto(pathToFileURL(other).href);
    assert.deepEqual(await snoop.evaluate(() => Object.entries(localStorage)), []);
    await snoop.close();
    // The start page says so: a sentence more than the served app's, so its buttons sit lower (the same
    // sentence, no_autosave, is in the app shell, shown for the single file).
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.ready === '1' && window.assess, null, { timeout: 60000 });
    assert.equal((await page.evaluate(() => window.assess.status())).screen, 'start');
    assert.deepEqual((await page.evaluate(() => window.assess.currentProfile())).answers, {}, 'nothing came back');
    const startY = async (p) => (await p.evaluate(() => window.assess.items())).find((i) => i.key === 'start').y;
    const served = await newPage(context);
    await openApp(served, `${URL_}?sw=off`);
    assert.ok(await startY(page) >= await startY(served) + 17, 'a sentence above the buttons');
    await screenshot(page, join(SHOTS, 'single-file-zh-start-no-autosave.png'));
    const shellText = await page.locator('#shell .shell-lang[data-lang="zh"] .shell-nostore').textContent();
    assert.equal(shellText, JSON.parse(readFileSync(join(ROOT, 'ui/ui-strings.json'), 'utf8')).strings.no_autosave.zh);
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
