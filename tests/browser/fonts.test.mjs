// The fonts before and after the first frame (README, "Performance"; cmake/make_font_subsets.py): the first
// frame is drawn with fonts/start.otf alone, which must hold every character of the start page in both
// languages, every mode and both layouts (else the device's fonts would be asked for them); the initial and
// full subsets follow, in that order, once the app shows.
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { click, frames, launch, newPage, openApp, screenshot } from './driver.mjs';

const URL_ = process.env.APP_URL || 'http://127.0.0.1:8080/';
const SHOTS = process.env.SCREENSHOT_DIR || tmpdir();
const GATES = ['legal_person', 'sound_finance', 'independent_accounting', 'ai_entity', 'in_suzhou'];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const fontRequests = (page) => page.requests.filter((u) => u.includes('/fonts/')).map((u) => new URL(u).pathname);
const timings = (page) => page.evaluate(() => window.assess.timings());

// A page that never receives the subsets after the first one (no service worker, which would fetch them itself).
async function startFontOnly(viewport) {
  const context = await browser.newContext({ viewport });
  await context.route(/\/fonts\/(initial|full)\.otf$/, (route) => route.abort());
  return { context, page: await newPage(context, viewport) };
}

describe('the first frame needs only the start subset', () => {
  for (const lang of ['zh', 'en']) {
    for (const mode of ['standard', 'kiosk', 'advisor']) {
      for (const [layout, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]]) {
        test(`${lang}, ${mode}, ${layout}: the start page asks the device for no glyph`, async () => {
          const { context, page } = await startFontOnly(viewport);
          await openApp(page, `${URL_}?sw=off&storage=off&lang=${lang}&mode=${mode}`);
          await frames(page, 15);  // the first frame is a full one: it logs every text of the screen
          assert.equal((await page.evaluate(() => window.assess.status())).screen, 'start');
          assert.equal(await page.evaluate(() => document.body.dataset.fonts), undefined, 'only the start subset is in');
          assert.equal((await timings(page)).device_glyphs, 0, 'characters the start subset lacks');
          if (mode === 'standard' && layout === 'desktop') await screenshot(page, join(SHOTS, `${lang}-start-font-only.png`));
          await context.close();
        });
      }
    }
  }

  test('with saved answers (the "continue" button) too', async () => {
    const { context, page } = await startFontOnly({ width: 1280, height: 800 });
    await openApp(page, `${URL_}?sw=off`);
    await click(page, 'start');
    await click(page, `q:${GATES[0]}:yes`);
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.ready === '1' && window.assess, null, { timeout: 60000 });
    await frames(page, 15);
    assert.equal((await timings(page)).device_glyphs, 0, 'characters the start subset lacks');
    await context.close();
  });

  // The control for the tests above: without the later subsets, the policy text of the screens after the first
  // step (whose characters the start subset also holds: first-visit.test.mjs) is not in the start subset, and
  // every such character is asked of the device's fonts (and drawn, not "?").
  test('the screens after the first step, with the start subset alone, take their characters from the device', async () => {
    const { context, page } = await startFontOnly({ width: 1280, height: 800 });
    await openApp(page, `${URL_}?sw=off&storage=off`);
    await click(page, 'start');
    for (const g of GATES) await click(page, `q:${g}:yes`);
    await click(page, 'nav:next');
    await frames(page, 15);
    assert.equal((await page.evaluate(() => window.assess.status())).screen, 'activities');
    assert.ok((await timings(page)).device_glyphs > 20, `device glyphs: ${(await timings(page)).device_glyphs}`);
    await screenshot(page, join(SHOTS, 'zh-gates-start-font-only.png'));
    assert.deepEqual(page.errors.filter((e) => !e.includes('net::ERR_FAILED')), [], 'errors besides the blocked subsets');
    await context.close();
  });
});

describe('the subsets after the first frame', () => {
  test('start before the first frame; initial, then full, after it; the screens then need no device glyph', async () => {
    const page = await newPage(browser);
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body && document.body.dataset.ready === '1') { window.firstFrameAt = performance.now(); observer.disconnect(); }
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
    });
    await openApp(page, `${URL_}?sw=off&storage=off`);
    await page.waitForFunction(() => document.body.dataset.fonts === 'full', null, { timeout: 30000 });
    assert.deepEqual(fontRequests(page), ['/fonts/start.otf', '/fonts/initial.otf', '/fonts/full.otf']);
    const started = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('resource')
      .filter((e) => e.name.includes('/fonts/')).map((e) => [new URL(e.name).pathname, e.startTime > window.firstFrameAt])));
    assert.deepEqual(started, { '/fonts/start.otf': false, '/fonts/initial.otf': true, '/fonts/full.otf': true });
    await click(page, 'start');
    for (const g of GATES) await click(page, `q:${g}:yes`);
    await click(page, 'step:results');
    await frames(page, 15);
    assert.equal((await timings(page)).device_glyphs, 0, 'characters the bundled subsets lack');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('a hand-over link opens on its results: it starts with the initial subset', async () => {
    const page = await newPage(browser);
    await openApp(page, `${URL_}?sw=off&storage=off#p=`);
    await page.waitForFunction(() => document.body.dataset.fonts === 'full', null, { timeout: 30000 });
    assert.deepEqual(fontRequests(page), ['/fonts/initial.otf', '/fonts/full.otf']);
    await page.close();
  });
});
