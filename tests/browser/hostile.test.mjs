// Hostile input in Debian's Chromium (issue 12): the corpus of tests/hostile/corpus.mjs through the real file
// chooser and window.assess, broken hand-over links, 1 000 hostile calls with the heap flat, a link over
// autosaved answers, config.json failing closed, and the headers the server sends.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { corpus, badLinks, sessionBomb } from '../hostile/corpus.mjs';
import { click, frames, items, launch, newPage, openApp, screenshot, settled } from './driver.mjs';

const URL_ = process.env.APP_URL || 'http://127.0.0.1:8080/';
const SHOTS = process.env.SCREENSHOT_DIR || tmpdir();
const GOOD = JSON.stringify({ format: 'suzhou-ai-assess/profile@1', policy: 'suzhou-ai-2021', answers: { legal_person: true } });

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const profile = (page) => page.evaluate(() => window.assess.currentProfile());
const errorShown = async (page) => (await items(page)).some((i) => i.key === 'dialog:ok' && i.visible);
// After a file is chosen: until the app has read it and shows its error dialog (a 3 MB file takes a while on a
// loaded machine; a count of frames was not enough), then settled. The caller asserts errorShown.
async function untilErrorShown(page) {
  await page.waitForFunction(() => window.assess.items().some((i) => i.key === 'dialog:ok' && i.visible), null,
    { timeout: 30000, polling: 100 }).catch(() => {});
  await settled(page);
}

describe('hostile input', () => {
  test('every corpus file through the real file chooser: refused with its error, nothing lost, the app still works', async () => {
    const page = await newPage(browser);
    await openApp(page, `${URL_}?storage=off`);
    await click(page, 'start');
    await click(page, 'q:legal_person:yes');
    const before_ = await profile(page);
    const dir = mkdtempSync(join(tmpdir(), 'assess-hostile-'));
    for (const c of corpus) {
      writeFileSync(join(dir, c.name + '.json'), c.text());
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'header:open')]);
      await chooser.setFiles(join(dir, c.name + '.json'));
      await untilErrorShown(page);
      if (c.name === 'tabs-then-x') await screenshot(page, join(SHOTS, 'zh-hostile-open-error.png'));
      assert.ok(await errorShown(page), `${c.name}: the error dialog is shown`);
      assert.deepEqual(await profile(page), before_, `${c.name}: nothing changed`);
      assert.equal(await page.evaluate(() => document.getElementById('file-input').value), '', 'the input forgets the file');
      await click(page, 'dialog:ok');
    }
    // Still working: a good profile evaluates, and a click still answers.
    assert.equal(await page.evaluate((g) => window.assess.evaluate(g, 'en').eligible !== undefined, GOOD), true);
    await click(page, 'q:legal_person:no');
    assert.equal((await profile(page)).answers.legal_person, false);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('window.assess refuses every corpus profile with its code and path; 1 000 hostile calls leave the heap flat', async () => {
    const page = await newPage(browser);
    await openApp(page, `${URL_}?storage=off`);
    for (const c of corpus) {
      const r = await page.evaluate((t) => window.assess.evaluate(t, 'en'), c.text());
      assert.deepEqual([r.errors[0].code, r.errors[0].path], [c.code, c.path], c.name);
    }
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const tabs = '\t'.repeat(300000) + 'x';
    const heap = await page.evaluate(([d, t]) => {
      for (let i = 0; i < 50; ++i) { window.assess.evaluate(d, 'en'); window.assess.evaluate(t, 'en'); }  // warm up
      const before = Module.HEAPU8.length;
      for (let i = 0; i < 500; ++i) { window.assess.evaluate(d, 'en'); window.assess.evaluate(t, 'en'); }
      return [before, Module.HEAPU8.length];
    }, [deep, tabs]);
    assert.equal(heap[1], heap[0], 'the wasm memory did not grow');
    assert.ok('total' in await page.evaluate((g) => window.assess.evaluate(g, 'en'), GOOD));
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('every malformed hand-over link gets the error dialog and leaves the address bar without its fragment', async () => {
    for (const link of badLinks) {
      const page = await newPage(browser);
      await openApp(page, `${URL_}?storage=off#p=${link.code}`);
      await untilErrorShown(page);
      assert.ok(await errorShown(page), `${link.name}: the error dialog is shown`);
      assert.equal(await page.evaluate(() => location.hash), '', `${link.name}: the fragment is gone`);
      assert.deepEqual((await profile(page)).answers, {}, `${link.name}: nothing was read`);
      await page.close();
    }
  });

  // Issue 23, no. 7. Native tests count the errors (SessionFile.ErrorsAreBudgetedPerFileNotPerProfile,
  // HeadlessApp.AHostileSessionFileShowsABoundedListOfErrors); here the file goes through the real chooser.
  test("an advisor's session file of 450 000 elements: refused, the heap barely grows and stays flat after", async () => {
    const page = await newPage(browser);
    await openApp(page, `${URL_}?mode=advisor`);
    await click(page, 'start');
    const file = join(mkdtempSync(join(tmpdir(), 'assess-bomb-')), 'session-bomb.json');
    writeFileSync(file, sessionBomb());
    const open = async () => {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'header:open')]);
      await chooser.setFiles(file);
      await untilErrorShown(page);
      assert.ok(await errorShown(page), 'the error dialog is shown');
    };
    const heap = () => page.evaluate(() => Module.HEAPU8.length);
    const start = await heap();
    await open();
    const first = await heap();
    await screenshot(page, join(SHOTS, 'zh-hostile-session-bomb.png'));
    assert.ok(first - start <= 16 << 20, `the heap grew from ${start >> 20} to ${first >> 20} MB`);
    assert.equal((await page.evaluate(() => window.assess.status())).enterprises, 1, 'nothing added');
    await click(page, 'dialog:ok');
    for (let i = 0; i < 3; ++i) {  // what one refusal took is given back: the next ones fit in it
      await open();
      await click(page, 'dialog:ok');
    }
    assert.equal(await heap(), first, 'the heap stays flat');
    // Still working: a click still answers.
    await click(page, 'q:legal_person:yes');
    assert.equal((await profile(page)).answers.legal_person, true);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('a link opened over autosaved answers asks which to keep', async () => {
    const context = await browser.newContext();
    const page = await newPage(context);
    await openApp(page, URL_);
    await click(page, 'start');
    await click(page, 'q:legal_person:yes');
    await frames(page, 5);
    const kept = await profile(page);
    // The same browser opens a link carrying other answers ([policy, version, [legal_person = 0]]).
    const code = Buffer.from('["suzhou-ai-2021",1,[0]]').toString('base64url');
    await openApp(page, `${URL_}#p=${code}`);
    assert.ok((await items(page)).some((i) => i.key === 'dialog:link_use' && i.visible), 'the choice is asked');
    await screenshot(page, join(SHOTS, 'zh-link-choice.png'));
    assert.deepEqual(await profile(page), kept, 'nothing replaced before the choice');
    await click(page, 'dialog:link_keep');
    assert.deepEqual(await profile(page), kept);
    assert.equal(await page.evaluate(() => location.hash), '');
    await context.close();
  });
});

describe('configuration fails closed', () => {
  for (const [name, body, status] of [['missing', '', 404], ['invalid JSON', '{"mode":', 200], ['"Kiosk"', '{"mode":"Kiosk"}', 200],
    ['" kiosk"', '{"mode":" kiosk"}', 200], ['no mode', '{}', 200]]) {
    test(`config.json ${name}: a visible configuration error, no app`, async () => {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await newPage(context);
      await page.route('**/config.json', (route) => route.fulfill({ status, contentType: 'application/json', body }));
      await page.goto(URL_);
      await page.waitForSelector('#config-error', { timeout: 30000 });
      assert.match(await page.textContent('#config-error'), /配置错误/);
      assert.notEqual(await page.evaluate(() => document.body.dataset.ready), '1');
      await context.close();
    });
  }

  test('?mode=standard cannot turn a kiosk config.json off', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await newPage(context);
    await page.route('**/config.json', (route) => route.fulfill({ contentType: 'application/json', body: '{"mode":"kiosk"}' }));
    await openApp(page, `${URL_}?mode=standard`);
    assert.equal((await page.evaluate(() => window.assess.status())).mode, 'kiosk');
    await context.close();
  });
});

test('the server forbids framing and sniffing', async () => {
  const response = await fetch(URL_);
  assert.equal(response.headers.get('content-security-policy'), "frame-ancestors 'none'");
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
});
