// Accessibility: the canvas is mirrored into the DOM (heading, widgets as buttons, results in an aria-live
// region) and the mirror works; the questionnaire can be answered with the keyboard alone; axe-core finds
// no violation on the page.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { after, before, test } from 'node:test';

import { AxeBuilder } from '@axe-core/playwright';
import { PNG } from 'pngjs';

import { click, frames, items, launch, openApp, screenshot } from './driver.mjs';

const URL_ = process.env.APP_URL || 'http://127.0.0.1:8080/';
const SHOTS = process.env.SCREENSHOT_DIR || tmpdir();

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

async function mirrorButton(page, key) {
  const b = page.locator(`#a11y button[data-key="${key}"]`);
  await b.waitFor({ state: 'attached', timeout: 5000 });
  return b;
}

test('the mirror names the screen, its widgets act on the canvas, and results are announced', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await openApp(page, `${URL_}?storage=off`);
  await frames(page, 3);
  assert.match(await page.locator('#a11y h1').textContent(), /苏州市促进新一代人工智能产业发展的若干措施/);
  assert.equal(await (await mirrorButton(page, 'start')).textContent(), '开始测算');
  // Everything below is done through the mirror's DOM buttons, as a screen reader user would.
  // A screen reader activates the element itself (no pointer over the canvas): a click event on the button.
  // The mirror is refreshed from every 10th frame; a widget off screen is first scrolled into view on one:
  // the effect of a press is heard within ~25 frames (under half a second).
  const press = async (key) => { await (await mirrorButton(page, key)).evaluate((b) => b.click()); await frames(page, 30); };
  await press('start');
  assert.match(await page.locator('#a11y h1').textContent(), /适用条件/);
  for (const g of ['legal_person', 'sound_finance', 'independent_accounting', 'ai_entity', 'in_suzhou']) await press(`q:${g}:yes`);
  await press('nav:next');
  await press('activity:talent');
  assert.equal(await (await mirrorButton(page, 'activity:talent')).getAttribute('aria-checked'), 'true');
  await press('nav:next');
  await page.evaluate(() => window.assess.reveal('answers.training_base'));
  await frames(page, 4);
  await press('answers.training_base');
  const live = page.locator('#a11y-results');
  assert.equal(await live.getAttribute('aria-live'), 'polite');
  assert.match(await live.textContent(), /精确区间:0–1,000,000 元/);
  assert.match(await live.textContent(), /第十四条 产教融合人才公共实训基地建设资助: 可估算 0–1,000,000 元/);
  await page.close();
});

test('the questionnaire can be answered with the keyboard alone, with a visible focus', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await openApp(page, `${URL_}?storage=off`);
  const focused = async () => (await items(page)).find((i) => i.focused)?.key;
  // Tab until a widget has the focus, then on to the one wanted; Space presses it.
  async function tabTo(key) {
    for (let i = 0; i < 60; i++) {
      if ((await focused()) === key) return;
      await page.keyboard.press('Tab');
      await frames(page, 3);
    }
    throw new Error(`Tab never reached ${key} (last: ${await focused()})`);
  }
  async function activate(key) {
    await tabTo(key);
    await page.keyboard.press('Space');
    await frames(page, 4);
  }
  await activate('start');
  await activate('q:legal_person:yes');
  await screenshot(page, join(SHOTS, 'zh-9-keyboard-focus.png'));
  await activate('q:sound_finance:no');
  const answers = (await page.evaluate(() => window.assess.currentProfile())).answers;
  assert.deepEqual(answers, { legal_person: true, sound_finance: false });
  await page.close();
});

test('browser zoom to 200 %: every widget keeps its CSS size, so the whole interface grows with the zoom', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await openApp(page, `${URL_}?storage=off`);
  const size = (list, key) => { const i = list.find((x) => x.key === key); return i && [i.w, i.h]; };
  const before = await items(page);
  // What zooming does to a page: half the CSS pixels across, twice the device pixels per CSS pixel.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 640, height: 400, deviceScaleFactor: 2, mobile: false });
  await page.waitForFunction(() => window.devicePixelRatio === 2);
  await frames(page, 10);
  const after = await items(page);
  for (const key of ['start', 'header:lang', 'header:open']) {
    const [w0, h0] = size(before, key), [w1, h1] = size(after, key);
    assert.ok(Math.abs(w1 - w0) <= 3 && Math.abs(h1 - h0) <= 3, `${key}: ${w0}×${h0} CSS px before, ${w1}×${h1} after`);
  }
  // Measured on the pixels too, not only as the app reports them: the blue header bar, 64 CSS pixels high, is
  // 128 device pixels high in the screenshot (it would stay 64 if the app ignored the zoom).
  // (Through CDP: Playwright's own screenshot would put its viewport emulation back first.)
  const shot = Buffer.from((await cdp.send('Page.captureScreenshot', { format: 'png' })).data, 'base64');
  writeFileSync(join(SHOTS, 'zh-10-zoom-200.png'), shot);
  const png = PNG.sync.read(shot);
  const isAccent = (x, y) => {
    const o = (y * png.width + x) * 4;
    return Math.abs(png.data[o] - 0x1e) < 12 && Math.abs(png.data[o + 1] - 0x5a) < 12 && Math.abs(png.data[o + 2] - 0xa8) < 12;
  };
  let header = 0;
  while (header < png.height && isAccent(2, header)) ++header;
  assert.equal(png.width, 1280);
  assert.ok(Math.abs(header - 128) <= 2, `the header is ${header} device pixels high; expected 128`);
  // And the positions are right in CSS pixels: a click where the registry says "start" is starts.
  await page.evaluate(() => window.assess.reveal('start'));
  await frames(page, 5);
  assert.deepEqual(await page.evaluate(() => [canvas.width, canvas.height]), [1280, 800], 'the canvas has 2 × 2 device pixels per CSS pixel');
  await click(page, 'start');
  assert.equal((await page.evaluate(() => window.assess.status())).screen, 'gates');
  await page.close();
});

test('axe-core finds no accessibility violation, in zh and en', async () => {
  for (const lang of ['zh', 'en']) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await openApp(page, `${URL_}?storage=off&lang=${lang}`);
    await frames(page, 3);
    const result = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`), []);
    await context.close();
  }
});
