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

import { click, frames, items, launch, openApp, screenshot, settled } from './driver.mjs';

const URL_ = process.env.APP_URL || 'http://127.0.0.1:8080/';
const SHOTS = process.env.SCREENSHOT_DIR || tmpdir();

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('the mirror has landmarks and headings, its controls act on the canvas, and a change is announced once', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await openApp(page, `${URL_}?storage=off`);
  await frames(page, 3);
  assert.match(await page.getByRole('heading', { level: 1 }).textContent(), /苏州市促进新一代人工智能产业发展的若干措施/);
  assert.equal(await page.getByRole('banner').getByRole('button', { name: 'English' }).count(), 1);
  // A screen reader activates the element itself (no pointer over the canvas): a click event on the button.
  await page.getByRole('main').getByRole('button', { name: '开始测算' }).evaluate((b) => b.click());
  await settled(page);
  assert.match(await page.getByRole('heading', { level: 1 }).textContent(), /适用条件/);
  for (const g of ['legal_person', 'sound_finance', 'independent_accounting', 'ai_entity', 'in_suzhou']) {
    await page.locator(`input[data-key="q:${g}:yes"]`).evaluate((b) => b.click());
    await settled(page);
  }
  await page.getByRole('navigation', { name: '上一步与下一步' }).getByRole('button', { name: '下一步' }).evaluate((b) => b.click());
  await settled(page);
  const talent = page.getByRole('checkbox', { name: '产教融合、人才培训' });
  await talent.evaluate((b) => b.click());
  await settled(page);
  assert.equal(await talent.isChecked(), true);
  await page.getByRole('navigation', { name: '上一步与下一步' }).getByRole('button', { name: '下一步' }).evaluate((b) => b.click());
  await settled(page);
  await page.getByRole('checkbox', { name: '校企合作共建产教融合人才公共实训基地' }).evaluate((b) => b.click());
  await settled(page);
  const live = page.locator('#a11y-results');
  assert.equal(await live.getAttribute('aria-live'), 'polite');
  assert.match(await live.textContent(), /最高可申请约 100 万元,精确区间 0–1,000,000 元/);
  assert.match(await live.textContent(), /第十四条 产教融合人才公共实训基地建设资助: 可估算 0–1,000,000 元/);
  // Said once: the next answer that changes nothing in the result adds no new sentence.
  const said = await live.textContent();
  await page.getByRole('checkbox', { name: '联合高校院所开展行业紧缺人才培训' }).evaluate((b) => b.click());
  await settled(page);
  assert.doesNotMatch(await live.textContent(), /第十四条 产教融合人才公共实训基地建设资助: 可估算 0–1,000,000 元/, 'not re-read: only what changed');
  assert.notEqual(await live.textContent(), said);
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
      await settled(page);
    }
    throw new Error(`Tab never reached ${key} (last: ${await focused()})`);
  }
  async function activate(key) {
    await tabTo(key);
    await page.keyboard.press('Space');
    await settled(page);
  }
  await activate('start');
  await activate('q:legal_person:yes');
  await screenshot(page, join(SHOTS, 'zh-9-keyboard-focus.png'));
  // A yes/no question is one radio group, one stop for Tab: the arrow keys choose within it.
  await tabTo('q:sound_finance:yes');
  await page.keyboard.press('ArrowRight');
  await settled(page);
  assert.equal((await items(page)).find((i) => i.focused)?.key, 'q:sound_finance:no', 'the ring follows the arrow');
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

// Reflow (WCAG 1.4.10): at 320 CSS px wide, and at 200 % zoom of a 1280 px window (640 CSS px), nothing is cut
// off at the right edge, in either language, on every step: every widget lies within the width, so the page
// needs no sideways scrolling.
for (const [w, h, dpr] of [[320, 640, 1], [640, 400, 2]]) {
  test(`reflow: at ${w} CSS px (×${dpr}) every widget of every step fits the width, zh and en`, async () => {
    for (const lang of ['zh', 'en']) {
      const context = await browser.newContext({ viewport: { width: w, height: h }, deviceScaleFactor: dpr });
      const page = await context.newPage();
      await openApp(page, `${URL_}?storage=off&lang=${lang}`);
      const fits = async (where) => {
        for (const it of (await items(page)).filter((i) => i.visible))
          assert.ok(it.x >= 0 && it.x + it.w <= w + 1, `${lang} ${where}: ${it.key} spans ${it.x}–${it.x + it.w} of ${w} px`);
      };
      await fits('start');
      await click(page, 'start');
      await fits('gates');
      await click(page, 'step:activities');
      await click(page, 'activity:key_tech');
      await fits('activities');
      await click(page, 'step:details');
      await click(page, 'add:answers.key_tech_projects');
      await fits('details');
      await click(page, 'step:results');
      await fits('results');
      await screenshot(page, join(SHOTS, `${lang}-reflow-${w}x${dpr}.png`));
      await context.close();
    }
  });
}

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
